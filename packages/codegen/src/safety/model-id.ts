/**
 * The one grammar for model ids. An id becomes a file path (`specs/market/<id>.json`), an import path
 * and a string in generated code, so it is checked before anything else reads it: segments of ASCII
 * letters, digits, `.`, `_` and `-`, each starting with a letter or digit (no empty, `.` or `..`
 * segment, no leading dot), joined by `/`, at most 128 characters and 4 segments.
 *
 * Upper-case letters are allowed because upstream sells `ai-music-api/timeStamped-lyrics`; two ids that
 * differ only in case are refused as a collision (`findPathCollisions`), since they would share a file on
 * a case-insensitive file system.
 */
export const MODEL_ID = /^[A-Za-z0-9][A-Za-z0-9._-]*(?:\/[A-Za-z0-9][A-Za-z0-9._-]*){0,3}$/;
export const MODEL_ID_MAX_LENGTH = 128;

/** Why `id` is not a model id, or undefined when it is one. */
export function modelIdProblem(id: unknown): string | undefined {
  if (typeof id !== "string") return `a model id must be a string, not ${id === null ? "null" : typeof id}`;
  const shown = JSON.stringify(id.length > 80 ? `${id.slice(0, 80)}…` : id);
  if (id.length > MODEL_ID_MAX_LENGTH) return `model id ${shown} is longer than ${MODEL_ID_MAX_LENGTH} characters`;
  if (!MODEL_ID.test(id) || id.includes(".."))
    return `model id ${shown} is not a model id (letters, digits, ".", "_", "-" in up to 4 segments joined by "/", each starting with a letter or digit, no "..")`;
  return undefined;
}

/**
 * Ids whose files would collide: one id's file (`<id>.json`) is another's folder (`acme/x` and
 * `acme/x.json/y`), or two ids differ only in case. Each names the later id and both in `problem`.
 */
export function findPathCollisions(ids: readonly string[]): { id: string; problem: string }[] {
  const problems: { id: string; problem: string }[] = [];
  const files = new Map<string, string>();
  for (const id of ids) {
    const key = `${id}.json`.toLowerCase();
    const other = files.get(key);
    if (other !== undefined && other !== id)
      problems.push({ id, problem: `${other} and ${id} differ only in case (one file on a case-insensitive disk)` });
    files.set(key, id);
  }
  for (const id of ids) {
    const segments = id.toLowerCase().split("/");
    for (let depth = 1; depth < segments.length; depth++) {
      const owner = files.get(segments.slice(0, depth).join("/"));
      if (owner !== undefined) problems.push({ id, problem: `${owner} and ${id} collide: the file of ${owner} is a folder of ${id}` });
    }
  }
  return problems;
}

/** Field names that mean something else to a JavaScript object: refused unless an overlay decides. */
export const RESERVED_FIELD_NAMES = ["__proto__", "constructor", "prototype"] as const;

/** Every `properties` entry of a schema tree named like a reserved name, with its path (walked without recursion into the names). */
export function reservedFields(node: unknown, path: string, found: { path: string; name: string }[] = []) {
  if (Array.isArray(node)) for (const [index, item] of node.entries()) reservedFields(item, `${path}[${index}]`, found);
  else if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if (key === "properties" && value && typeof value === "object" && !Array.isArray(value))
        for (const name of Object.keys(value)) {
          if ((RESERVED_FIELD_NAMES as readonly string[]).includes(name)) found.push({ path: `${path}.${name}`, name });
          reservedFields((value as Record<string, unknown>)[name], `${path}.${name}`, found);
        }
      else reservedFields(value, `${path}.${key}`, found);
    }
  }
  return found;
}
