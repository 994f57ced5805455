/**
 * The helpers Ajv's standalone validators call, written here so that the validators have no
 * runtime dependencies (Ajv's own helpers are CommonJS `require`s).
 */

/** Length in Unicode code points: JSON Schema counts characters, not UTF-16 units. */
export function ucs2length(text: string): number {
  let length = 0;
  for (const _ of text) length++;
  return length;
}

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it refuses
const FORBIDDEN = /[\s\u0000-\u001f\u007f<>"{}|\\^`]/;

/** `format: uri`: an absolute URI (scheme required) that the WHATWG URL parser accepts. */
export function uriFormat(text: string): boolean {
  if (!SCHEME.test(text) || FORBIDDEN.test(text)) return false;
  try {
    new URL(text);
    return true;
  } catch {
    return false;
  }
}
