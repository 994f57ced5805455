import { isObject, type Json, type JsonObject, resolvePointer } from "./openapi.js";

/** What the validator compiler needs beyond the schema itself, keyed by schema path. */
export interface ValidatorMeta {
  /** Spec-authored messages for rules a schema can only call "must NOT be valid" (`x-kie-message`). */
  messages: Record<string, string>;
}

// OpenAPI annotations that change nothing about validity; dropping them keeps generated code small.
const ANNOTATIONS = new Set([
  "description",
  "example",
  "examples",
  "title",
  "default",
  "deprecated",
  "readOnly",
  "writeOnly",
  "externalDocs",
  "xml",
  "discriminator",
]);
const SUBSCHEMA_LISTS = ["allOf", "anyOf", "oneOf"];

/**
 * Turns an OpenAPI 3.0 schema (with local `$ref`s into `document`) into a plain, dereferenced
 * JSON Schema (which our compiler and Ajv in strict mode both accept), and records the metadata of {@link ValidatorMeta}.
 */
export function toJsonSchema(document: Json, schema: Json, meta: ValidatorMeta = { messages: {} }) {
  const convert = (node: Json, path: string, stack: string[]): JsonObject => {
    if (!isObject(node)) throw new Error(`schema at ${path} is not an object`);
    if (typeof node.$ref === "string") {
      if (stack.includes(node.$ref)) throw new Error(`circular $ref ${node.$ref} (refused: Prism cannot mock it)`);
      return convert(resolvePointer(document, node.$ref), path, [...stack, node.$ref]);
    }
    const out: JsonObject = {};
    for (const [key, value] of Object.entries(node)) {
      if (ANNOTATIONS.has(key) || key.startsWith("x-") || key === "nullable") continue;
      if (key === "format" && value === "binary") continue;
      if (key === "properties" && isObject(value)) {
        out.properties = Object.fromEntries(
          Object.entries(value).map(([name, child]) => [name, convert(child, `${path}/properties/${name}`, stack)]),
        );
      } else if ((key === "items" || key === "not" || key === "additionalProperties") && isObject(value)) {
        out[key] = convert(value, `${path}/${key}`, stack);
      } else if (SUBSCHEMA_LISTS.includes(key) && Array.isArray(value)) {
        out[key] = value.map((child, index) => convert(child, `${path}/${key}/${index}`, stack));
      } else {
        out[key] = value;
      }
    }
    if (node.nullable === true) {
      if (typeof out.type === "string") out.type = [out.type, "null"];
      if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    }
    if (typeof node["x-kie-message"] === "string") meta.messages[path] = node["x-kie-message"];
    return out;
  };
  return { schema: convert(schema, "#", []), meta };
}
