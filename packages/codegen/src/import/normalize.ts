import { isObject, type Json, type JsonObject } from "../openapi.js";

/** One change the importer made to upstream's schema, and why. Recorded in the spec and printed. */
export interface Correction {
  what: string;
  why: string;
  source: string;
}

/** Something the importer cannot decide by itself; an overlay must. */
export class ImportRefusal extends Error {
  constructor(
    readonly origin: string,
    readonly model: string,
    readonly field: string,
    reason: string,
  ) {
    super(`${origin}: ${model}: ${field}: ${reason}`);
  }
}

const UPSTREAM_EXTENSION = /^x-/;

/**
 * A schema as OpenAPI 3.0.3 wants it, from what upstream's docs really contain: JSON Schema 2020 words
 * (`examples` arrays, `const`), apidog extensions, property names with stray whitespace, and fields that
 * exist only through `x-apidog-refs`. `path` names the node in messages (`input.image_urls`).
 */
export function normalizeSchema(
  node: Json,
  context: { document: JsonObject; path: string; corrections: Correction[]; refuse: (field: string, reason: string) => never },
): Json {
  if (Array.isArray(node)) return node.map((item) => normalizeSchema(item, context));
  if (!isObject(node)) return node;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    if (UPSTREAM_EXTENSION.test(key)) continue;
    if (key === "examples") {
      if (Array.isArray(value) && value.length && out.example === undefined) out.example = value[0];
      continue;
    }
    if (key === "const") {
      out.enum = [value];
      continue;
    }
    if (key === "properties" && isObject(value)) {
      const properties: JsonObject = {};
      for (const [rawName, schema] of Object.entries(value)) {
        const name = rawName.trim();
        if (name !== rawName)
          context.corrections.push({
            what: `${context.path}.${JSON.stringify(rawName)} renamed to ${name}`,
            why: "property name with stray whitespace (an upstream doc bug; the API takes the trimmed name)",
            source: "importer",
          });
        properties[name] = normalizeSchema(schema, { ...context, path: `${context.path}.${name}` });
      }
      out.properties = properties;
      continue;
    }
    if (key === "required" && Array.isArray(value)) {
      out.required = [...new Set(value.map((name) => (typeof name === "string" ? name.trim() : name)))];
      continue;
    }
    if (key === "$ref" && typeof value === "string") {
      out.$ref = value;
      continue;
    }
    out[key] = normalizeSchema(value, { ...context, path: key === "items" ? `${context.path}[]` : context.path });
  }
  mergeApidogRefs(node, out, context);
  if (out.$ref !== undefined) return inlineRef(out, context);
  return out;
}

/** apidog renders `x-apidog-refs` entries into `properties`; a plain OpenAPI tool would not see those fields. */
function mergeApidogRefs(source: JsonObject, out: JsonObject, context: Parameters<typeof normalizeSchema>[1]) {
  const refs = source["x-apidog-refs"];
  if (!isObject(refs)) return;
  const properties = (isObject(out.properties) ? out.properties : {}) as JsonObject;
  for (const entry of Object.values(refs)) {
    const ref = isObject(entry) ? entry.$ref : undefined;
    if (typeof ref !== "string" || !ref.startsWith("#/components/schemas/")) continue;
    const name = ref.slice("#/components/schemas/".length);
    const target = (context.document.components as JsonObject | undefined)?.schemas;
    const component = isObject(target) ? target[name] : undefined;
    if (!isObject(component)) context.refuse(name, `x-apidog-refs names ${ref}, which the document does not define`);
    const merged = isObject(component.properties) ? component.properties : { [name]: component };
    for (const [field, schema] of Object.entries(merged)) {
      if (properties[field] !== undefined) continue;
      properties[field] = normalizeSchema(schema, { ...context, path: `${context.path}.${field}` });
      context.corrections.push({
        what: `${context.path}.${field} added from ${ref}`,
        why: "the field exists on the page only through x-apidog-refs, which apidog merges into the input when rendering",
        source: "importer",
      });
    }
  }
  out.properties = properties;
}

function inlineRef(node: JsonObject, context: Parameters<typeof normalizeSchema>[1]): Json {
  const ref = node.$ref as string;
  const name = ref.startsWith("#/components/schemas/") ? ref.slice("#/components/schemas/".length) : undefined;
  const schemas = (context.document.components as JsonObject | undefined)?.schemas;
  const target = name && isObject(schemas) ? schemas[name] : undefined;
  if (!isObject(target)) context.refuse(context.path, `$ref ${ref} does not resolve inside the page's document`);
  const { $ref: _ref, ...rest } = node;
  return { ...(normalizeSchema(target, context) as JsonObject), ...rest };
}

const TYPE_OF = (value: Json): string =>
  value === null ? "null" : Array.isArray(value) ? "array" : typeof value === "number" ? "number" : typeof value;

/**
 * Schemas no input can satisfy, and types that contradict the field's own name: the importer cannot
 * choose between them, so an overlay must. Returns the offending path, or undefined.
 */
export function findContradiction(node: Json, path: string): { path: string; reason: string } | undefined {
  if (!isObject(node)) return undefined;
  const { type } = node;
  if (typeof type === "string" && Array.isArray(node.allOf)) {
    for (const branch of node.allOf) {
      if (isObject(branch) && typeof branch.type === "string" && branch.type !== type && !(type === "number" && branch.type === "integer"))
        return { path, reason: `type ${type} with an allOf branch of type ${branch.type}: no value can satisfy both` };
    }
  }
  const name = path.split(".").at(-1) ?? "";
  const urlList = type === "array" && isObject(node.items) && node.items.type === "string";
  if (/_url$/.test(name) && type !== undefined && type !== "string" && !urlList)
    return { path, reason: `a URL field typed ${JSON.stringify(type)} (its name and description say a URL string)` };
  if (node.example !== undefined && typeof type === "string" && node.enum === undefined) {
    const actual = TYPE_OF(node.example);
    const fits = actual === type || (type === "integer" && actual === "number" && Number.isInteger(node.example)) || type === "object";
    if (!fits && actual !== "null")
      return { path, reason: `typed ${type} but its own example is ${JSON.stringify(node.example)} (${actual})` };
  }
  for (const [key, value] of Object.entries(node)) {
    if (key === "properties" && isObject(value)) {
      for (const [field, schema] of Object.entries(value)) {
        const found = findContradiction(schema, `${path}.${field}`);
        if (found) return found;
      }
    } else if (key === "items") {
      const found = findContradiction(value, `${path}[]`);
      if (found) return found;
    } else if ((key === "anyOf" || key === "oneOf" || key === "allOf") && Array.isArray(value)) {
      for (const branch of value) {
        const found = findContradiction(branch, path);
        if (found) return found;
      }
    }
  }
  return undefined;
}
