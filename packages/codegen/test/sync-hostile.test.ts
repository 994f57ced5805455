import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { generate } from "../src/generate.js";
import { syncSpecs, syncSummary } from "../src/sync/spec-sync.js";
import { DocsSite, index, modelPage, promptPage, repo, scratchRepo } from "./docs-site.js";

// The docs site is untrusted: every case below is a page upstream (or an attacker between us and it)
// could serve. Each must end as a named failure or a safe result, with nothing written outside specs/
// and, on failure, the tree as it was.
let work: string;
const docs = new DocsSite();

beforeEach(() => {
  work = scratchRepo();
  docs.pages = {};
});
afterEach(async () => {
  await docs.close();
  rmSync(work, { recursive: true, force: true });
});

/** Every file of the scratch repository but the sync's own cache, with its text. */
function tree(): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== ".cache") walk(path);
      } else files[relative(work, path)] = readFileSync(path, "utf8");
    }
  };
  walk(work);
  return files;
}

const site = (pages: Record<string, string | ((response: import("node:http").ServerResponse) => void)>) => {
  docs.pages = { ...pages, "/llms.txt": index(Object.keys(pages)) };
};
const sync = async (options: Partial<Parameters<typeof syncSpecs>[0]> = {}) =>
  syncSpecs({ source: await docs.serve(), repoRoot: work, write: true, retries: 0, timeoutMs: 5_000, ...options });

const TRAVERSAL = "../../../../kie-escape-test/x";
const outside = () => resolve(work, "specs/market", `${TRAVERSAL}.json`);

/** A pattern that backtracks exponentially, and a string that makes it do so. */
const CATASTROPHIC = "^(a+)+$";
const BACKTRACKING_INPUT = `${"a".repeat(40)}!`;

