import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, test } from "vitest";
import { type KieValidator, nearest, type ValidateOptions } from "../src/index.js";

// Every case below is derived from the specs themselves, so a new model is covered without new tests.
type Schema = Record<string, unknown> & { properties?: Record<string, Schema>; required?: string[]; enum?: unknown[] };
type Case = {
  name: string;
  input: Record<string, unknown>;
  body?: Record<string, unknown>;
  options?: ValidateOptions;
  want: Record<string, unknown>;
};

const marketDir = resolve(import.meta.dirname, "../../../specs/market");
const listSpecs = (dir: string): string[] =>
  readdirSync(dir).flatMap((entry) =>
    statSync(join(dir, entry)).isDirectory() ? listSpecs(join(dir, entry)) : entry.endsWith(".json") ? [join(dir, entry)] : [],
  );

function readModel(file: string) {
  const doc = JSON.parse(readFileSync(file, "utf8"));
  const deref = (node: Schema): Schema =>
    typeof node.$ref === "string" && node.$ref.startsWith("#/")
      ? deref(
          node.$ref
            .slice(2)
            .split("/")
            .reduce((at, key) => at[key], doc),
        )
      : node;
  const content = doc.paths["/api/v1/jobs/createTask"].post.requestBody.content["application/json"];
  const request = deref(content.schema);
  const properties = request.properties ?? {};
  const id = (properties.model.enum as string[])[0];
  const input = deref(properties.input);
  const example = (Object.values(content.examples)[0] as { value: Record<string, unknown> }).value;
  return { id, input, example, deref };
}

const wrongType = (schema: Schema) => (schema.type === "string" ? 42 : schema.type === "boolean" ? "yes" : "42");
const typo = (name: string) => (name.length > 3 ? name.slice(0, -2) + name.at(-1) + name.at(-2) : `${name}x`);

function derive(model: ReturnType<typeof readModel>): Case[] {
  const base = model.example.input as Record<string, unknown>;
  const cases: Case[] = [];
  const properties = model.input.properties ?? {};
  for (const name of model.input.required ?? []) {
    const { [name]: _dropped, ...rest } = base;
    cases.push({ name: `${name} is required`, input: rest, want: { path: ["input", name], rule: "required" } });
  }
  for (const [name, raw] of Object.entries(properties)) {
    const schema = model.deref(raw);
    // A field with alternatives (anyOf: a number or a numeric string, say) has no single wrong type.
    if (typeof schema.type !== "string") continue;
    const path = ["input", name];
    cases.push({ name: `${name} has the wrong type`, input: { ...base, [name]: wrongType(schema) }, want: { path, rule: "type" } });
    if (schema.enum && schema.type !== "boolean") {
      const value = schema.type === "string" ? "not-an-option" : 987654;
      cases.push({
        name: `${name} outside its enum`,
        input: { ...base, [name]: value },
        want: { path, rule: "enum", allowed: schema.enum },
      });
    }
    if (typeof schema.maxLength === "number") {
      cases.push({
        name: `${name} longer than ${schema.maxLength}`,
        input: { ...base, [name]: "é".repeat(schema.maxLength + 1) },
        want: { path, rule: "maxLength", limit: schema.maxLength },
      });
    }
    if (typeof schema.minLength === "number" && schema.minLength > 0) {
      cases.push({ name: `${name} shorter than ${schema.minLength}`, input: { ...base, [name]: "" }, want: { path, rule: "minLength" } });
    }
    if (typeof schema.minimum === "number") {
      const below = schema.type === "integer" ? schema.minimum - 1 : schema.minimum - 0.01;
      cases.push({
        name: `${name} below ${schema.minimum}`,
        input: { ...base, [name]: below },
        want: { path, rule: "minimum", limit: schema.minimum },
      });
    }
    if (typeof schema.maximum === "number") {
      cases.push({
        name: `${name} above ${schema.maximum}`,
        input: { ...base, [name]: schema.maximum + 1 },
        want: { path, rule: "maximum", limit: schema.maximum },
      });
    }
  }
  const rule = model.input.not as Schema | undefined;
  if (rule?.properties) {
    const clash = Object.fromEntries(Object.entries(rule.properties).map(([name, schema]) => [name, (schema.enum as unknown[])[0]]));
    // A rule may also say "…without that field" (a nested `not: { required }`): leave those fields out.
    const without = ((rule.not as Schema | undefined)?.required as string[] | undefined) ?? [];
    const broken = Object.fromEntries(Object.entries({ ...base, ...clash }).filter(([name]) => !without.includes(name)));
    cases.push({
      name: `cross-field rule: ${String(rule["x-kie-message"])}`,
      input: broken,
      want: { path: ["input"], rule: "not", message: `input: ${String(rule["x-kie-message"])}` },
    });
  }
  const first = Object.keys(properties)[0];
  // A union input (one shape per use) has no fields of its own: only the request-level cases apply.
  if (first === undefined) return cases.concat(requestCases(model, base));
  cases.push({
    name: `a typo of ${first} is refused with a suggestion (suggest: nearest)`,
    input: { ...base, [typo(first)]: base[first] ?? "x" },
    options: { suggest: nearest },
    want: {
      path: ["input", typo(first)],
      rule: "additionalProperties",
      suggestion: first,
      message: `input.${typo(first)} is not a known field; did you mean "${first}"?`,
    },
  });
  cases.push({
    name: `a typo of ${first} without a suggester lists the known fields`,
    input: { ...base, [typo(first)]: base[first] ?? "x" },
    want: {
      path: ["input", typo(first)],
      rule: "additionalProperties",
      suggestion: undefined,
      message: `input.${typo(first)} is not a known field (known fields: ${Object.keys(properties).join(", ")})`,
    },
  });
  return cases.concat(requestCases(model, base));
}

