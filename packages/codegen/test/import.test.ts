import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { stringify as toYaml } from "yaml";
import { runImport } from "../src/import/run-import.js";
import type { JsonObject } from "../src/openapi.js";

// Small upstream pages, one per quirk upstream's docs really have, imported into a scratch specs folder.
let work: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), "kie-import-"));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

/** An upstream docs page's OpenAPI document, as upstream writes them. */
function page(options: {
  id: string;
  input: JsonObject;
  example?: unknown;
  tags?: string[];
  components?: JsonObject;
  enumId?: string;
}): JsonObject {
  const content: JsonObject = {
    schema: {
      type: "object",
      required: ["model"],
      properties: {
        model: { type: "string", enum: [options.enumId ?? options.id], examples: [options.enumId ?? options.id] },
        callBackUrl: { type: "string", format: "uri" },
        input: options.input,
      },
    },
  };
  if (options.example !== undefined) content.example = options.example as JsonObject;
  return {
    openapi: "3.0.1",
    info: { title: `Page of ${options.id}`, version: "1.0.0" },
    paths: {
      "/api/v1/jobs/createTask": {
        post: { tags: options.tags ?? ["docs/en/Market/Video Models/Acme"], requestBody: { content: { "application/json": content } } },
      },
    },
    ...(options.components ? { components: options.components } : {}),
  };
}

const write = (file: string, text: string) => {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
};
const source = (name: string, document: JsonObject) => {
  const file = join(work, "upstream", name);
  write(file, JSON.stringify(document));
  return file;
};
const overlay = (id: string, value: JsonObject) => write(join(work, "specs/overlays", `${id}.json`), JSON.stringify(value));
const spec = (id: string) => JSON.parse(readFileSync(join(work, "specs/market", `${id}.json`), "utf8"));
const inputOf = (id: string) => {
  const document = spec(id);
  return Object.entries(document.components.schemas as Record<string, JsonObject>).find(([name]) =>
    name.endsWith("Input"),
  )?.[1] as JsonObject;
};
const exampleOf = (id: string) => spec(id).paths["/api/v1/jobs/createTask"].post.requestBody.content["application/json"].examples.seed;
const run = (files: string[], check = false) => runImport(files, { specsDir: join(work, "specs"), check });
const DOCS = { docs: "https://docs.kie.ai/market/acme/model" };

const prompt = { type: "string", maxLength: 100, examples: ["a red kite"] };