describe("spec:sync against a hostile docs site: a named failure, nothing written", () => {
  test.each<[string, () => void, string]>([
    ["a traversal id in the model enum", () => site({ "/market/acme/x.md": promptPage(TRAVERSAL, "acme/x") }), "is not a model id"],
    ["a traversal id in the example", () => site({ "/market/acme/x.md": promptPage("acme/x", TRAVERSAL) }), "is not a model id"],
    ...[
      'acme/x"+(globalThis.pwned=1)+"',
      "acme/x\\y",
      "acme/x\ny",
      ["acme/$", "{x}"].join(""),
      "acme/x*/y",
      "/acme/x",
      "acme//x",
      "acme/./x",
      "Acme/x y",
    ].map((id): [string, () => void, string] => [
      `an id with ${JSON.stringify(id)}`,
      () => site({ "/market/acme/x.md": promptPage(id) }),
      "is not a model id",
    ]),
    ["an id longer than 128 characters", () => site({ "/market/acme/x.md": promptPage(`acme/${"x".repeat(200)}`) }), "longer than 128"],
    [
      "a same-origin page that redirects to another origin",
      () =>
        site({
          "/market/acme/x.md": (response) => void response.writeHead(302, { location: "http://127.0.0.2:9/market/acme/x.md" }).end(),
        }),
      "only redirects within the docs site are followed",
    ],
    [
      "a page larger than the cap (declared)",
      () => site({ "/market/acme/x.md": `${promptPage("acme/x")}\n${" ".repeat(6 * 1024 * 1024)}` }),
      "larger than 5242880 bytes",
    ],
    [
      "an endless page (no length declared)",
      () =>
        site({
          "/market/acme/x.md": (response) => {
            response.writeHead(200, { "content-type": "text/markdown" });
            const chunk = Buffer.alloc(64 * 1024, 32);
            const pump = () => {
              while (response.write(chunk));
              response.once("drain", pump);
            };
            response.on("error", () => undefined);
            pump();
          },
        }),
      "larger than 5242880 bytes",
    ],
    [
      "a YAML alias bomb",
      () => {
        const lines = ["```yaml", "a: &a [x, x, x, x, x, x, x, x, x, x]"];
        for (let level = 1; level < 12; level++)
          lines.push(
            `${String.fromCharCode(97 + level)}: &${String.fromCharCode(97 + level)} [${Array(10)
              .fill(`*${String.fromCharCode(96 + level)}`)
              .join(", ")}]`,
          );
        lines.push("openapi: 3.0.1", "```");
        site({ "/market/acme/x.md": lines.join("\n") });
      },
      "/market/acme/x.md",
    ],
    [
      "a deeply nested input schema",
      () => {
        const deep = `${'{"type":"array","items":'.repeat(20_000)}{"type":"string"}${"}".repeat(20_000)}`;
        const body = `{"model":{"type":"string","enum":["acme/x"]},"input":{"type":"object","properties":{"deep":${deep}}}}`;
        const document = `{"openapi":"3.0.1","info":{"title":"x","version":"1"},"paths":{"/api/v1/jobs/createTask":{"post":{"requestBody":{"content":{"application/json":{"schema":{"type":"object","properties":${body}}}}}}}}}`;
        site({ "/market/acme/x.md": `# x\n\n\`\`\`json\n${document}\n\`\`\`\n` });
      },
      "nested deeper than 64 levels",
    ],
    [
      "a catastrophic pattern in a field",
      () =>
        site({
          "/market/acme/x.md": modelPage(
            "acme/x",
            { type: "object", properties: { code: { type: "string", pattern: CATASTROPHIC } } },
            { code: "aaa" },
          ),
        }),
      "backtracks exponentially",
    ],
    [
      "a catastrophic pattern with an example that triggers it",
      () =>
        site({
          "/market/acme/x.md": modelPage(
            "acme/x",
            { type: "object", properties: { code: { type: "string", pattern: CATASTROPHIC, example: BACKTRACKING_INPUT } } },
            { code: BACKTRACKING_INPUT },
          ),
        }),
      "backtracks exponentially",
    ],
    [
      "a polynomial pattern on a field without maxLength",
      () =>
        site({
          "/market/acme/x.md": modelPage(
            "acme/x",
            { type: "object", properties: { p: { type: "string", pattern: "^.*\\S.*$" } } },
            { p: "a" },
          ),
        }),
      "no maxLength to bound it",
    ],
    [
      "two ids that collide as file and folder",
      () => site({ "/market/acme/x.md": promptPage("acme/x"), "/market/acme/y.md": promptPage("acme/x.json/y") }),
      "collide",
    ],
    [
      "two ids that differ only in case",
      () => site({ "/market/acme/x.md": promptPage("acme/x"), "/market/acme/y.md": promptPage("acme/X") }),
      "differ only in case",
    ],
    ["a site with no model page", () => site({ "/market/guide.md": "# A guide\n\nNo model here.\n" }), "the site has no model page"],
  ])("%s", async (_name, arrange, named) => {
    arrange();
    const before = tree();
    const report = await sync();
    expect(report.failures.join("\n")).toContain(named);
    expect(syncSummary(report)).toMatch(/^Sync failed; no spec was changed/);
    expect(tree()).toEqual(before);
    expect(existsSync(outside())).toBe(false);
    expect((globalThis as { pwned?: number }).pwned).toBeUndefined();
  });

  test("a page that stalls after its headers fails at the per-attempt timeout (it covers the body)", async () => {
    site({
      "/market/acme/x.md": (response) => {
        response.writeHead(200, { "content-type": "text/markdown" });
        response.write("# x\n");
      },
    });
    const before = tree();
    const report = await sync({ timeoutMs: 300 });
    expect(report.failures.join()).toMatch(/\/market\/acme\/x\.md: .*(abort|timeout|timed out)/i);
    expect(tree()).toEqual(before);
  });

  test("a polynomial pattern bounded by maxLength (upstream's own '^.*\\S.*$') is kept", async () => {
    site({
      "/market/acme/x.md": modelPage(
        "acme/x",
        { type: "object", properties: { p: { type: "string", maxLength: 3072, pattern: "^.*\\S.*$" } } },
        { p: "a" },
      ),
    });
    const report = await sync();
    expect(report.failures).toEqual([]);
    expect(report.added).toEqual(["acme/x"]);
  });

  test("a redirect within the site is still followed", async () => {
    site({
      "/market/acme/x.md": (response) => void response.writeHead(301, { location: "/market/acme/moved.md" }).end(),
    });
    // The page it moved to is not in the index itself.
    docs.pages["/market/acme/moved.md"] = promptPage("acme/x");
    const report = await sync();
    expect(report.failures).toEqual([]);
    expect(report.added).toEqual(["acme/x"]);
  });
});

