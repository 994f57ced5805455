import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { nearest } from "../../schemas/src/suggest.js";
import { generate } from "../src/generate.js";

const root = resolve(import.meta.dirname, "../../..");
const fixture = join(import.meta.dirname, "fixtures/acme/v1-text-to-video.json");
const id = "acme/v1-text-to-video";
let work: string;
const read = (path: string) => readFileSync(join(work, path), "utf8");

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "kie-codegen-"));
  cpSync(join(root, "specs/market"), join(work, "specs/market"), { recursive: true });
  cpSync(join(root, "specs/common"), join(work, "specs/common"), { recursive: true });
  // The one edit a contributor makes: drop the new spec in.
  cpSync(fixture, join(work, `specs/market/${id}.json`));
  // The hand-written runtime that generated validators import.
  cpSync(join(root, "packages/schemas/src"), join(work, "packages/schemas/src"), {
    recursive: true,
    filter: (path) => !path.includes("generated"),
  });
  await generate({ specsDir: join(work, "specs"), outDir: work });
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("adding a model is one spec file", () => {
  test("its types land in the generated paths (schemas, re-exported by the client) and the model registry", () => {
    expect(read("packages/schemas/src/generated/types.gen.ts")).toContain("AcmeV1TextToVideoInput: {");
    expect(read("packages/client/src/generated/api.gen.ts")).toContain('from "@kie-market/schemas/types"');
    expect(read("packages/client/src/generated/models.gen.ts")).toContain(`"${id}": components["schemas"]["AcmeV1TextToVideoInput"];`);
    // What the client needs at run time lives in the registry it loads on first create: the index of
    // families, then the model's family file (its validator loader and the defaults upstream requires).
    expect(read("packages/client/src/generated/registry.gen.ts")).toContain('"acme": () => import("./registry/acme.gen.js")');
    const family = read("packages/client/src/generated/registry/acme.gen.ts");
    expect(family).toContain(`import("@kie-market/schemas/market/${id}")`);
    expect(family).toContain('defaults: {"fps":24},');
    expect(read("packages/client/src/generated/model-ids.gen.ts")).toContain(`"${id}"`);
  });

  test("its type tests are generated", () => {
    expect(read("packages/client/src/generated/models.gen.test-d.ts")).toContain(`describe("${id}"`);
  });

  test("its validator accepts the spec's example and names what is wrong in a bad input", async () => {
    const module = await import(pathToFileURL(join(work, `packages/schemas/src/generated/market/${id}.gen.ts`)).href);
    expect(module.modelId).toBe(id);
    expect(module.validator.validate({ model: id, input: { prompt: "A red kite", fps: 24, style: "film" } }).ok).toBe(true);
    const result = module.validator.validate({ model: id, input: { prompt: "A red kite", fps: 5, stlye: "film" } }, { suggest: nearest });
    expect(result.issues).toEqual([
      expect.objectContaining({ path: ["input", "stlye"], rule: "additionalProperties", suggestion: "style" }),
      expect.objectContaining({ path: ["input", "fps"], rule: "minimum", limit: 12, message: "input.fps must be >= 12 (got 5)" }),
    ]);
  });

  test("it gets a docs entry with its fields, limits and defaults", async () => {
    const docs = read("specs/docs/models.md");
    const section = docs.slice(docs.indexOf(`### \`${id}\``), docs.indexOf("<a id=", docs.indexOf(`### \`${id}\``)));
    await expect(section).toMatchFileSnapshot("__snapshots__/acme-docs-section.md");
  });

  test("it is in the bundled catalogue and gets its own bundled spec", () => {
    const catalog = JSON.parse(read("specs/dist/catalog.json"));
    expect(catalog.models.map((model: { id: string }) => model.id)).toContain(id);
    const own = JSON.parse(read(`specs/dist/market/${id}.openapi.json`));
    expect(own.components.schemas.AcmeV1TextToVideoInput.required).toEqual(["prompt"]);
  });
});
