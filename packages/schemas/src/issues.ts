import { codePoints } from "./runtime.js";
import type { ValidationIssue } from "./validator.js";

/**
 * One builder per JSON Schema rule: it turns a violation into an issue with its message. Generated
 * modules import the builders of the rules their schema uses and hand them to the runtime's `R`, so
 * a bundle carries only the messages its models can produce. Called only for invalid values.
 */

/** Finds the known field a mistyped one most likely meant (see `nearest`). */
export type Suggest = (name: string, known: readonly string[]) => string | undefined;

/** Where a violation is: path from the root, its text (`input.image_urls[1]`), and the value there. */
export interface Place {
  path: (string | number)[];
  at: string;
  value: unknown;
  suggest?: Suggest;
}

/**
 * Builds the issue of one rule from where it failed and what the generated code reported. The
 * parameters are the generated module's constants (strings, numbers, lists), so templates show them as they are.
 */
export type Rule = (place: Place, param?: unknown, extra?: unknown) => ValidationIssue;

const child = (at: string, key: string) => (at === "body" ? key : `${at}.${key}`);

const show = (value: unknown) =>
  typeof value === "string" ? JSON.stringify(value) : value === undefined ? "nothing" : (JSON.stringify(value) ?? String(value));

const kind = (value: unknown) =>
  value === null ? "null" : Array.isArray(value) ? "array" : Number.isInteger(value) ? "integer" : typeof value;

// The generated field lists are module constants: join each once.
const joined = new WeakMap<readonly string[], string>();
const knownList = (known: readonly string[]) => {
  let text = joined.get(known);
  if (text === undefined) {
    text = known.length ? ` (known fields: ${known.join(", ")})` : "";
    joined.set(known, text);
  }
  return text;
};

/** `required`: `param` is the missing field. */
export const $required: Rule = ({ path, at }, field) => {
  const text = child(at, field as string);
  path.push(field as string);
  return { path, at: text, rule: "required", message: `${text} is required` };
};

/** `additionalProperties: false`: `param` is the unknown field, `extra` the known ones. */
export const $additionalProperties: Rule = ({ path, at, suggest }, field, extra) => {
  const name = field as string;
  const text = child(at, name);
  const known = (extra as string[] | undefined) ?? [];
  const suggestion = suggest?.(name, known);
  path.push(name);
  return {
    path,
    at: text,
    rule: "additionalProperties",
    suggestion,
    message: `${text} is not a known field${suggestion ? `; did you mean "${suggestion}"?` : knownList(known)}`,
  };
};

const values = ({ path, at, value }: Place, allowed: unknown[], rule: string): ValidationIssue => ({
  path,
  at,
  rule,
  allowed,
  message: `${at} must be ${allowed.length > 1 ? "one of " : ""}${allowed.map(show).join(", ")} (got ${show(value)})`,
});

/** `enum`: `param` lists the allowed values. */
export const $enum: Rule = (place, allowed) => values(place, allowed as unknown[], "enum");

/** `const`: `param` is a one-item list of the allowed value. */
export const $const: Rule = (place, allowed) => values(place, allowed as unknown[], "const");

/** `type`: `param` names the allowed type(s). */
export const $type: Rule = ({ path, at, value }, type) => ({
  path,
  at,
  rule: "type",
  message: `${at} must be of type ${type} (got ${kind(value)})`,
});

const length = ({ path, at, value }: Place, limit: number, rule: string, bound: string): ValidationIssue => ({
  path,
  at,
  rule,
  limit,
  message: `${at} must be at ${bound} ${limit} characters long (got ${typeof value === "string" ? codePoints(value) : 0})`,
});

/** `maxLength` (in code points). */
export const $maxLength: Rule = (place, limit) => length(place, Number(limit), "maxLength", "most");

/** `minLength` (in code points). */
export const $minLength: Rule = (place, limit) => length(place, Number(limit), "minLength", "least");

const compare = ({ path, at, value }: Place, param: unknown, rule: string, relation: string): ValidationIssue => {
  const limit = Number(param);
  return { path, at, rule, limit, message: `${at} must be ${relation} ${limit} (got ${show(value)})` };
};

/** `maximum`. */
export const $maximum: Rule = (place, limit) => compare(place, limit, "maximum", "<=");

/** `minimum`. */
export const $minimum: Rule = (place, limit) => compare(place, limit, "minimum", ">=");

/** `exclusiveMaximum`. */
export const $exclusiveMaximum: Rule = (place, limit) => compare(place, limit, "exclusiveMaximum", "<");

/** `exclusiveMinimum`. */
export const $exclusiveMinimum: Rule = (place, limit) => compare(place, limit, "exclusiveMinimum", ">");

/** `multipleOf`. */
export const $multipleOf: Rule = (place, step) => compare(place, step, "multipleOf", "a multiple of");

const items = ({ path, at }: Place, limit: number, rule: string, bound: string): ValidationIssue => ({
  path,
  at,
  rule,
  limit,
  message: `${at} must have at ${bound} ${limit} items`,
});

/** `maxItems`. */
export const $maxItems: Rule = (place, limit) => items(place, Number(limit), "maxItems", "most");

/** `minItems`. */
export const $minItems: Rule = (place, limit) => items(place, Number(limit), "minItems", "least");

/** `uniqueItems`. */
export const $uniqueItems: Rule = ({ path, at }) => ({ path, at, rule: "uniqueItems", message: `${at} must not repeat an item` });

/** `format`: `param` names the format. */
export const $format: Rule = ({ path, at, value }, format) => ({
  path,
  at,
  rule: "format",
  message: `${at} must be a valid ${format} (got ${show(value)})`,
});

/** `pattern`: `param` is the regular expression's source. */
export const $pattern: Rule = ({ path, at, value }, pattern) => ({
  path,
  at,
  rule: "pattern",
  message: `${at} must match ${pattern} (got ${show(value)})`,
});

const shapes = ({ path, at }: Place, count: unknown, message: unknown, rule: string, how: string): ValidationIssue => ({
  path,
  at,
  rule,
  message: message === undefined ? `${at} must match ${how} one of ${count} allowed shapes` : `${at}: ${message}`,
});

/** `anyOf`: `param` counts the shapes; `extra` is the spec's own message (`x-kie-message`), if any. */
export const $anyOf: Rule = (place, count, message) => shapes(place, count, message, "anyOf", "at least");

/** `oneOf`: as {@link $anyOf}. */
export const $oneOf: Rule = (place, count, message) => shapes(place, count, message, "oneOf", "exactly");

/** `not`: `param` is the spec's own message (`x-kie-message`), if any. */
export const $not: Rule = ({ path, at }, message) => ({
  path,
  at,
  rule: "not",
  message: message === undefined ? `${at} breaks the "not" rule of the schema` : `${at}: ${message}`,
});
