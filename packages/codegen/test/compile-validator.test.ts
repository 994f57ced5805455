import { resolve } from "node:path";
import { Ajv, type ErrorObject } from "ajv";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import * as builders from "../../schemas/src/issues.js";
import * as runtime from "../../schemas/src/runtime.js";
import { bundleCatalog } from "../src/bundle.js";
import { readCatalog, requestExample } from "../src/catalog.js";
import { compileCheck, ruleBuilder } from "../src/compile-validator.js";
import { toJsonSchema } from "../src/json-schema.js";

// A fixed seed: a run that fails can be replayed exactly (set FC_SEED to explore other inputs).
const FC_SEED = Number(process.env.FC_SEED ?? 20261201);

import { isObject, type Json, type JsonObject } from "../src/openapi.js";

/** The rule a raw issue's builder words (builders are named `$` + rule, and say which rule they build). */
const ruleOf = (build: builders.Rule, param: unknown, extra: unknown) => build({ path: [], at: "x", value: undefined }, param, extra).rule;

/**
 * Compiles a schema and returns a function listing the raw issues as `[pointer, rule, param, extra]`
 * (undefined when valid), with the runtime and the rules' issue builders in scope as in a generated module.
 */
function compiled(schema: Json, messages: Record<string, string> = {}) {
  const { declarations, check } = compileCheck(schema, { messages });
  const scope: Record<string, unknown> = { ...builders };
  for (const name of Object.keys(runtime)) if (/^[A-Z]$/.test(name)) scope[name] = (runtime as Record<string, unknown>)[name];
  const make = new Function(...Object.keys(scope), `${declarations.join("\n")}\nreturn ${check};`);
  const fn = make(...Object.values(scope));
  return (value: unknown, allowUnknown = false) =>
    runtime.collect(fn, value, allowUnknown)?.map(([pointer, build, param, extra]) => [pointer, ruleOf(build, param, extra), param, extra]);
}

function oracle(schema: Json) {
  // allOf parts may carry keywords without their own `type` (valid JSON Schema; Ajv's strictTypes frowns).
  // strictRequired off: a rule such as "one of these two fields" lists required names its branch does not define.
  const ajv = new Ajv({ allErrors: true, strict: true, strictTypes: false, strictRequired: false });
  // The format itself is the runtime's (tested in runtime.test.ts); this compares the compiler.
  ajv.addFormat("uri", runtime.U);
  const validate = ajv.compile(schema as object);
  return (value: unknown) => ({ ok: validate(value), errors: (validate.errors ?? []) as ErrorObject[] });
}

