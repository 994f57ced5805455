import openapiTS, { astToString } from "openapi-typescript";
import { requestExample, type SpecCatalog } from "./catalog.js";
import { SCHEMAS_GENERATED } from "./emit-validators.js";
import { type FieldInfo, inputFields } from "./fields.js";
import { generatedHeader } from "./header.js";
import { type JsonObject, type OpenApiDocument, resolvePointer } from "./openapi.js";
import type { Output } from "./output.js";
import { modelRoles, ROLE_FIELDS } from "./roles.js";
import { commentText, literal, propertyKey } from "./safety/code-text.js";

export const CLIENT_GENERATED = "packages/client/src/generated";
const BUNDLE_SOURCE = "specs/dist/kie-market.openapi.json";

export async function emitTypes(catalog: SpecCatalog, bundle: OpenApiDocument, output: Output) {
  // biome-ignore lint/suspicious/noExplicitAny: openapi-typescript types its input loosely
  const ast = await openapiTS(bundle as any, { silent: true, alphabetize: true, defaultNonNullable: false });
  const types = astToString(ast);
  // The types are generated once, in @kie-market/schemas (which the client depends on); the client re-exports them.
  output.write(`${SCHEMAS_GENERATED}/types.gen.ts`, `${generatedHeader([BUNDLE_SOURCE])}\n${types}`);
  const names = [...types.matchAll(/^export (?:interface|type) (\$?\w+)/gm)].map((match) => match[1]);
  output.write(
    `${CLIENT_GENERATED}/api.gen.ts`,
    `${generatedHeader([BUNDLE_SOURCE])}\nexport type { ${names.join(", ")} } from "@kie-market/schemas/types";\n`,
  );
  output.write(`${CLIENT_GENERATED}/models.gen.ts`, modelRegistry(catalog));
  writeModelLoaders(catalog, output);
  output.write(`${CLIENT_GENERATED}/models.gen.test-d.ts`, modelTypeTests(catalog));
}

const key = literal;

/**
 * What a model's successful task holds. Upstream publishes no response schemas, so the kind follows the
 * category: video, image and audio models return media (`resultUrls`); the rest (analysis: segment maps,
 * subject detection) a `resultObject`.
 */
export const outputKind = (category: string): "media" | "object" =>
  category === "video" || category === "image" || category === "audio" ? "media" : "object";
const indent = (text: string, by = "  ") =>
  text
    .split("\n")
    .map((line) => (line ? by + line : line))
    .join("\n");

function modelRegistry(catalog: SpecCatalog): string {
  const ids = catalog.models.map((model) => model.id);
  const inputs = catalog.models.map(
    (model) =>
      `${model.deprecated ? `/** @deprecated since ${commentText(model.deprecated.since)}: ${commentText(model.deprecated.why)}; removed in a later breaking release. */\n` : ""}${key(model.id)}: components["schemas"][${literal(model.inputSchema)}];`,
  );
  const fields = catalog.models.map((model) => {
    const { fields: list, rules } = inputFields(model);
    const compact = list.map(({ description: _description, ...field }) => field);
    const entry = {
      title: model.title,
      category: model.category,
      fields: compact,
      rules: rules.map((rule) => rule.message),
      roles: modelRoles(model),
    };
    return `${key(model.id)}: ${JSON.stringify(entry)},`;
  });
  return `${generatedHeader(catalog.models.map((model) => `specs/${model.file}`))}
import type { components } from "./api.gen.js";

/** Every model id of the catalogue, sorted. */
export const modelIds = ${JSON.stringify(ids)} as const;

/** A model id of the catalogue, e.g. \`${commentText(ids[0] ?? "")}\`. */
export type ModelId = (typeof modelIds)[number];

/** The \`input\` type of each model. */
export interface ModelInputs {
${indent(inputs.join("\n"))}
}

/**
 * What each model's successful task holds: \`"media"\` (result URLs: video, image, audio) or \`"object"\`
 * (a \`resultObject\`: analysis models). From the model's category; upstream publishes no response schemas.
 */
export interface ModelOutputKinds {
${indent(catalog.models.map((model) => `${key(model.id)}: "${outputKind(model.category)}";`).join("\n"))}
}

/** The createTask body for model \`M\`; for a union of ids, the union of their bodies. */
export type CreateTaskBody<M extends ModelId = ModelId> = {
  [K in M]: { model: K; input: ModelInputs[K]; callBackUrl?: string };
}[M];

/**
 * Field facts of every model (types, enums, defaults, limits), its cross-field rules, and the field that
 * plays each common role (prompt, image, duration, aspect ratio, resolution, seed...: codegen's roles.ts).
 */
export const modelFields = {
${indent(fields.join("\n"))}
} as const;

/**
 * The role table: for each common role, the field names that play it, in order of preference. A model's
 * roles (\`modelFields[id].roles\`) come from it, unless the model's overlay decides otherwise; for an id
 * outside the catalogue, the first name of each is the best guess.
 */
export const roleFields = ${JSON.stringify(ROLE_FIELDS)} as const;
`;
}