describe("a local folder source reads only files under it", () => {
  function folder(links: string[]) {
    const copy = join(work, "docs-copy");
    mkdirSync(join(copy, "market/acme"), { recursive: true });
    writeFileSync(join(copy, "market/acme/a.md"), promptPage("acme/a"));
    mkdirSync(join(work, "outside"), { recursive: true });
    writeFileSync(join(work, "outside/secret.md"), promptPage("acme/secret"));
    writeFileSync(join(copy, "llms.txt"), index(["market/acme/a.md", ...links]));
    return copy;
  }

  test.each([
    ["a ../ link", "../outside/secret.md"],
    ["an absolute path", "/outside/secret.md"],
    ["a file: link", () => `file://${join(work, "outside/secret.md")}`],
  ])("%s is not followed and is reported", async (_name, link) => {
    const target = typeof link === "function" ? link() : link;
    const report = await syncSpecs({ source: folder([target]), repoRoot: work, write: true });
    expect(report.failures).toEqual([]);
    expect(report.added).toEqual(["acme/a"]);
    expect(report.skipped.map((entry) => entry.link)).toContain(target);
    expect(syncSummary(report)).toContain("Links not followed");
  });

  test("a symlink out of the folder is a named failure", async () => {
    const copy = folder(["market/acme/leak.md"]);
    symlinkSync(join(work, "outside/secret.md"), join(copy, "market/acme/leak.md"));
    const before = tree();
    const report = await syncSpecs({ source: copy, repoRoot: work, write: true });
    expect(report.failures.join()).toContain("resolves outside the source folder");
    expect(tree()).toEqual(before);
  });
});

describe("all or nothing", () => {
  test("a whole vendor gone from the site: its models are kept and marked deprecated", async () => {
    site({
      "/market/acme/a.md": promptPage("acme/a"),
      "/market/other/b.md": promptPage("other/b"),
      "/market/other/c.md": promptPage("other/c"),
    });
    expect((await sync()).failures).toEqual([]);
    site({ "/market/acme/a.md": promptPage("acme/a") });
    const report = await syncSpecs({ source: docs.url, repoRoot: work, write: true, today: new Date("2026-12-05") });
    expect(report.failures).toEqual([]);
    expect(report.removed).toEqual(["other/b", "other/c"]);
    const gone = JSON.parse(readFileSync(join(work, "specs/market/other/b.json"), "utf8"));
    expect(gone.info["x-kie-deprecated"]).toEqual({ since: "2026-12-05", why: "gone from upstream's docs index" });
  });

  // Async: the docs site is served by this process, which must keep answering while the child runs.
  const child = (source: string, hook: string) =>
    new Promise<{ signal: NodeJS.Signals | null }>((done) => {
      const run = spawn(
        process.execPath,
        [
          "--import",
          "tsx",
          "--input-type=module",
          "-e",
          `import * as fs from "node:fs";
         import { syncSpecs } from ${JSON.stringify(resolve(import.meta.dirname, "../src/sync/spec-sync.ts"))};
         await syncSpecs({ source: ${JSON.stringify(source)}, repoRoot: ${JSON.stringify(work)}, write: true, beforeCommit: () => { ${hook} } });`,
        ],
        { cwd: resolve(import.meta.dirname, ".."), stdio: "inherit" },
      );
      run.on("exit", (_code, signal) => done({ signal }));
    });

  test("killed with everything staged, before the swap: the tree is as it was, and the next run cleans up", async () => {
    site({ "/market/acme/a.md": promptPage("acme/a") });
    await docs.serve();
    const before = tree();
    const killed = await child(docs.url, 'process.kill(process.pid, "SIGKILL")');
    expect(killed.signal).toBe("SIGKILL");
    expect(tree()).toEqual(before);
    expect(readdirSync(join(work, ".cache")).filter((name) => name.startsWith("staging-"))).toHaveLength(1);
    const report = await syncSpecs({ source: docs.url, repoRoot: work, write: true });
    expect(report.recovered).toEqual([expect.stringContaining("dropped an unfinished staging folder")]);
    expect(report.added).toEqual(["acme/a"]);
    expect(readdirSync(join(work, ".cache")).filter((name) => name.startsWith("staging-"))).toEqual([]);
  });

  test("killed in the middle of the swap: the next run finishes it (the new specs and their changeset, whole)", async () => {
    site({ "/market/acme/a.md": promptPage("acme/a"), "/market/acme/b.md": promptPage("acme/b") });
    await docs.serve();
    // The commit mark is written and the old folder moved aside, then the process dies.
    const killed = await child(
      docs.url,
      `const dir = ${JSON.stringify(join(work, ".cache"))} + "/" + fs.readdirSync(${JSON.stringify(join(work, ".cache"))}).find((name) => name.startsWith("staging-"));
       fs.writeFileSync(dir + "/COMMIT", "");
       fs.renameSync(${JSON.stringify(join(work, "specs/market"))}, dir + "/old-market");
       process.kill(process.pid, "SIGKILL");`,
    );
    expect(killed.signal).toBe("SIGKILL");
    expect(existsSync(join(work, "specs/market"))).toBe(false);
    const report = await syncSpecs({ source: docs.url, repoRoot: work });
    expect(report.recovered).toEqual([expect.stringContaining("finished an interrupted write")]);
    expect(readdirSync(join(work, "specs/market/acme")).sort()).toEqual(["a.json", "b.json"]);
    expect(readdirSync(join(work, ".changeset")).filter((name) => name.endsWith(".md"))).toHaveLength(1);
    expect(report.changes).toEqual([]);
  });
});

