/**
 * The only ways a string from a spec reaches generated code. Whatever a docs page holds (quotes,
 * backslashes, newlines, `${`, `*\/`, U+2028), the generated module means what it says and runs
 * nothing of the page's.
 */

/** Any JSON value as JavaScript code (JSON, with the line separators JSON leaves raw escaped). */
export const jsonCode = (value: unknown): string =>
  String(JSON.stringify(value)).replaceAll("\u2028", "\\u2028").replaceAll("\u2029", "\\u2029");

/** A JavaScript string literal. */
export const literal = (value: string): string => jsonCode(value);

/** Text inside a `/* … *\/` or `//` comment: one line, and it cannot close the comment. */
export const commentText = (value: string): string => value.replace(/\r\n?|[\n\u2028\u2029]/g, " ").replaceAll("*/", "*\\/");

/** Whether `name` can stand in generated code as a bare identifier (a binding, a dotted member, a bare key). */
export const isIdentifier = (name: string): boolean => /^[A-Za-z_$][\w$]*$/.test(name);

/** A name as an object key in generated code: bare when it is an identifier, else a string literal. */
export const propertyKey = (name: string): string => (isIdentifier(name) ? name : literal(name));
