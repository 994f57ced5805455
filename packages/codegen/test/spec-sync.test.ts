import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { generate } from "../src/generate.js";
import { syncSpecs, syncSummary } from "../src/sync/spec-sync.js";
import { DocsSite, index, modelPage, type Page, repo, scratchRepo } from "./docs-site.js";

let work: string;
const docs = new DocsSite();
let site: Record<string, Page> = {};
let siteUrl = "";

beforeEach(() => {
  work = scratchRepo();
  site = {};
  docs.pages = site;
  docs.served = 0;
});
afterEach(async () => {
  await docs.close();
  rmSync(work, { recursive: true, force: true });
});

async function serve(): Promise<string> {
  docs.pages = site;
  siteUrl = await docs.serve();
  return siteUrl;
}

const VERSION_ONE = {
  "/market/acme/a.md": modelPage(
    "acme/a",
    { type: "object", required: ["prompt"], properties: { prompt: { type: "string" }, size: { type: "string", enum: ["s", "m", "l"] } } },
    { prompt: "p", size: "m" },
  ),
  "/market/acme/b.md": modelPage("acme/b", { type: "object", properties: { prompt: { type: "string" } } }, { prompt: "p" }),
  "/market/common/get-task-detail.md": "# Get task details\n\nNot a createTask model.\n",
};
const specFiles = () => (existsSync(join(work, "specs/market/acme")) ? readdirSync(join(work, "specs/market/acme")).sort() : []);
const changesets = () => readdirSync(join(work, ".changeset")).filter((name) => name.endsWith(".md"));

