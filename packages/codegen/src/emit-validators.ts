import { createRequire } from "node:module";
import { Ajv } from "ajv";
import type { SpecCatalog } from "./catalog.js";
import { generatedHeader } from "./header.js";
import { toJsonSchema, type ValidatorMeta } from "./json-schema.js";
import { isObject, type OpenApiDocument } from "./openapi.js";
import { importPath, type Output } from "./output.js";

// Ajv's plugins are CommonJS default exports; require() keeps their types intact under NodeNext.
const require = createRequire(import.meta.url);
const addFormats: typeof import("ajv-formats").default = require("ajv-formats");
const standaloneCode: typeof import("ajv/dist/standalone/index.js").default = require("ajv/dist/standalone/index.js");

export const SCHEMAS_GENERATED = "packages/schemas/src/generated";
const SCHEMAS_SRC = "packages/schemas/src";

function newAjv() {
  const ajv = new Ajv({
    allErrors: true,
    strict: true,
    messages: false, // the runtime writes its own messages, naming path, rule and allowed values
    code: { source: true, esm: true, lines: false, optimize: true },
  });
  addFormats(ajv);
  return ajv;
}

// Ajv's standalone output still `require`s helpers (ajv#1976); point them at our own tiny runtime instead.
const RUNTIME_REQUIRES: [RegExp, (name: string, what: string) => string][] = [
  [/const (\w+) = require\("ajv\/dist\/runtime\/ucs2length"\)\.default;/g, (name) => `ucs2length as ${name}`],
  [/const (\w+) = require\("ajv-formats\/dist\/formats"\)\.fullFormats\.(\w+);/g, (name, what) => `${what}Format as ${name}`],
];

function toEsmModule(code: string, fileName: string): string {
  const imports: string[] = [];
  let body = code.replace(/^"use strict";/, "");
  for (const [pattern, rename] of RUNTIME_REQUIRES) {
    body = body.replace(pattern, (_match, name: string, what: string) => {
      imports.push(rename(name, what));
      return "";
    });
  }
  if (body.includes("require(")) throw new Error(`unexpected require() left in generated validator ${fileName}`);
  body = skipCodePointCounts(body);
  const runtime = importPath(fileName, `${SCHEMAS_SRC}/ajv-runtime.js`);
  const importLine = imports.length ? `import { ${imports.join(", ")} } from "${runtime}";\n` : "";
  return `${importLine}${body.trim()}\n`;
}

/**
 * Counting code points walks the whole string; the UTF-16 length bounds it (code points ≤ units ≤ 2 ×
 * code points), so the walk is only needed when the length alone cannot decide.
 */
export function skipCodePointCounts(code: string): string {
  return code
    .replace(
      /(func\d+)\((\w+)\) > (\d+)/g,
      (_match, count, data, limit) => `(${data}.length > ${limit} && (${data}.length > 2 * ${limit} || ${count}(${data}) > ${limit}))`,
    )
    .replace(
      /(func\d+)\((\w+)\) < (\d+)/g,
      (_match, count, data, limit) => `(${data}.length < ${limit} || (${data}.length < 2 * ${limit} && ${count}(${data}) < ${limit}))`,
    );
}

function compileModule(schemas: Record<string, object>, fileName: string): string {
  const ajv = newAjv();
  const exports: Record<string, string> = {};
  for (const [name, schema] of Object.entries(schemas)) {
    ajv.addSchema(schema, name);
    exports[name] = name;
  }
  return toEsmModule(standaloneCode(ajv, exports), fileName);
}

const rawHeader = (sources: string[]) =>
  `${generatedHeader(sources)}// Ajv standalone output (no schema compilation at run time); not type-checked.\n// @ts-nocheck\n`;

/** One module per model (`@kie-market/schemas/market/<id>`) plus the responses module. */
export function emitValidators(catalog: SpecCatalog, bundle: OpenApiDocument, output: Output) {
  for (const model of catalog.models) {
    const base = `${SCHEMAS_GENERATED}/market/${model.id}`;
    const name = model.id.split("/").pop();
    const { schema, meta } = toJsonSchema(bundle, { $ref: `#/components/schemas/${model.requestSchema}` });
    const raw = `${base}.ajv.gen.ts`;
    output.write(raw, rawHeader([`specs/${model.file}`]) + compileModule({ validate: schema }, raw));
    output.write(
      `${base}.gen.ts`,
      modelWrapper(model.id, model.requestSchema, model.inputSchema, name ?? model.id, meta, `${base}.gen.ts`, `specs/${model.file}`),
    );
  }
  emitResponses(catalog, bundle, output);
}

function modelWrapper(id: string, request: string, input: string, name: string, meta: ValidatorMeta, file: string, source: string) {
  const types = importPath(file, `${SCHEMAS_GENERATED}/types.gen.js`);
  const runtime = importPath(file, `${SCHEMAS_SRC}/validator.js`);
  return `${generatedHeader([source])}
import { createValidator, type KieValidator } from "${runtime}";
import type { components } from "${types}";
import { validate } from "./${name}.ajv.gen.js";

/** The createTask body of \`${id}\`. */
export type Request = components["schemas"]["${request}"];
/** The \`input\` object of \`${id}\`. */
export type Input = components["schemas"]["${input}"];

/** Model id this module validates. */
export const modelId = "${id}";

/**
 * Validates a createTask body for \`${id}\` (Standard Schema v1). Unknown fields are refused
 * unless \`{ unknownFields: "allow" }\` is passed to \`validate\`.
 * Spec: \`@kie-market/specs/source/market/${id}.json\`.
 */
export const validator: KieValidator<Request> = createValidator<Request>(modelId, validate, ${JSON.stringify(meta)});
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
  const compiled: Record<string, object> = {};
  const metas: Record<string, ValidatorMeta> = {};
  for (const name of sorted) {
    const { schema, meta } = toJsonSchema(bundle, { $ref: `#/components/schemas/${name}` });
    compiled[`validate${name}`] = schema;
    metas[name] = meta;
  }
  const sources = catalog.common.map((spec) => `specs/${spec.file}`);
  const raw = `${SCHEMAS_GENERATED}/responses.ajv.gen.ts`;
  output.write(raw, rawHeader(sources) + compileModule(compiled, raw));
  const file = `${SCHEMAS_GENERATED}/responses.gen.ts`;
  const lines = sorted.map(
    (name) =>
      `/** Validates \`components.schemas.${name}\`. */\nexport const ${lowerFirst(name)}: KieValidator<components["schemas"]["${name}"]> = createValidator("${name}", raw.validate${name}, ${JSON.stringify(metas[name])});`,
  );
  output.write(
    file,
    `${generatedHeader(sources)}
import { createValidator, type KieValidator } from "${importPath(file, `${SCHEMAS_SRC}/validator.js`)}";
import * as raw from "./responses.ajv.gen.js";
import type { components } from "./types.gen.js";

${lines.join("\n\n")}
`,
  );
}

const lowerFirst = (name: string) => name[0].toLowerCase() + name.slice(1);