describe("what upstream's pages contain", () => {
  test.each([
    [
      "a field that exists only through x-apidog-refs is merged in",
      {
        input: { type: "object", properties: { prompt }, "x-apidog-refs": { "01ABC": { $ref: "#/components/schemas/nsfw_checker" } } },
        components: { schemas: { nsfw_checker: { type: "boolean", description: "filter" } } },
        example: { model: "acme/model", input: { prompt: "p", nsfw_checker: false } },
      },
      (input: JsonObject) => expect(input.properties).toMatchObject({ nsfw_checker: { type: "boolean" } }),
    ],
    [
      "JSON Schema 2020 words become OpenAPI 3.0 ones; apidog extensions go",
      {
        input: {
          type: "object",
          properties: { prompt, mode: { type: "string", const: "fast", "x-apidog-enum": [{ value: "fast" }] } },
          "x-apidog-orders": ["prompt", "mode"],
        },
        example: { model: "acme/model", input: { prompt: "p", mode: "fast" } },
      },
      (input: JsonObject) => {
        expect(input.properties).toEqual({
          prompt: { type: "string", maxLength: 100, example: "a red kite" },
          mode: { type: "string", enum: ["fast"] },
        });
        expect(JSON.stringify(input)).not.toContain("x-apidog");
      },
    ],
    [
      "property names with stray whitespace are trimmed, in required and the example too",
      {
        input: {
          type: "object",
          required: ["image_urls "],
          properties: { prompt, "image_urls ": { type: "array", items: { type: "string" } } },
        },
        example: { model: "acme/model", input: { prompt: "p", "image_urls ": ["https://x/y.png"] } },
      },
      (input: JsonObject, id: string) => {
        expect(Object.keys(input.properties as JsonObject)).toEqual(["prompt", "image_urls"]);
        expect(input.required).toEqual(["image_urls"]);
        expect(exampleOf(id).value.input).toEqual({ prompt: "p", image_urls: ["https://x/y.png"] });
      },
    ],
    [
      "a union input keeps its alternatives, each closed to unknown fields",
      {
        input: {
          type: "object",
          anyOf: [
            { type: "object", required: ["taskId"], properties: { prompt, taskId: { type: "string" } } },
            { type: "object", required: ["video_url"], properties: { prompt, video_url: { type: "string" } } },
          ],
        },
        example: { model: "acme/model", input: { prompt: "p", taskId: "t1" } },
      },
      (input: JsonObject) => {
        expect((input.anyOf as JsonObject[]).map((branch) => branch.additionalProperties)).toEqual([false, false]);
        expect(input.additionalProperties).toBeUndefined();
      },
    ],
    [
      "a missing example is built from the schema",
      { input: { type: "object", required: ["prompt"], properties: { prompt } } },
      (_input: JsonObject, id: string) => expect(exampleOf(id).value.input).toEqual({ prompt: "a red kite" }),
    ],
    [
      "an example that is not JSON is replaced by one built from the schema, and the correction recorded",
      {
        input: { type: "object", required: ["prompt"], properties: { prompt } },
        example: '{ "model": "acme/model", "input": {image "prompt": "p" } }',
      },
      (_input: JsonObject, id: string) => {
        expect(exampleOf(id).value.input).toEqual({ prompt: "a red kite" });
        expect(spec(id).info["x-kie-corrections"]).toContainEqual(
          expect.objectContaining({ why: "the page's request example is not JSON" }),
        );
      },
    ],
    [
      "an empty example is replaced too",
      { input: { type: "object", required: ["prompt"], properties: { prompt } }, example: "" },
      (_input: JsonObject, id: string) => expect(exampleOf(id).value.input).toEqual({ prompt: "a red kite" }),
    ],
    [
      "a field example that breaks its own schema is dropped, and the correction recorded",
      {
        input: {
          type: "object",
          properties: { prompt, urls: { type: "array", items: { type: "string", format: "uri" }, examples: [[""]] } },
        },
      },
      (input: JsonObject, id: string) => {
        expect((input.properties as Record<string, JsonObject>).urls.example).toBeUndefined();
        expect(JSON.stringify(spec(id).info["x-kie-corrections"])).toContain("input.urls: example");
      },
    ],
  ] as const)("%s", async (_name, given, check) => {
    const file = source("acme/model.json", page({ id: "acme/model", ...given } as never));
    overlay("acme/model", DOCS);
    const result = await run([file]);
    expect(result.refusals.map((refusal) => refusal.message)).toEqual([]);
    check(inputOf("acme/model"), "acme/model");
    expect(spec("acme/model").components.schemas.AcmeModelRequest.properties.model.enum).toEqual(["acme/model"]);
  });

  test("a model enum naming another model: the example and the page name win, and the correction is recorded", async () => {
    const file = source(
      "acme/v2.json",
      page({
        id: "acme/v2",
        enumId: "acme/v1",
        input: { type: "object", properties: { prompt } },
        example: { model: "acme/v2", input: { prompt: "p" } },
      }),
    );
    overlay("acme/v2", DOCS);
    const result = await run([file]);
    expect(result.models.map((model) => model.id)).toEqual(["acme/v2"]);
    expect(spec("acme/v2").info["x-kie-corrections"][0]).toMatchObject({ what: 'model id "acme/v1" → acme/v2' });
  });

  test("a docs page in markdown (a ```yaml fence) gives the same spec as the document itself", async () => {
    const document = page({
      id: "acme/model",
      input: { type: "object", properties: { prompt } },
      example: { model: "acme/model", input: { prompt: "p" } },
    });
    overlay("acme/model", DOCS);
    await run([source("acme/model.json", document)]);
    const fromJson = readFileSync(join(work, "specs/market/acme/model.json"), "utf8");
    rmSync(join(work, "specs/market"), { recursive: true });
    const markdown = join(work, "pages/model.md");
    write(markdown, `# Acme model\n\nSome prose.\n\n\`\`\`yaml\n${toYaml(document)}\`\`\`\n`);
    await run([markdown]);
    expect(readFileSync(join(work, "specs/market/acme/model.json"), "utf8")).toBe(fromJson);
  });

  test("newly required fields: with a default, sent by the client and still optional; without one, required", async () => {
    const file = source(
      "acme/model.json",
      page({
        id: "acme/model",
        input: { type: "object", properties: { prompt, duration: { type: "string", enum: ["5", "10"], default: "5" } } },
        example: { model: "acme/model", input: { prompt: "p" } },
      }),
    );
    overlay("acme/model", { ...DOCS, required: { fields: ["prompt", "duration"], why: "the 2026-10-07 registry", source: "registry" } });
    expect((await run([file])).refusals).toEqual([]);
    const input = inputOf("acme/model");
    expect(input.required).toEqual(["prompt"]);
    expect((input.properties as Record<string, JsonObject>).duration["x-kie-send-default"]).toBe(true);
  });
});