describe("spec:sync", () => {
  test("a first sync imports every model page, skipping other pages, translations and other origins", async () => {
    Object.assign(site, VERSION_ONE, { "/llms.txt": index(Object.keys(VERSION_ONE)) });
    const report = await syncSpecs({ source: await serve(), repoRoot: work, write: true });
    expect(report.failures).toEqual([]);
    expect(report.pages).toBe(3);
    expect(report.added).toEqual(["acme/a", "acme/b"]);
    expect(specFiles()).toEqual(["a.json", "b.json"]);
    expect(changesets()).toHaveLength(1);
    const again = await syncSpecs({
      source: siteUrl,
      repoRoot: work,
      write: true,
    });
    expect([again.added, again.changes, again.written]).toEqual([[], [], []]);
    expect(changesets()).toHaveLength(1);
    // The second run asked with the ETags it kept: the index and all three pages came back 304.
    expect(again.notModified).toBe(4);
    expect(docs.served).toBe(4);
  });

  test("a second version: changes with their levels, a new model, a model gone (kept); without --write nothing changes", async () => {
    Object.assign(site, VERSION_ONE, { "/llms.txt": index(Object.keys(VERSION_ONE)) });
    const url = await serve();
    await syncSpecs({ source: url, repoRoot: work, write: true });
    for (const name of changesets()) rmSync(join(work, ".changeset", name));
    const before = readFileSync(join(work, "specs/market/acme/a.json"), "utf8");
    site = docs.pages = {
      "/market/acme/a.md": modelPage(
        "acme/a",
        { type: "object", required: ["prompt"], properties: { prompt: { type: "string" }, size: { type: "string", enum: ["s", "m"] } } },
        { prompt: "p", size: "m" },
      ),
      "/market/acme/c.md": modelPage("acme/c", { type: "object", properties: { prompt: { type: "string" } } }, { prompt: "p" }),
    };
    site["/llms.txt"] = index(Object.keys(site));
    const dry = await syncSpecs({ source: url, repoRoot: work });
    expect(dry.added).toEqual(["acme/c"]);
    expect(dry.removed).toEqual(["acme/b"]);
    expect(dry.changes).toContainEqual(
      expect.objectContaining({ scope: "acme/a", level: "major", description: expect.stringContaining('"l"') }),
    );
    expect(readFileSync(join(work, "specs/market/acme/a.json"), "utf8")).toBe(before);
    expect(changesets()).toEqual([]);
    const summary = syncSummary(dry);
    expect(summary).toContain("New models: acme/c");
    expect(summary).toContain("Gone from the site (kept, marked deprecated; removed in a later breaking release): acme/b");
    const written = await syncSpecs({ source: url, repoRoot: work, write: true, today: new Date("2026-12-01") });
    expect(specFiles()).toEqual(["a.json", "b.json", "c.json"]);
    // The model gone from the site is kept and marked; the codegen turns the mark into @deprecated and a warning.
    const gone = JSON.parse(readFileSync(join(work, "specs/market/acme/b.json"), "utf8"));
    expect(gone.info["x-kie-deprecated"]).toEqual({ since: "2026-12-01", why: "gone from upstream's docs index" });
    cpSync(join(repo, "packages/schemas/src"), join(work, "packages/schemas/src"), {
      recursive: true,
      filter: (path) => !path.includes("generated"),
    });
    await generate({ specsDir: join(work, "specs"), outDir: work });
    expect(readFileSync(join(work, "packages/client/src/generated/models.gen.ts"), "utf8")).toContain(
      '/** @deprecated since 2026-12-01: gone from upstream\'s docs index; removed in a later breaking release. */\n  "acme/b"',
    );
    expect(readFileSync(join(work, "packages/client/src/generated/registry/acme.gen.ts"), "utf8")).toContain(
      'deprecated: "since 2026-12-01: gone from upstream\'s docs index",',
    );
    expect(readFileSync(join(work, "specs/docs/models.md"), "utf8")).toContain("**Deprecated since 2026-12-01**");
    // Under 0.x a breaking change bumps the minor.
    expect(readFileSync(join(work, ".changeset", `${written.changeset}.md`), "utf8")).toContain('"@kie-market/specs": minor');
  });

  test("an id that comes to name another page is called out as breaking", async () => {
    Object.assign(site, VERSION_ONE, { "/llms.txt": index(Object.keys(VERSION_ONE)) });
    const url = await serve();
    await syncSpecs({ source: url, repoRoot: work, write: true });
    // Upstream moved the id to another page (another model), as grok-imagine-image-2-0/image-edit did.
    site["/market/acme/image-to-image.md"] = modelPage(
      "acme/b",
      { type: "object", properties: { image_urls: { type: "array", items: { type: "string" } } } },
      { image_urls: ["u"] },
    );
    delete site["/market/acme/b.md"];
    site["/llms.txt"] = index(Object.keys(site).filter((path) => path !== "/llms.txt"));
    const report = await syncSpecs({ source: url, repoRoot: work });
    expect(report.reused).toEqual(["acme/b"]);
    expect(report.changes).toContainEqual(expect.objectContaining({ scope: "acme/b", level: "major", where: "model" }));
    expect(syncSummary(report)).toContain("BREAKING: ids that now name another model: acme/b");
  });

  test.each([
    [
      "an index answering 500",
      () => {
        site["/llms.txt"] = (response) => void response.writeHead(500).end("down");
      },
      "the index could not be read",
    ],
    [
      "a page that never answers",
      () => {
        site["/market/acme/b.md"] = () => undefined;
      },
      "/market/acme/b.md",
    ],
    [
      "a page whose yaml is broken",
      () => {
        site["/market/acme/b.md"] = "```yaml\nopenapi: 3.0.1\n  paths: [\n```\n";
      },
      "/market/acme/b.md",
    ],
    [
      "a page that moved away (404)",
      () => {
        delete site["/market/acme/b.md"];
      },
      "HTTP 404",
    ],
  ])("fails loudly and safely on %s: a report naming it, and no spec changed", async (_name, breakSite, named) => {
    Object.assign(site, VERSION_ONE, { "/llms.txt": index(Object.keys(VERSION_ONE)) });
    breakSite();
    const report = await syncSpecs({ source: await serve(), repoRoot: work, write: true, retries: 0, timeoutMs: 500 });
    expect(report.failures.join("\n")).toContain(named);
    expect(syncSummary(report)).toMatch(/^Sync failed; no spec was changed/);
    expect(specFiles()).toEqual([]);
    expect(changesets()).toEqual([]);
  });

  test("a local copy of the site (a folder with llms.txt and the pages) works like the site", async () => {
    const copy = join(work, "docs-copy");
    for (const [path, page] of Object.entries(VERSION_ONE)) {
      mkdirSync(join(copy, path, ".."), { recursive: true });
      writeFileSync(join(copy, path), page);
    }
    writeFileSync(join(copy, "llms.txt"), index(Object.keys(VERSION_ONE).map((path) => path.slice(1))));
    const report = await syncSpecs({ source: copy, repoRoot: work, write: true });
    expect(report.failures).toEqual([]);
    expect(report.added).toEqual(["acme/a", "acme/b"]);
    expect(specFiles()).toEqual(["a.json", "b.json"]);
  });

  test("a page that moved with a redirect is followed", async () => {
    Object.assign(site, VERSION_ONE, { "/llms.txt": index(Object.keys(VERSION_ONE)) });
    site["/market/acme/new-b.md"] = site["/market/acme/b.md"] as string;
    site["/market/acme/b.md"] = (response) => void response.writeHead(301, { location: "/market/acme/new-b.md" }).end();
    const report = await syncSpecs({ source: await serve(), repoRoot: work, write: true });
    expect(report.failures).toEqual([]);
    expect(specFiles()).toEqual(["a.json", "b.json"]);
  });

  test("upstream's page URLs are not our ids: an overlay claims its page by its docs link, over the page name and the page's own enum", async () => {
    const overlay = (id: string, docsPath: string) => {
      mkdirSync(join(work, "specs/overlays", id, ".."), { recursive: true });
      writeFileSync(join(work, "specs/overlays", `${id}.json`), JSON.stringify({ docs: `https://docs.kie.ai${docsPath}` }));
    };
    // As on docs.kie.ai: image-to-image.md is "image-edit", and image-edit.md (whose enum still says image-edit) is "segment-edit".
    overlay("acme/image-edit", "/market/acme/image-to-image");
    overlay("acme/segment-edit", "/market/acme/image-edit");
    overlay("acme/v2-5-pro", "/market/acme/v25-pro");
    Object.assign(site, {
      "/market/acme/image-to-image.md": modelPage(
        "acme/image-edit",
        { type: "object", properties: { image_urls: { type: "array", items: { type: "string" } } } },
        { image_urls: ["u"] },
      ),
      "/market/acme/image-edit.md": modelPage(
        "acme/image-edit",
        { type: "object", properties: { mask: { type: "string" } } },
        { mask: "m" },
      ),
      "/market/acme/v25-pro.md": modelPage(
        "acme/v2-1-master",
        { type: "object", properties: { prompt: { type: "string" } } },
        { prompt: "p" },
      ),
    });
    site["/llms.txt"] = index(Object.keys(site));
    const report = await syncSpecs({ source: await serve(), repoRoot: work, write: true });
    expect(report.failures).toEqual([]);
    expect(report.added).toEqual(["acme/image-edit", "acme/segment-edit", "acme/v2-5-pro"]);
    const spec = (id: string) => JSON.parse(readFileSync(join(work, "specs/market", `${id}.json`), "utf8"));
    expect(JSON.stringify(spec("acme/segment-edit").components)).toContain("mask");
    expect(JSON.stringify(spec("acme/image-edit").components)).toContain("image_urls");
    // The docs link is the overlay's, not the mirror's origin.
    expect(spec("acme/v2-5-pro").info["x-kie-model"].docs).toBe("https://docs.kie.ai/market/acme/v25-pro");
    expect(spec("acme/v2-5-pro").info["x-kie-corrections"]).toContainEqual(expect.objectContaining({ source: "overlay docs link" }));
  });
});