/** Values that are often valid, often wrong in one or two places, sometimes anything at all. */
function values(schema: JsonObject): fc.Arbitrary<unknown> {
  const mostly = (good: fc.Arbitrary<unknown>, bad: fc.Arbitrary<unknown>) =>
    fc.oneof({ weight: 12, arbitrary: good }, { weight: 1, arbitrary: bad });
  // A field's own example and default are valid by construction (the importer drops broken ones).
  const known = (node: JsonObject) => [node.example, node.default].filter((value) => value !== undefined && value !== null);
  const near = (node: JsonObject): fc.Arbitrary<unknown> => {
    const type = Array.isArray(node.type) ? node.type[0] : node.type;
    const branches = (Array.isArray(node.oneOf) ? node.oneOf : Array.isArray(node.anyOf) ? node.anyOf : []).filter(isObject);
    if (branches.some((branch) => isObject(branch.properties)))
      return fc.oneof(
        ...branches.map((branch) => near({ ...node, oneOf: undefined, anyOf: undefined, ...branch } as unknown as JsonObject)),
      );
    if (Array.isArray(node.enum)) return mostly(fc.constantFrom(...node.enum), fc.constantFrom("", "other", 10, null));
    if (type === "string") {
      const limit = typeof node.maxLength === "number" ? node.maxLength : 20;
      const min = typeof node.minLength === "number" ? node.minLength : 0;
      const samples = known(node);
      const good =
        node.format === "uri" || typeof node.pattern === "string"
          ? fc.constantFrom(...(samples.length ? samples : ["https://example.com/a.png", "http://127.0.0.1:9/cb"]))
          : fc.string({ minLength: min, maxLength: Math.max(min, 8) });
      return mostly(
        fc.oneof(good, fc.constantFrom("x".repeat(limit), "😀".repeat(limit))),
        fc.constantFrom("not a url", "x".repeat(limit + 1), "😀".repeat(Math.ceil(limit / 2)) + "x".repeat(Math.ceil(limit / 2) + 1), 1),
      );
    }
    if (type === "number" || type === "integer") {
      const low = typeof node.minimum === "number" ? node.minimum : -10;
      const high = typeof node.maximum === "number" ? node.maximum : 10;
      const [min, max] = [Math.max(Math.ceil(low), -1e9), Math.min(Math.floor(high), 1e9)];
      const integers = min <= max ? fc.integer({ min, max }) : fc.constantFrom(low, high);
      const good =
        typeof node.multipleOf === "number" ? fc.constantFrom(...known(node), low) : fc.oneof(fc.constantFrom(low, high), integers);
      return mostly(good, fc.constantFrom(low - 1, high + 1, 0.5, Number.NaN, "1"));
    }
    if (type === "boolean") return mostly(fc.boolean(), fc.constantFrom("true", 1));
    if (type === "array") {
      const items = isObject(node.items) ? node.items : {};
      const minLength = typeof node.minItems === "number" ? node.minItems : 0;
      const maxLength = typeof node.maxItems === "number" ? node.maxItems : Math.max(minLength, 3);
      return mostly(
        fc.array(near(items), { minLength, maxLength: Math.min(maxLength, minLength + 3) }),
        fc.constantFrom(
          "x",
          null,
          Array.from({ length: maxLength + 1 }, () => known(items)[0] ?? "x"),
        ),
      );
    }
    if (type === "object" || isObject(node.properties)) {
      const properties = (isObject(node.properties) ? node.properties : {}) as Record<string, JsonObject>;
      const shape = Object.fromEntries(Object.entries(properties).map(([name, child]) => [name, near(child)]));
      return fc.oneof(
        { weight: 12, arbitrary: fc.record(shape, { requiredKeys: (node.required as string[] | undefined) ?? [] }) },
        { weight: 1, arbitrary: fc.record(shape, { requiredKeys: [] }) },
        {
          weight: 1,
          arbitrary: fc
            .tuple(fc.record(shape), fc.constantFrom("extra", "negative_promt", "constructor"))
            .map(([record, key]) => ({ ...record, [key]: 1 })),
        },
        { weight: 1, arbitrary: fc.constantFrom(null, [], "object", 1) },
      );
    }
    return fc.anything();
  };
  return near(schema);
}

// Inside anyOf/oneOf, Ajv also reports why each branch failed; the validators report the union itself.
/** The model's request example with one or two input fields changed: mostly valid, whatever the number of fields. */
function aroundExample(model: (typeof catalog.models)[number], schema: JsonObject): fc.Arbitrary<unknown> {
  const example = requestExample(model);
  const input = ((schema.properties as JsonObject).input ?? {}) as JsonObject;
  const branches = [input, ...((input.oneOf ?? input.anyOf ?? []) as JsonObject[])].filter((node) => isObject(node.properties));
  const properties = Object.assign({}, ...branches.map((node) => node.properties)) as Record<string, JsonObject>;
  return fc
    .subarray(Object.keys(properties), { maxLength: Math.min(2, Object.keys(properties).length) })
    .chain((keys) => fc.record(Object.fromEntries(keys.map((key) => [key, values(properties[key])]))))
    .map((changes) => ({ ...example, input: { ...(example.input as JsonObject), ...changes } }));
}

