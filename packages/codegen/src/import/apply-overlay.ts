import { isObject, type JsonObject } from "../openapi.js";
import type { Correction } from "./normalize.js";
import type { Overlay } from "./overlay.js";

/** Top-level properties objects of an input: the input itself, or each branch of a union input. */
export function propertyHolders(input: JsonObject): JsonObject[] {
  const holders: JsonObject[] = [];
  if (isObject(input.properties)) holders.push(input);
  for (const key of ["anyOf", "oneOf"] as const) {
    const branches = input[key];
    if (Array.isArray(branches)) for (const branch of branches) if (isObject(branch) && isObject(branch.properties)) holders.push(branch);
  }
  return holders;
}

/**
 * Merges a model's overlay into its normalized input (in place): input-level and branch patches, field
 * patches, the newer required list (send-defaults), and cross-field rules. Records every change.
 */
export function applyOverlay(
  input: JsonObject,
  overlay: Overlay,
  corrections: Correction[],
  refuse: (field: string, reason: string) => never,
) {
  if (overlay.schema) {
    const patch = (target: JsonObject, keywords: JsonObject) => {
      for (const [keyword, value] of Object.entries(keywords)) {
        if (value === null) delete target[keyword];
        else target[keyword] = structuredClone(value);
      }
    };
    const { patch: own, branches, why, source } = overlay.schema;
    if (own) patch(input, own);
    if (branches)
      for (const key of ["anyOf", "oneOf"] as const) {
        const list = input[key];
        if (Array.isArray(list)) for (const branch of list) if (isObject(branch)) patch(branch, branches);
      }
    const what = [own && `input ${JSON.stringify(own)}`, branches && `each branch ${JSON.stringify(branches)}`].filter(Boolean).join("; ");
    corrections.push({ what: `schema patched: ${what}`, why, source: source ?? "overlay" });
  }
  const holders = propertyHolders(input);
  for (const [field, change] of Object.entries(overlay.fields ?? {})) {
    const owners = holders.filter((holder) => (holder.properties as JsonObject)[field] !== undefined || change.replace);
    if (!owners.length) refuse(field, `the overlay changes input.${field}, which the page does not have (use "replace" to add a field)`);
    for (const holder of owners) {
      const properties = holder.properties as JsonObject;
      if (change.remove) {
        delete properties[field];
        if (Array.isArray(holder.required)) holder.required = holder.required.filter((name) => name !== field);
      } else if (change.replace) properties[field] = structuredClone(change.replace);
      else if (change.patch) {
        // As in a schema patch, null removes a keyword (e.g. an enum the page's own text contradicts).
        const patched: JsonObject = { ...(properties[field] as JsonObject), ...structuredClone(change.patch) };
        for (const [keyword, value] of Object.entries(change.patch)) if (value === null) delete patched[keyword];
        properties[field] = patched;
      }
    }
    const what = change.remove
      ? "removed"
      : change.replace
        ? `set to ${JSON.stringify(change.replace)}`
        : `patched with ${JSON.stringify(change.patch)}`;
    corrections.push({ what: `input.${field} ${what}`, why: change.why, source: change.source ?? "overlay" });
  }
  if (overlay.required) {
    for (const holder of holders) {
      const properties = holder.properties as JsonObject;
      const required = new Set(Array.isArray(holder.required) ? (holder.required as string[]) : []);
      for (const field of overlay.required.fields) {
        const schema = properties[field];
        if (!isObject(schema) || required.has(field)) continue;
        if (schema.default !== undefined) {
          schema["x-kie-send-default"] = true;
          corrections.push({
            what: `input.${field} is sent with its default (${JSON.stringify(schema.default)}) when left out`,
            why: `${overlay.required.why}; a default exists, so it stays optional for the caller`,
            source: overlay.required.source ?? "overlay",
          });
        } else {
          required.add(field);
          corrections.push({ what: `input.${field} is required`, why: overlay.required.why, source: overlay.required.source ?? "overlay" });
        }
      }
      if (required.size) holder.required = [...required];
    }
  }
  const rules = overlay.rules ?? [];
  if (rules.length === 1) input.not = { description: rules[0].why, "x-kie-message": rules[0].message, ...structuredClone(rules[0].not) };
  else if (rules.length > 1)
    input.allOf = [
      ...(Array.isArray(input.allOf) ? input.allOf : []),
      ...rules.map((rule) => ({ not: { description: rule.why, "x-kie-message": rule.message, ...structuredClone(rule.not) } })),
    ];
}

/**
 * `additionalProperties: false` where it means "no field this model does not know": on the input when
 * it lists the fields (every field a union branch names is listed there too), else on each branch.
 */
export function closeInput(input: JsonObject) {
  const branches = [...(Array.isArray(input.anyOf) ? input.anyOf : []), ...(Array.isArray(input.oneOf) ? input.oneOf : [])].filter(
    isObject,
  );
  if (isObject(input.properties)) {
    const properties = input.properties;
    for (const branch of branches)
      if (isObject(branch.properties))
        for (const [name, schema] of Object.entries(branch.properties)) properties[name] ??= structuredClone(schema);
    input.additionalProperties = false;
    return;
  }
  for (const branch of branches) if (isObject(branch.properties)) branch.additionalProperties = false;
}
