import { isObject, type Json, type JsonObject } from "../openapi.js";

/** A value that satisfies `schema`, for an example: its default, its own example, its first enum value, or a placeholder. */
export function synthesizeValue(schema: Json, name: string): Json {
  if (!isObject(schema)) return null;
  if (schema.default !== undefined && schema.default !== null) return schema.default;
  if (schema.example !== undefined && schema.example !== null) return schema.example;
  if (Array.isArray(schema.enum) && schema.enum.length) return schema.enum[0];
  const branches = (Array.isArray(schema.anyOf) ? schema.anyOf : Array.isArray(schema.oneOf) ? schema.oneOf : undefined) as
    | Json[]
    | undefined;
  if (branches?.length) return synthesizeValue(branches[0], name);
  switch (schema.type) {
    case "boolean":
      return false;
    case "integer":
    case "number":
      return typeof schema.minimum === "number" ? schema.minimum : 1;
    case "array": {
      const count = typeof schema.minItems === "number" ? Math.max(1, schema.minItems) : 1;
      return Array.from({ length: count }, () => synthesizeValue(schema.items ?? { type: "string" }, name.replace(/s$/, "")));
    }
    case "object":
      return synthesizeInput(schema);
    default: {
      if (/url/i.test(name) || schema.format === "uri") return `https://example.com/${name.replace(/_?urls?$/, "") || "file"}.png`;
      const text = name === "prompt" ? "A lighthouse on a cliff at dusk, waves below" : `example ${name}`;
      const min = typeof schema.minLength === "number" ? schema.minLength : 0;
      return text.padEnd(min, ".");
    }
  }
}

/** An input with every required field filled in (for a union input, those of its first branch too). */
export function synthesizeInput(schema: JsonObject): JsonObject {
  const branches = Array.isArray(schema.anyOf) ? schema.anyOf : Array.isArray(schema.oneOf) ? schema.oneOf : undefined;
  const branch = branches && isObject(branches[0]) ? branches[0] : {};
  const properties = {
    ...(isObject(schema.properties) ? schema.properties : {}),
    ...(isObject(branch.properties) ? branch.properties : {}),
  };
  const required = [
    ...(Array.isArray(schema.required) ? (schema.required as string[]) : []),
    ...(Array.isArray(branch.required) ? (branch.required as string[]) : []),
  ];
  const input: JsonObject = {};
  for (const name of new Set(required)) if (properties[name] !== undefined) input[name] = synthesizeValue(properties[name], name);
  return input;
}
