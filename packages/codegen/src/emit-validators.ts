import type { SpecCatalog } from "./catalog.js";
import { compileChecks, RUNTIME_NAMES, ruleBuilder } from "./compile-validator.js";
import { generatedHeader } from "./header.js";
import { toJsonSchema } from "./json-schema.js";
import { isObject, type Json, type OpenApiDocument } from "./openapi.js";
import { importPath, type Output } from "./output.js";
import { commentText, isIdentifier, literal } from "./safety/code-text.js";

export const SCHEMAS_GENERATED = "packages/schemas/src/generated";
const SCHEMAS_SRC = "packages/schemas/src";

/** The imports and declarations a module of compiled checks needs, and each check's code. */
function compileModule(schemas: Record<string, { schema: Json; messages: Record<string, string> }>, file: string) {
  const { declarations, checks, rules } = compileChecks(schemas, { typescript: true });
  const body = [...declarations, ...Object.values(checks)].join("\n");
  const used = Object.values(RUNTIME_NAMES).filter((short) => new RegExp(`\\b${short}\\(`).test(body));
  const runtime = importPath(file, `${SCHEMAS_SRC}/runtime.js`);
  // The issue builders of the rules this module can report.
  const builders = importPath(file, `${SCHEMAS_SRC}/issues.js`);
  const imports =
    (used.length ? `import { ${used.join(", ")} } from ${literal(runtime)};\n` : "") +
    (rules.length ? `import { ${rules.map(ruleBuilder).join(", ")} } from ${literal(builders)};\n` : "");
  return { imports, declarations, checks };
}

/** One module per model (`@kie-market/schemas/market/<id>`) plus the responses module. */
export function emitValidators(catalog: SpecCatalog, bundle: OpenApiDocument, output: Output) {
  for (const model of catalog.models) {
    const file = `${SCHEMAS_GENERATED}/market/${model.id}.gen.ts`;
    const { schema, meta } = toJsonSchema(bundle, { $ref: `#/components/schemas/${model.requestSchema}` });
    const compiled = compileModule({ check: { schema, messages: meta.messages } }, file);
    output.write(file, modelModule(model.id, model.requestSchema, model.inputSchema, compiled, file, `specs/${model.file}`));
  }
  emitResponses(catalog, bundle, output);
}

function modelModule(id: string, request: string, input: string, compiled: ReturnType<typeof compileModule>, file: string, source: string) {
  const types = importPath(file, `${SCHEMAS_GENERATED}/types.gen.js`);
  const runtime = importPath(file, `${SCHEMAS_SRC}/validator.js`);
  return `${generatedHeader([source])}
import { createValidator, type KieValidator } from ${literal(runtime)};
${compiled.imports}import type { components } from ${literal(types)};

/** The createTask body of \`${commentText(id)}\`. */
export type Request = components["schemas"][${literal(request)}];
/** The \`input\` object of \`${commentText(id)}\`. */
export type Input = components["schemas"][${literal(input)}];

/** Model id this module validates. */
export const modelId = ${literal(id)};

${compiled.declarations.join("\n")}

/**
 * Validates a createTask body for \`${commentText(id)}\` (Standard Schema v1). Unknown fields are refused
 * unless \`{ unknownFields: "allow" }\` is passed to \`validate\`.
 * Spec: \`@kie-market/specs/source/market/${commentText(id)}.json\`.
 */
export const validator: KieValidator<Request> = createValidator<Request>(modelId, ${compiled.checks.check});
export default validator;
`;
}

function emitResponses(catalog: SpecCatalog, bundle: OpenApiDocument, output: Output) {
  const names = new Set<string>();
  for (const spec of catalog.common) {
    const schemas =
      isObject(spec.document.components) && isObject(spec.document.components.schemas) ? spec.document.components.schemas : {};
    for (const [name, schema] of Object.entries(schemas)) if (isObject(schema) && schema.type === "object") names.add(name);
  }
  const sorted = [...names].sort();
  const schemas: Record<string, { schema: Json; messages: Record<string, string> }> = {};
  for (const name of sorted) {
    const { schema, meta } = toJsonSchema(bundle, { $ref: `#/components/schemas/${name}` });
    schemas[name] = { schema, messages: meta.messages };
  }
  const sources = catalog.common.map((spec) => `specs/${spec.file}`);
  const file = `${SCHEMAS_GENERATED}/responses.gen.ts`;
  const compiled = compileModule(schemas, file);
  const lines = sorted.map(
    (name) =>
      `/** Validates \`components.schemas.${commentText(name)}\`. */\nexport const ${identifier(lowerFirst(name))}: KieValidator<components["schemas"][${literal(name)}]> = createValidator(${literal(name)}, ${compiled.checks[name]});`,
  );
  output.write(
    file,
    `${generatedHeader(sources)}
import { createValidator, type KieValidator } from ${literal(importPath(file, `${SCHEMAS_SRC}/validator.js`))};
${compiled.imports}import type { components } from "./types.gen.js";

${compiled.declarations.join("\n")}

${lines.join("\n\n")}
`,
  );
}

const lowerFirst = (name: string) => name[0].toLowerCase() + name.slice(1);
/** A name that becomes an exported binding: refused unless it is a plain identifier. */
const identifier = (name: string) => {
  if (!isIdentifier(name)) throw new Error(`a common schema name must be an identifier: ${JSON.stringify(name)}`);
  return name;
};
