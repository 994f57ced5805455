/**
 * The helpers the generated validators call (`packages/codegen/src/compile-validator.ts` emits the
 * calls). Short names keep every generated module small; each is documented here.
 */

import type { Rule } from "./issues.js";

/** A violation as the generated code reports it: JSON pointer, the rule's issue builder, and its parameters. */
export type RawIssue = [pointer: string, rule: Rule, param?: unknown, extra?: unknown];

let found: RawIssue[] | undefined;

/** Reports a violation (called by generated code while {@link collect} runs). */
export function R(pointer: string, rule: Rule, param?: unknown, extra?: unknown): void {
  if (found === undefined) found = [[pointer, rule, param, extra]];
  else found.push([pointer, rule, param, extra]);
}

/** Runs a generated check and returns what it reported (undefined when the value is valid). */
export function collect(
  check: (value: unknown, allowUnknown: boolean) => void,
  value: unknown,
  allowUnknown: boolean,
): RawIssue[] | undefined {
  // A getter on the value could validate something else mid-check: keep the outer list aside.
  const outer = found;
  found = undefined;
  try {
    check(value, allowUnknown);
    // The check assigned `found` through R(); TypeScript cannot see that.
    return found as RawIssue[] | undefined;
  } finally {
    found = outer;
  }
}

/** A plain object (not null, not an array). Not a type guard: generated code keeps its `any`. */
export const O = (value: unknown): boolean => value !== null && typeof value === "object" && !Array.isArray(value);

// A string in V8's one-byte representation cannot hold a surrogate, and this test is then O(1).
const SURROGATE = /[\ud800-\udfff]/;

/** Length in Unicode code points: JSON Schema counts characters, not UTF-16 units. */
export function ucs2length(text: string): number {
  let length = text.length;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    // A high surrogate followed by a low one is one character.
    if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        length--;
        index++;
      }
    }
  }
  return length;
}

/** Length in code points, counting only when some character needs two UTF-16 units. */
export const codePoints = (text: string): number => (SURROGATE.test(text) ? ucs2length(text) : text.length);

/**
 * More than `limit` code points; called only when `text.length > limit`. Code points ≤ units ≤ 2 ×
 * code points, so the count is needed only between `limit` and `2 × limit` units with surrogates.
 */
export const L = (text: string, limit: number): boolean => text.length > 2 * limit || codePoints(text) > limit;

/** Fewer than `limit` code points; called only when `text.length < 2 × limit`. */
export const S = (text: string, limit: number): boolean => text.length < limit || codePoints(text) < limit;

// `format: uri`, as one regular expression (one pass; no URL parsing on the hot path): a scheme, then
// no spaces, controls or characters RFC 3986 never allows; an http(s) URI also needs an authority
// (`//host`, no userinfo) before any path, query or fragment.
const URI_CHAR = '[^\\s\\x00-\\x1f\\x7f<>"{}|\\\\^`]';
const URI = new RegExp(
  `^(?:[Hh][Tt][Tt][Pp][Ss]?://[^/?#@\\s\\x00-\\x1f\\x7f<>"{}|\\\\^\`]+(?:[/?#]${URI_CHAR}*)?|(?![Hh][Tt][Tt][Pp][Ss]?:)[A-Za-z][A-Za-z0-9+.-]*:${URI_CHAR}*)$`,
);

/** `format: uri`. */
export const U = (text: string): boolean => URI.test(text);

/** Escapes an object key for a JSON pointer. */
export const E = (key: string): string => key.replaceAll("~", "~0").replaceAll("/", "~1");

/** JSON equality (for `enum`/`const` values that are objects or arrays). */
export function D(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length &&
    keys.every((key) => D((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]))
  );
}

/** Whether an array has two equal items (`uniqueItems`). */
export const Q = (items: unknown[]): boolean => items.some((item, index) => items.findIndex((other) => D(item, other)) !== index);
