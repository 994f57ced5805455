import { existsSync } from "node:fs";
import { type ModelFacts, type ModelField, modelFacts, modelIds } from "@kie-market/client";
import { UsageError } from "./errors.js";

/** One input field of a model, as the catalogue describes it. */
export type Field = ModelField;

/** A model of the catalogue, with its id. */
export interface ModelInfo extends ModelFacts {
  id: string;
}

/** Whether `id` names a model of the catalogue. */
export const isModelId = (id: string) => modelFacts(id) !== undefined;

/** A model of the catalogue, or a usage error that names the nearest ids. */
export function modelInfo(id: string): ModelInfo {
  const entry = modelFacts(id);
  if (entry) return { id, ...entry };
  const close = modelIds
    .map((known) => ({ known, distance: editDistance(id, known) }))
    .filter((entry) => entry.distance <= Math.max(2, Math.floor(id.length / 4)))
    .sort((a, b) => a.distance - b.distance)
    .slice(0, 3)
    .map((entry) => entry.known);
  throw new UsageError(
    `no model "${id}" in the catalogue${close.length ? `; did you mean ${close.join(", ")}?` : ""} (kie models lists them)`,
  );
}

/** Levenshtein distance, for "did you mean". */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length];
}

/** A field's type and limits in a few words, for `--help` and `kie models show`. */
export function describeField(field: Field): string {
  const parts = [
    field.type !== "array"
      ? field.type
      : field.items === "object"
        ? "list of JSON objects (repeat the flag, one object each; or give the whole input with --input-json)"
        : "list (repeat the flag)",
  ];
  if (field.enum?.length) parts.push(`one of ${field.enum.map((value) => String(value)).join(", ")}`);
  if (field.minimum !== undefined || field.maximum !== undefined) parts.push(`${field.minimum ?? "…"} to ${field.maximum ?? "…"}`);
  if (field.maxLength !== undefined) parts.push(`up to ${field.maxLength} characters`);
  if (field.default !== undefined) parts.push(`default ${JSON.stringify(field.default)}`);
  if (field.required) parts.push("required");
  return parts.join("; ");
}

/** A field that takes a URL (of an input file): a local path given for it is uploaded first. */
export const takesUrl = (field: Field) => /(_url|_urls|^image)$/.test(field.name) && (field.type === "string" || field.type === "array");

export const isRemote = (value: string) => /^https?:\/\//i.test(value);

/** A flag's text as the field's type. Local files for URL fields are left as paths (uploaded later). */
export function parseValue(field: Field, text: string): unknown {
  const flag = `--${field.name}`;
  // One item of a list: parsed as its items' type (a JSON object for a list of objects).
  if (field.type === "array") return parseValue({ ...field, type: field.items === "object" ? "object" : (field.items ?? "string") }, text);
  if (field.type === "number" || field.type === "integer") {
    const value = Number(text);
    if (text.trim() === "" || !Number.isFinite(value)) throw new UsageError(`${flag} takes a number (got "${text}")`);
    if (field.type === "integer" && !Number.isInteger(value)) throw new UsageError(`${flag} takes a whole number (got "${text}")`);
    return value;
  }
  if (field.type === "boolean") {
    if (text === "true" || text === "") return true;
    if (text === "false") return false;
    throw new UsageError(`${flag} takes true or false (got "${text}")`);
  }
  if (field.type === "object") {
    try {
      return JSON.parse(text);
    } catch {
      throw new UsageError(`${flag} takes a JSON object (got "${text}"); or give the whole input with --input-json`);
    }
  }
  if (takesUrl(field) && !isRemote(text) && !existsSync(text))
    throw new UsageError(`${flag}: "${text}" is neither an http(s) URL nor a file here`);
  return text;
}