/** The registry part a model belongs to: the first segment of its id (`kling/v2-1-pro` → `kling`). */
export const familyOf = (id: string) => id.split("/")[0];

/**
 * What the client needs of each model at run time, loaded on first use in two small steps: an index of
 * families (one line per id prefix), then the one family file that holds the model (its validator loader,
 * the defaults upstream now requires, whether its result is an object, a deprecation note). A first create
 * then loads a few hundred bytes of registry, not one line per model of the catalogue; the full id list
 * loads only for an unknown id's did-you-mean.
 */
function writeModelLoaders(catalog: SpecCatalog, output: Output) {
  const families = new Map<string, SpecCatalog["models"]>();
  for (const model of catalog.models) {
    const family = familyOf(model.id);
    if (!families.has(family)) families.set(family, []);
    families.get(family)?.push(model);
  }
  const sources = (models: SpecCatalog["models"]) => generatedHeader(models.map((model) => `specs/${model.file}`));
  for (const [family, models] of families) {
    const entries = models.map((model) => {
      const defaults = Object.fromEntries(
        inputFields(model)
          .fields.filter((f) => f.sendDefault && f.default !== undefined)
          .map((f) => [f.name, f.default]),
      );
      const parts = [`load: () => import(${literal(`@kie-market/schemas/market/${model.id}`)}).then((module) => module.validator),`];
      if (Object.keys(defaults).length) parts.push(`defaults: ${JSON.stringify(defaults)},`);
      if (outputKind(model.category) === "object") parts.push("objectOutput: true,");
      if (model.deprecated) parts.push(`deprecated: ${literal(`since ${model.deprecated.since}: ${model.deprecated.why}`)},`);
      return `${key(model.id)}: {\n${indent(parts.join("\n"))}\n},`;
    });
    output.write(
      `${CLIENT_GENERATED}/registry/${family}.gen.ts`,
      `${sources(models)}
import type { RegistryEntry } from "../../registry-entry.js";

/** The ${commentText(family)} models: what the client needs of each at run time. */
export const models: Readonly<Record<string, RegistryEntry>> = {
${indent(entries.join("\n"))}
};
`,
    );
  }
  output.prune(`${CLIENT_GENERATED}/registry`, ".gen.ts");
  output.write(
    `${CLIENT_GENERATED}/registry.gen.ts`,
    `${sources(catalog.models)}
import type { RegistryEntry } from "../registry-entry.js";

/** Each family of models (the first segment of its ids), loaded when one of its models is first used. */
export const families: Readonly<Record<string, () => Promise<Readonly<Record<string, RegistryEntry>>>>> = {
${indent([...families.keys()].map((family) => `${key(family)}: () => import(${literal(`./registry/${family}.gen.js`)}).then((module) => module.models),`).join("\n"))}
};
`,
  );
  // Not models.gen.ts's modelIds: that module is re-exported by the package entry, and importing it here
  // would move it into the app's initial chunk.
  output.write(
    `${CLIENT_GENERATED}/model-ids.gen.ts`,
    `${sources(catalog.models)}
import type { ModelId } from "./models.gen.js";

/** Every model id, in catalogue order: loaded only to suggest the nearest ids for an unknown one. */
export const modelIds: readonly ModelId[] = ${JSON.stringify(catalog.models.map((model) => model.id))};
`,
  );
}