const pointers = (errors: ErrorObject[]) =>
  new Set(errors.filter((error) => !/\/(anyOf|oneOf)\/\d+\//.test(error.schemaPath)).map((error) => error.instancePath));

const catalog = readCatalog(resolve(import.meta.dirname, "../../../specs"));
const bundle = bundleCatalog(catalog, "1.0.0");

// A fixed budget of generated values spread over the catalogue (every model gets at least 300), so the
// test's time does not grow with the number of models.
const RUNS = Math.max(300, Math.floor(60_000 / catalog.models.length));

describe("compiled checks agree with Ajv (differential, fast-check)", () => {
  test.each(catalog.models.map((model) => [model.id, model] as const))("%s", (_id, model) => {
    const { schema, meta } = toJsonSchema(bundle, { $ref: `#/components/schemas/${model.requestSchema}` });
    const ours = compiled(schema, meta.messages);
    const ajv = oracle(schema);
    const seen = { valid: 0, invalid: 0 };
    fc.assert(
      fc.property(fc.oneof(values(schema), aroundExample(model, schema)), (value) => {
        const issues = ours(value);
        const expected = ajv(value);
        seen[expected.ok ? "valid" : "invalid"]++;
        expect(issues === undefined, JSON.stringify({ value, issues, errors: expected.errors })).toBe(expected.ok);
        // Both name the same places (Ajv may add an enum error where the type is already wrong).
        expect(new Set((issues ?? []).map(([pointer]) => pointer))).toEqual(pointers(expected.errors));
      }),
      { numRuns: RUNS, seed: FC_SEED },
    );
    // The generator must exercise both sides, or agreement would prove nothing.
    expect(seen.valid).toBeGreaterThan(RUNS / 30);
    expect(seen.invalid).toBeGreaterThan(RUNS / 30);
  });

  const components = isObject(bundle.components) && isObject(bundle.components.schemas) ? bundle.components.schemas : {};
  const responseNames = Object.keys(components).filter((name) => !/Request$|Input$/.test(name));
  test.each(responseNames)("response schema %s", (name) => {
    const { schema } = toJsonSchema(bundle, { $ref: `#/components/schemas/${name}` });
    const ours = compiled(schema);
    const ajv = oracle(schema);
    fc.assert(
      fc.property(values(schema), (value) => {
        expect(ours(value) === undefined, JSON.stringify(value)).toBe(ajv(value).ok);
      }),
      { numRuns: 500, seed: FC_SEED },
    );
  });
});

describe("keywords the seed specs do not use yet", () => {
  const cases: [string, JsonObject, unknown[], unknown[]][] = [
    [
      "arrays: items, minItems, maxItems, uniqueItems",
      { type: "array", items: { type: "string", format: "uri" }, minItems: 1, maxItems: 2, uniqueItems: true },
      [["https://a/b"], ["https://a/b", "https://a/c"]],
      [[], ["https://a/b", "https://a/b"], ["x"], ["https://a", "https://b", "https://c"], "https://a"],
    ],
    ["pattern (unicode)", { type: "string", pattern: "^\\p{Lu}+$" }, ["ABC", "É"], ["abc", "", 1]],
    ["minLength in code points", { type: "string", minLength: 2 }, ["ab", "😀😀"], ["a", "😀", ""]],
    ["const", { const: "fixed" }, ["fixed"], ["other", null]],
    ["object enum", { enum: [{ a: 1 }, [1, 2]] }, [{ a: 1 }, [1, 2]], [{ a: 2 }, [2, 1], 1]],
    [
      "numbers: exclusive bounds, multipleOf",
      { type: "number", exclusiveMinimum: 0, exclusiveMaximum: 10, multipleOf: 0.5 },
      [0.5, 9.5],
      [0, 10, 0.3, "1", Number.POSITIVE_INFINITY],
    ],
    ["integer", { type: "integer" }, [1, -3, 1e3], [1.5, "1", Number.NaN]],
    ["nullable types", { type: ["string", "null"], maxLength: 2 }, ["ab", null], ["abc", 1]],
    [
      "anyOf and oneOf",
      { anyOf: [{ type: "string" }, { type: "integer", minimum: 0 }], oneOf: [{ type: "string" }, { type: "number" }] },
      ["a", 3],
      [-1, null, true],
    ],
    [
      "additionalProperties as a schema",
      { type: "object", properties: { a: { type: "string" } }, additionalProperties: { type: "integer" } },
      [{ a: "x", b: 1 }, {}],
      [{ a: "x", b: "y" }, { "x/y": 1.5 }],
    ],
    ["allOf", { allOf: [{ type: "string" }, { minLength: 2 }] }, ["ab"], ["a", 1]],
  ];
  test.each(cases)("%s", (_name, schema, good, bad) => {
    const ours = compiled(schema);
    const ajv = oracle(schema);
    for (const value of good) {
      expect(ajv(value).ok, `Ajv on ${JSON.stringify(value)}`).toBe(true);
      expect(ours(value), JSON.stringify(value)).toBeUndefined();
    }
    for (const value of bad) {
      expect(ajv(value).ok, `Ajv on ${JSON.stringify(value)}`).toBe(false);
      expect(ours(value), JSON.stringify(value)).toBeDefined();
    }
  });

  test("OpenAPI 3.0 exclusive bounds (booleans next to minimum/maximum)", () => {
    const ours = compiled({ type: "number", minimum: 0, exclusiveMinimum: true, maximum: 1, exclusiveMaximum: true });
    expect(ours(0.5)).toBeUndefined();
    expect(ours(0)).toEqual([["", "exclusiveMinimum", 0, undefined]]);
    expect(ours(1)).toEqual([["", "exclusiveMaximum", 1, undefined]]);
  });

  test("a dynamic key is escaped in the pointer", () => {
    const ours = compiled({ type: "object", additionalProperties: { type: "integer" } });
    expect(ours({ "a/b~c": "x" })).toEqual([["/a~1b~0c", "type", "integer", undefined]]);
  });

  test("array items report their index", () => {
    const ours = compiled({ type: "object", properties: { urls: { type: "array", items: { type: "string" } } } });
    expect(ours({ urls: ["a", 2, "c", null] })?.map(([pointer]) => pointer)).toEqual(["/urls/1", "/urls/3"]);
  });

  test("unknown fields are skipped when allowed, and refused by default", () => {
    const ours = compiled({ type: "object", properties: { a: { type: "string" } }, additionalProperties: false });
    expect(ours({ a: "x", b: 1 })).toEqual([["", "additionalProperties", "b", ["a"]]]);
    expect(ours({ a: "x", b: 1 }, true)).toBeUndefined();
  });
});

describe("what the compiler refuses, by name", () => {
  test.each([
    [{ type: "object", patternProperties: { "^x": {} } }, 'keyword "patternProperties"'],
    [{ type: "string", format: "email" }, 'format "email"'],
    [{ type: "strin" }, 'unknown type "strin"'],
    [{ type: "array", items: [{ type: "string" }] }, "no tuples"],
    [{ type: "string", pattern: "(" }, "#/pattern:"],
    [{ type: "string", maxLength: -1 }, "#/maxLength: must be a non-negative integer"],
    [{ enum: [] }, "#/enum: must be a non-empty array"],
  ] as [JsonObject, string][])("%j", (schema, message) => {
    expect(() => compileCheck(schema)).toThrow(message);
  });

  test("the path of a nested problem is named", () => {
    expect(() => compileCheck({ type: "object", properties: { input: { type: "object", properties: { x: { if: {} } } } } })).toThrow(
      '#/properties/input/properties/x: the validator compiler does not support the JSON Schema keyword "if"',
    );
  });
});

test("a model file built from this compiler stays small", () => {
  const { schema, meta } = toJsonSchema(bundle, { $ref: "#/components/schemas/Hailuo23ImageToVideoStandardRequest" });
  const { declarations, check } = compileCheck(schema, meta);
  // Regression guard for the code size, not a timing: the Ajv output it replaced was 7.9 kB.
  expect(declarations.join("").length + check.length).toBeLessThan(3000);
});

test("every rule the compiler reports has an issue builder that names that rule", () => {
  const { rules } = compileCheck({
    type: "object",
    required: ["a"],
    additionalProperties: false,
    not: { required: ["z"] },
    properties: {
      a: { type: "string", minLength: 1, maxLength: 2, pattern: "^a", format: "uri", enum: ["a"] },
      b: { type: "number", minimum: 0, maximum: 9, exclusiveMinimum: 0, exclusiveMaximum: 9, multipleOf: 1, const: 1 },
      c: { type: "array", minItems: 1, maxItems: 2, uniqueItems: true, anyOf: [{}], oneOf: [{}] },
    },
  });
  expect(rules).toHaveLength(20);
  for (const rule of rules) {
    const build = (builders as Record<string, builders.Rule | undefined>)[ruleBuilder(rule)];
    expect(build, rule).toBeTypeOf("function");
    expect(ruleOf(build as builders.Rule, [1], undefined)).toBe(rule);
  }
});
