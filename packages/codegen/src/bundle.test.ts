import { join, resolve } from "node:path";
import { describe, expect, test } from "vitest";
import { bundleCatalog, bundleModel } from "./bundle.js";
import { readCatalog } from "./catalog.js";

const specsDir = resolve(import.meta.dirname, "../../../specs");
const catalog = readCatalog(specsDir);

describe("bundleCatalog", () => {
  const bundle = bundleCatalog(catalog, "9.9.9");
  const createTask = (bundle.paths["/api/v1/jobs/createTask"] as { post: Record<string, never> }).post;

  test("makes createTask's body the union of every model's request", () => {
    const schema = (createTask.requestBody as { content: Record<string, { schema: { oneOf: { $ref: string }[] } }> }).content[
      "application/json"
    ].schema;
    expect(schema.oneOf.map((entry) => entry.$ref)).toEqual(catalog.models.map((model) => `#/components/schemas/${model.requestSchema}`));
  });

  test("keeps every common endpoint and leaves no reference to another file", () => {
    expect(Object.keys(bundle.paths).sort()).toEqual(
      [
        "/api/file-base64-upload",
        "/api/file-stream-upload",
        "/api/file-url-upload",
        "/api/v1/chat/credit",
        "/api/v1/common/download-url",
        "/api/v1/jobs/createTask",
        "/api/v1/jobs/recordInfo",
      ].sort(),
    );
    expect(JSON.stringify(bundle)).not.toMatch(/"\$ref":"[^#]/);
    expect(bundle.info.version).toBe("9.9.9");
  });

  test("keeps every model's examples, keyed by model id", () => {
    const examples = (createTask.requestBody as { content: Record<string, { examples: object }> }).content["application/json"].examples;
    expect(Object.keys(examples)).toEqual(catalog.models.map((model) => `${model.id}:seed`));
  });
});

describe("bundleModel", () => {
  test("is self-contained and keeps the model's own operation", () => {
    const model = catalog.models[0];
    const bundle = bundleModel(catalog, model, "1.0.0");
    expect(JSON.stringify(bundle)).not.toMatch(/"\$ref":"[^#]/);
    const operation = (bundle.paths["/api/v1/jobs/createTask"] as { post: { operationId: string } }).post;
    expect(operation.operationId).toMatch(/^createTask_/);
  });
});

describe("readCatalog", () => {
  test("refuses a spec whose file name does not match its model id", () => {
    expect(() => readCatalog(join(import.meta.dirname, "../test/fixtures/misplaced"))).toThrow(
      /must live at specs\/market\/acme\/v1-text-to-video.json/,
    );
  });
});
