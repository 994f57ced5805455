/**
 * The helpers Ajv's standalone validators call, written here so that the validators have no
 * runtime dependencies (Ajv's own helpers are CommonJS `require`s).
 */

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

// An absolute URI: a scheme, then no spaces, controls or characters RFC 3986 never allows; http(s)
// URIs also need an authority (`//host`).
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it refuses
const ABSOLUTE_URI = /^[a-z][a-z0-9+.-]*:[^\s\u0000-\u001f\u007f<>"{}|\\^`]*$/i;
const WEB_URI = /^https?:\/\/[^/?#@\s]+(?:[/?#]|$)/i;
const WEB_SCHEME = /^https?:/i;

/** `format: uri` (regular expressions only: no URL parsing on the hot path). */
export function uriFormat(text: string): boolean {
  return ABSOLUTE_URI.test(text) && (!WEB_SCHEME.test(text) || WEB_URI.test(text));
}