describe("upstream's text, tidied", () => {
  const cut = `${"A".repeat(150)} cut here`; // 160 characters, ending mid-sentence as the trimmed source leaves it
  const document = (truncated: boolean) => ({
    ...page({
      id: "acme/model",
      input: {
        type: "object",
        properties: {
          prompt: { type: "string", description: cut },
          scale: { type: "number", description: "How strong (Min: 0, Max: 20, Step: 0.1) (step: 0.1)" },
        },
      },
      example: { model: "acme/model", input: { prompt: "p" } },
    }),
    info: { title: "  Acme  Model -  Pro ", version: "1.0.0" },
    ...(truncated ? { "x-kie-provenance": { gaps: ["descriptions truncated", "no examples"] } } : {}),
  });
  const properties = () => inputOf("acme/model").properties as Record<string, JsonObject>;

  test('a description the source cut ends in "…", with a correction saying why; the title has single spaces; a step is stated once', async () => {
    overlay("acme/model", DOCS);
    expect((await run([source("acme/model.json", document(true))])).refusals).toEqual([]);
    expect(properties().prompt.description).toBe(`${cut}…`);
    expect(properties().scale.description).toBe("How strong (Min: 0, Max: 20, Step: 0.1)");
    expect(spec("acme/model").info.title).toBe("Acme Model - Pro");
    expect(spec("acme/model").info["x-kie-corrections"]).toContainEqual(
      expect.objectContaining({ what: '1 field description marked as cut ("…")' }),
    );
  });

  test("a source that did not cut keeps its text as it is", async () => {
    overlay("acme/model", DOCS);
    await run([source("acme/model.json", document(false))]);
    expect(properties().prompt.description).toBe(cut);
  });

  test("an overlay that replaces a broken example leaves one note about it, not two that disagree", async () => {
    overlay("acme/model", { ...DOCS, example: { replace: { prompt: "fixed" }, why: "the page's example is not JSON" } });
    const broken: JsonObject = { ...document(false) };
    const content = (broken.paths as JsonObject)["/api/v1/jobs/createTask"] as JsonObject;
    (((content.post as JsonObject).requestBody as JsonObject).content as JsonObject)["application/json"] = {
      ...((((content.post as JsonObject).requestBody as JsonObject).content as JsonObject)["application/json"] as JsonObject),
      example: "{ not json",
    };
    await run([source("acme/model.json", broken)]);
    const notes = (spec("acme/model").info["x-kie-corrections"] as { what: string }[]).map((entry) => entry.what);
    expect(notes.filter((what) => what.startsWith("request example"))).toEqual(["request example replaced"]);
  });
});

describe("the result count an overlay states", () => {
  const file = () =>
    source(
      "acme/model.json",
      page({
        id: "acme/model",
        input: { type: "object", properties: { prompt } },
        example: { model: "acme/model", input: { prompt: "p" } },
      }),
    );

  test("lands in the spec's info with its reason, for the mock to follow", async () => {
    overlay("acme/model", { ...DOCS, results: { count: 6, why: "live returns 6", source: "real traffic" } });
    expect((await run([file()])).refusals).toEqual([]);
    expect(spec("acme/model").info["x-kie-results"]).toEqual({ count: 6, why: "live returns 6", source: "real traffic" });
  });

  test.each([0, 1.5, 101, "6"])("a count of %j is refused, naming the rule", async (count) => {
    overlay("acme/model", { ...DOCS, results: { count, why: "x" } });
    const result = await run([file()]).catch((error: Error) => ({ refusals: [error.message] }));
    expect(JSON.stringify(result.refusals)).toContain("results.count must be a whole number from 1 to 100");
  });
});

