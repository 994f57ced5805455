/** The small slice of OpenAPI 3.0 that codegen reads; everything else passes through untouched. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export interface OpenApiDocument extends JsonObject {
  openapi: string;
  info: JsonObject;
  paths: JsonObject;
}

export const isObject = (value: unknown): value is JsonObject => typeof value === "object" && value !== null && !Array.isArray(value);

/** Follows a local JSON pointer (`#/a/b`) inside `document`. */
export function resolvePointer(document: Json, pointer: string): Json {
  if (!pointer.startsWith("#")) throw new Error(`only local pointers are supported: ${pointer}`);
  const parts = pointer.slice(1).split("/").filter(Boolean).map(decodePointerPart);
  let node: Json = document;
  for (const part of parts) {
    if (!isObject(node) && !Array.isArray(node)) throw new Error(`pointer ${pointer} does not resolve`);
    node = (node as Record<string, Json>)[part] as Json;
    if (node === undefined) throw new Error(`pointer ${pointer} does not resolve`);
  }
  return node;
}

const decodePointerPart = (part: string) => part.replaceAll("~1", "/").replaceAll("~0", "~");

/** Deep copy that maps every string `$ref` through `rewrite`. */
export function mapRefs(node: Json, rewrite: (ref: string) => string): Json {
  if (Array.isArray(node)) return node.map((item) => mapRefs(item, rewrite));
  if (!isObject(node)) return node;
  const copy: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    copy[key] = key === "$ref" && typeof value === "string" ? rewrite(value) : mapRefs(value, rewrite);
  }
  return copy;
}

export const stableJson = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
