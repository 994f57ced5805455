import type { ModelSpec } from "./catalog.js";
import { isObject, type Json, type JsonObject, resolvePointer } from "./openapi.js";

/** A model input field as the registry and the docs describe it. */
export interface FieldInfo {
  name: string;
  type: string;
  required: boolean;
  description?: string;
  enum?: Json[];
  default?: Json;
  /** Upstream has started to require this field: clients send the default when it is absent. */
  sendDefault?: boolean;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  /** For a list: the type of its items. */
  items?: string;
}

export interface ModelRule {
  message: string;
  description?: string;
}

/** The alternatives of a union input (`anyOf`/`oneOf` of objects). */
function unionBranches(input: JsonObject): JsonObject[] {
  const list = Array.isArray(input.oneOf) ? input.oneOf : Array.isArray(input.anyOf) ? input.anyOf : [];
  return list.filter((branch): branch is JsonObject => isObject(branch) && isObject(branch.properties));
}

// The registry, the docs and the type tests all read every model's fields: work them out once per spec.
const known = new WeakMap<ModelSpec, { fields: FieldInfo[]; rules: ModelRule[] }>();

/** A model's input fields and cross-field rules, as the registry and the docs describe them. */
export function inputFields(model: ModelSpec): { fields: FieldInfo[]; rules: ModelRule[] } {
  let result = known.get(model);
  if (!result) {
    result = readInputFields(model);
    known.set(model, result);
  }
  return result;
}

function readInputFields(model: ModelSpec): { fields: FieldInfo[]; rules: ModelRule[] } {
  const input = resolvePointer(model.document, `#/components/schemas/${model.inputSchema}`) as JsonObject;
  const required = new Set(Array.isArray(input.required) ? input.required.map(String) : []);
  let properties = isObject(input.properties) ? input.properties : {};
  const branches = unionBranches(input);
  if (!isObject(input.properties) && branches.length) {
    // A union input (one shape per use): every field any shape has; required when every shape requires it.
    properties = Object.assign({}, ...branches.map((branch) => (isObject(branch.properties) ? branch.properties : {})));
    for (const name of Object.keys(properties))
      if (branches.every((branch) => Array.isArray(branch.required) && branch.required.includes(name))) required.add(name);
  }
  const fields = Object.entries(properties).map(([name, raw]) => {
    const schema = (isObject(raw) && typeof raw.$ref === "string" ? resolvePointer(model.document, raw.$ref) : raw) as JsonObject;
    const field: FieldInfo = { name, type: String(schema.type ?? "any"), required: required.has(name) };
    if (typeof schema.description === "string") field.description = schema.description;
    if (Array.isArray(schema.enum)) field.enum = schema.enum;
    if (schema.default !== undefined) field.default = schema.default;
    if (schema["x-kie-send-default"] === true) field.sendDefault = true;
    for (const key of ["minimum", "maximum", "minLength", "maxLength"] as const) {
      if (typeof schema[key] === "number") field[key] = schema[key] as number;
    }
    if (field.type === "array" && isObject(schema.items)) {
      const items = (
        typeof schema.items.$ref === "string" ? resolvePointer(model.document, schema.items.$ref) : schema.items
      ) as JsonObject;
      field.items = String(items.type ?? "any");
    }
    return field;
  });
  const rules: ModelRule[] = [];
  for (const key of ["not", "anyOf", "oneOf", "allOf"]) {
    const list = key === "not" ? [input.not] : Array.isArray(input[key]) ? (input[key] as Json[]) : [];
    for (const rule of list) {
      if (isObject(rule) && typeof rule["x-kie-message"] === "string") {
        rules.push({ message: rule["x-kie-message"], description: typeof rule.description === "string" ? rule.description : undefined });
      }
    }
  }
  return { fields, rules };
}