describe("what the importer refuses until an overlay decides", () => {
  test.each([
    [
      "a URL field typed object",
      page({
        id: "acme/model",
        input: { type: "object", properties: { prompt, first_frame_url: { type: "object", description: "URL of the first frame" } } },
      }),
      "input.first_frame_url",
      { fields: { first_frame_url: { patch: { type: "string" }, why: "its description says a URL" } } },
    ],
    [
      "an input no value can satisfy (an object with an allOf of strings)",
      page({ id: "acme/model", input: { type: "object", properties: { prompt }, allOf: [{ type: "string" }] } }),
      "no value can satisfy both",
      { schema: { patch: { allOf: null }, why: "a renderer artefact" } },
    ],
    [
      "a request example that breaks the schema",
      page({
        id: "acme/model",
        input: { type: "object", properties: { prompt, steps: { type: "number" } } },
        example: { model: "acme/model", input: { prompt: "p", steps: "6" } },
      }),
      "the request example breaks the schema",
      { example: { patch: { steps: 6 }, why: "the schema says a number" } },
    ],
    [
      "an example the field's enum refuses, where the page's own text says the enum is too narrow (null removes a keyword)",
      page({
        id: "acme/model",
        input: {
          type: "object",
          properties: { prompt, voice: { type: "string", enum: ["id-1", "id-2"], description: "a voice name or id" } },
        },
        example: { model: "acme/model", input: { prompt: "p", voice: "Rachel" } },
      }),
      "the request example breaks the schema",
      { fields: { voice: { patch: { enum: null }, why: "its description says names are taken too" } } },
    ],
  ] as const)("%s", async (_name, document, reason, decision) => {
    const file = source("acme/model.json", document);
    overlay("acme/model", DOCS);
    const refused = await run([file]);
    expect(refused.refusals.map((refusal) => refusal.message).join("\n")).toContain(reason);
    expect(refused.refusals[0].message).toContain("acme/model");
    expect(refused.refusals[0].message).toContain(file);
    overlay("acme/model", { ...DOCS, ...decision } as JsonObject);
    const decided = await run([file]);
    expect(decided.refusals).toEqual([]);
    expect(spec("acme/model").info["x-kie-corrections"]).toContainEqual(
      expect.objectContaining({ why: expect.any(String), source: "overlay" }),
    );
    expect(JSON.stringify(spec("acme/model").components)).not.toContain('"enum":["id-1","id-2"]');
  });

  test("two pages claiming one id: refused, nothing written; an overlay names which page is which", async () => {
    const input = { type: "object", properties: { prompt } };
    const example = { model: "acme/edit", input: { prompt: "p" } };
    const files = [
      source("acme/edit.json", page({ id: "acme/edit", input, example })),
      source("acme/segment-edit.json", page({ id: "acme/edit", input, example })),
    ];
    overlay("acme/edit", DOCS);
    const refused = await run(files);
    expect(refused.refusals.map((refusal) => refusal.message).join()).toContain("claims the same id");
    expect(refused.changed).toEqual([]);
    overlay("acme/segment-edit", { ...DOCS, id: { value: "acme/segment-edit", why: "upstream renamed this page" } });
    const decided = await run(files);
    expect(decided.models.map((model) => model.id).sort()).toEqual(["acme/edit", "acme/segment-edit"]);
  });

  test("a page whose tags name no category, and no overlay says: refused", async () => {
    const file = source(
      "acme/model.json",
      page({ id: "acme/model", tags: ["docs/en/Market/Acme"], input: { type: "object", properties: { prompt } } }),
    );
    overlay("acme/model", DOCS);
    expect((await run([file])).refusals[0].message).toContain("category");
    overlay("acme/model", { ...DOCS, category: "other" });
    expect((await run([file])).refusals).toEqual([]);
  });
});

describe("determinism", () => {
  test("importing the same documents again changes no byte; --check reports nothing to change", async () => {
    const file = source(
      "acme/model.json",
      page({
        id: "acme/model",
        input: { type: "object", properties: { prompt } },
        example: { model: "acme/model", input: { prompt: "p" } },
      }),
    );
    overlay("acme/model", DOCS);
    expect((await run([file])).changed).toEqual(["market/acme/model.json"]);
    const first = readFileSync(join(work, "specs/market/acme/model.json"), "utf8");
    expect((await run([file])).changed).toEqual([]);
    expect((await run([file], true)).changed).toEqual([]);
    expect(readFileSync(join(work, "specs/market/acme/model.json"), "utf8")).toBe(first);
  });

  test("--check writes nothing and names what would change", async () => {
    const file = source("acme/model.json", page({ id: "acme/model", input: { type: "object", properties: { prompt } } }));
    overlay("acme/model", DOCS);
    const result = await run([file], true);
    expect(result.changed).toEqual(["market/acme/model.json"]);
    expect(() => readFileSync(join(work, "specs/market/acme/model.json"))).toThrow();
  });
});

describe("upstream's docs site", () => {
  test("a page fetched by URL (a markdown page with a ```yaml fence) is imported with its URL as the docs link", async () => {
    const { createServer } = await import("node:http");
    const document = page({
      id: "acme/model",
      input: { type: "object", properties: { prompt } },
      example: { model: "acme/model", input: { prompt: "p" } },
    });
    const server = createServer((_request, response) => {
      response.writeHead(200, { "content-type": "text/markdown" });
      response.end(`# Acme\n\n\`\`\`yaml\n${toYaml(document)}\`\`\`\n`);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/market/acme/model.md`;
    try {
      const result = await run([url]);
      expect(result.refusals).toEqual([]);
      expect(spec("acme/model").info["x-kie-model"].docs).toBe(url.replace(/\.md$/, ""));
    } finally {
      server.close();
    }
  });
});