function wrongTypeValue(field: FieldInfo): string {
  if (field.type === "string") return "42";
  if (field.type === "boolean") return '"yes"';
  return '"42"';
}

/** The first field of another model (in catalogue order) that `names` lacks: stops at the first one found. */
function foreignField(catalog: SpecCatalog, id: string, names: Set<string>): { name: string; from: string } {
  for (const other of catalog.models) {
    if (other.id === id) continue;
    const field = inputFields(other).fields.find((candidate) => !names.has(candidate.name));
    if (field) return { name: field.name, from: other.id };
  }
  return { name: "not_a_field", from: "no model" };
}

function modelTypeTests(catalog: SpecCatalog): string {
  const blocks = catalog.models.map((model) => {
    const { fields } = inputFields(model);
    const names = new Set(fields.map((field) => field.name));
    const foreign = foreignField(catalog, model.id, names);
    const example = requestExample(model);
    const input = JSON.stringify(example.input);
    const enumField = fields.find((field) => field.enum);
    const typed = fields[0];
    const type = `CreateTaskBody<${key(model.id)}>`;
    const requiredOnly = JSON.stringify(
      Object.fromEntries(fields.filter((field) => field.required).map((field) => [field.name, (example.input as JsonObject)[field.name]])),
    );
    const input0 = resolvePointer(model.document, `#/components/schemas/${model.inputSchema}`) as JsonObject;
    const union = Array.isArray(input0.anyOf) || Array.isArray(input0.oneOf);
    const tests = [
      `test("only the required fields compile; everything else is optional", () => {
  const body: ${type} = { model: ${key(model.id)}, input: ${requiredOnly} };
  expectTypeOf(body.input).toEqualTypeOf<ModelInputs[${key(model.id)}]>();
});`,
      `test("its request example compiles and the id narrows the input", () => {
  const body: ${type} = ${JSON.stringify(example)};
  expectTypeOf(body.input).toEqualTypeOf<ModelInputs[${key(model.id)}]>();
  expectTypeOf<CreateTaskBody>().extract<{ model: ${key(model.id)} }>().toEqualTypeOf<${type}>();
});`,
      `test(${literal(`a field of another model (${foreign.name}, from ${foreign.from}) is a compile error`)}, () => {
  const body: ${type} = {
    model: ${key(model.id)},
    input: {
      ...${input},
      // @ts-expect-error ${commentText(`${foreign.name} is not a field of ${model.id}`)}
      ${propertyKey(foreign.name)}: "x",
    },
  };
  expectTypeOf(body.model).toEqualTypeOf<${key(model.id)}>();
});`,
      `test(${literal(`a wrong type for ${typed.name} is a compile error`)}, () => {
  const body: ${type} = {
    model: ${key(model.id)},
    input: {
      ...${input},
      // @ts-expect-error ${commentText(`${typed.name} must be ${typed.type}`)}
      ${propertyKey(typed.name)}: ${wrongTypeValue(typed)},
    },
  };
  expectTypeOf(body.model).toEqualTypeOf<${key(model.id)}>();
});`,
    ];
    // A union input: which fields a body may hold depends on the shape chosen; the example and the
    // foreign-field tests hold for every shape, the per-field ones do not.
    if (union) tests.splice(0, tests.length, tests[1], tests[2]);
    if (enumField && !union) {
      tests.push(`test(${literal(`a value outside the ${enumField.name} enum is a compile error`)}, () => {
  const body: ${type} = {
    model: ${key(model.id)},
    input: {
      ...${input},
      // @ts-expect-error ${commentText(`${enumField.name} must be one of ${enumField.enum?.map((value) => JSON.stringify(value)).join(", ")}`)}
      ${propertyKey(enumField.name)}: "not-an-option",
    },
  };
  expectTypeOf(body.model).toEqualTypeOf<${key(model.id)}>();
});`);
    }
    return `describe(${key(model.id)}, () => {\n${indent(tests.join("\n\n"))}\n});`;
  });
  return `${generatedHeader(catalog.models.map((model) => `specs/${model.file}`))}
import { describe, expectTypeOf, test } from "vitest";
import type { CreateTaskBody, ModelInputs } from "./models.gen.js";

${blocks.join("\n\n")}
`;
}