describe("fields named like what an object's prototype holds", () => {
  const page = (name: string) =>
    modelPage(
      "acme/x",
      JSON.parse(`{"type":"object","properties":{"prompt":{"type":"string"},${JSON.stringify(name)}:{"type":"string"}}}`),
      { prompt: "p" },
    );

  test.each(["__proto__", "constructor", "prototype"])("a field %s is refused, naming it, until an overlay decides", async (name) => {
    site({ "/market/acme/x.md": page(name) });
    const report = await sync();
    expect(report.failures.join()).toContain(`a field named ${JSON.stringify(name)} is refused`);
  });

  test("an overlay may keep constructor; the generated validator then reads it as an own field only", async () => {
    mkdirSync(join(work, "specs/overlays/acme"), { recursive: true });
    writeFileSync(
      join(work, "specs/overlays/acme/x.json"),
      JSON.stringify({ fields: { constructor: { patch: { minLength: 1 }, why: "upstream names it so" } } }),
    );
    docs.pages = {
      "/market/acme/x.md": modelPage(
        "acme/x",
        { type: "object", required: ["constructor"], properties: { constructor: { type: "string" } } },
        { constructor: "c" },
      ),
      "/llms.txt": "- [x](/market/acme/x.md)",
    };
    const report = await sync();
    expect(report.failures).toEqual([]);
    cpSync(join(repo, "packages/schemas/src"), join(work, "packages/schemas/src"), {
      recursive: true,
      filter: (path) => !path.includes("generated"),
    });
    await generate({ specsDir: join(work, "specs"), outDir: work });
    const { validator } = await import(join(work, "packages/schemas/src/generated/market/acme/x.gen.ts"));
    // Without the field, it is reported missing (not found on Object.prototype); with it, accepted.
    expect(validator.validate({ model: "acme/x", input: {} }).issues?.[0]?.message).toMatch(/constructor/);
    expect(validator.validate({ model: "acme/x", input: { constructor: "c" } }).issues).toBeUndefined();
  });

  test("an overlay may remove __proto__ (the only way to take such a page)", async () => {
    mkdirSync(join(work, "specs/overlays/acme"), { recursive: true });
    writeFileSync(
      join(work, "specs/overlays/acme/x.json"),
      JSON.stringify({ fields: JSON.parse('{"__proto__":{"remove":true,"why":"not a field"}}') }),
    );
    site({ "/market/acme/x.md": page("__proto__") });
    const report = await sync();
    expect(report.failures).toEqual([]);
    const spec = JSON.parse(readFileSync(join(work, "specs/market/acme/x.json"), "utf8"));
    expect(Object.keys(spec.components.schemas.AcmeXInput.properties)).toEqual(["prompt"]);
  });
});