function requestCases(model: ReturnType<typeof readModel>, base: Record<string, unknown>): Case[] {
  return [
    { name: "a wrong model id", input: base, body: { model: "nope/none" }, want: { path: ["model"], rule: "enum", allowed: [model.id] } },
    {
      name: "a callBackUrl that is not a URI",
      input: base,
      body: { callBackUrl: "not a url" },
      want: { path: ["callBackUrl"], rule: "format" },
    },
  ];
}

const models = listSpecs(marketDir).map(readModel);
const load = async (id: string): Promise<KieValidator<unknown>> =>
  (await import(pathToFileURL(resolve(import.meta.dirname, `../src/generated/market/${id}.gen.ts`)).href)).validator;

describe.each(models.map((model) => [model.id, model] as const))("%s", (id, model) => {
  test("the spec's request example passes", async () => {
    expect((await load(id)).validate(model.example)).toEqual({ ok: true, value: model.example });
  });

  test.each(derive(model).map((item) => [item.name, item] as const))("%s fails at the right path", async (_name, item) => {
    const validator = await load(id);
    const result = validator.validate({ ...model.example, ...item.body, input: item.input }, item.options);
    expect(result.ok).toBe(false);
    expect(result.issues).toContainEqual(expect.objectContaining(item.want));
    for (const issue of result.issues ?? []) expect(issue.message).toContain(issue.at);
  });

  // Break the type of every field at once (each case breaks one): all of them must be reported.
  const typeCases = derive(model).filter((item) => !item.body && item.want.rule === "type");
  test.skipIf(typeCases.length < 2)("every violation is listed, not just the first", async () => {
    const input = { ...(model.example.input as Record<string, unknown>) };
    for (const item of typeCases) {
      const field = (item.want.path as string[])[1];
      input[field] = item.input[field];
    }
    const result = (await load(id)).validate({ ...model.example, input });
    const reported = (result.issues ?? []).map((issue) => issue.at);
    for (const item of typeCases) expect(reported).toContain((item.want.path as string[]).join("."));
  });

  test("unknown fields pass when explicitly allowed", async () => {
    const input = { ...(model.example.input as object), some_future_field: true };
    expect((await load(id)).validate({ ...model.example, input }, { unknownFields: "allow" }).ok).toBe(true);
  });

  test("implements Standard Schema v1", async () => {
    const standard = (await load(id))["~standard"];
    expect(standard).toMatchObject({ version: 1, vendor: "kie-market" });
    expect(await standard.validate(model.example)).toEqual({ value: model.example });
    const failed = await standard.validate({ ...model.example, input: 42 });
    expect("issues" in failed && failed.issues?.[0].path).toBeTruthy();
  });
});
