import { createRequire } from "node:module";
import { resolve } from "node:path";
import { Ajv } from "ajv";
import { describe, expect, test } from "vitest";
import { bundleCatalog } from "../src/bundle.js";
import { readCatalog } from "../src/catalog.js";
import { toJsonSchema } from "../src/json-schema.js";
import { isObject, type Json } from "../src/openapi.js";

// Ajv's plugins are CommonJS default exports; require() keeps their types intact under NodeNext.
const require = createRequire(import.meta.url);
const addFormats: typeof import("ajv-formats").default = require("ajv-formats");

// Every example in every spec validates against its own schema (the lint gate checks this too; this
// checks it with the same conversion the generated validators use).
const bundle = bundleCatalog(readCatalog(resolve(import.meta.dirname, "../../../specs")), "1.0.0");
const cases: [string, { schema: Json; example: Json }][] = [];

function collect(node: Json, where: string) {
  if (Array.isArray(node)) {
    for (const [index, child] of node.entries()) collect(child, `${where}/${index}`);
  }
  if (!isObject(node)) return;
  if (isObject(node.schema)) {
    if (node.example !== undefined) cases.push([`${where}/example`, { schema: node.schema, example: node.example }]);
    if (isObject(node.examples)) {
      for (const [name, example] of Object.entries(node.examples)) {
        if (isObject(example) && "value" in example)
          cases.push([`${where}/examples/${name}`, { schema: node.schema, example: example.value }]);
      }
    }
  }
  for (const [key, child] of Object.entries(node)) if (key !== "examples" && key !== "example") collect(child, `${where}/${key}`);
}
collect(bundle as Json, "#");

describe("spec examples", () => {
  test("there are examples for requests, every task state, errors and callbacks", () => {
    const names = cases.map(([name]) => name).join("\n");
    for (const expected of [
      "examples/waiting",
      "examples/queuing",
      "examples/generating",
      "examples/success",
      "examples/fail",
      "TaskCompleted",
    ]) {
      expect(names).toContain(expected);
    }
    expect(cases.length).toBeGreaterThan(30);
  });

  // One compiled validator per schema: every request example shares the catalogue's createTask schema
  // (a union of every model), which takes the better part of a second to compile.
  // strictRequired off: a rule such as "one of these two fields" lists required names its branch does not define.
  const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false });
  addFormats(ajv);
  const compiled = new Map<Json, ReturnType<typeof ajv.compile>>();
  const validatorOf = (schema: Json) => {
    let validate = compiled.get(schema);
    if (!validate) {
      validate = ajv.compile(toJsonSchema(bundle as Json, schema).schema);
      compiled.set(schema, validate);
    }
    return validate;
  };

  test.each(cases)("%s is valid", (_name, { schema, example }) => {
    const validate = validatorOf(schema);
    expect(validate(example), JSON.stringify(validate.errors)).toBe(true);
  });
});
