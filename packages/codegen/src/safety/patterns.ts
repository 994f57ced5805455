import { checkSync } from "recheck";

// One analysis per distinct pattern and run: the catalogue repeats a few patterns many times (the URL
// prefix on every image field), and both the importer and the validator compiler ask.
const analyses = new Map<string, ReturnType<typeof checkSync> | Error>();
function check(pattern: string): ReturnType<typeof checkSync> | Error {
  let result = analyses.get(pattern);
  if (result === undefined) {
    try {
      result = checkSync(pattern, "u", { checker: "automaton", timeout: 10_000 });
    } catch (error) {
      result = error instanceof Error ? error : new Error(String(error));
    }
    analyses.set(pattern, result);
  }
  return result;
}

/**
 * Why a field's `pattern` may not reach the validators, or undefined when it may. A pattern is run by
 * the generated validators (and by Ajv in the importer and Prism in the mock) on whatever a user sends,
 * on backtracking engines: one that backtracks catastrophically (exponentially: `^(a+)+$`) is refused,
 * and one that backtracks polynomially (`^.*\S.*$`, upstream's own) only where the field also has a
 * `maxLength`, which the validators check first and then skip the pattern for a longer string.
 *
 * recheck's automaton checker decides this statically and deterministically (no fuzzing); a pattern it
 * cannot analyse (back-references, look-arounds) is refused as well: an overlay replaces it.
 */
export function patternProblem(pattern: string, maxLength: unknown): string | undefined {
  const result = check(pattern);
  if (result instanceof Error) return `pattern ${JSON.stringify(pattern)} could not be checked (${result.message})`;
  if (result.status === "safe") return undefined;
  if (result.status === "vulnerable") {
    const { complexity } = result;
    if (complexity.type === "exponential")
      return `pattern ${JSON.stringify(pattern)} backtracks exponentially (e.g. on ${JSON.stringify(result.attack.pattern)}): a denial of service for every validator`;
    if (typeof maxLength === "number") return undefined;
    return `pattern ${JSON.stringify(pattern)} backtracks polynomially (degree ${complexity.degree}) and the field has no maxLength to bound it`;
  }
  return `pattern ${JSON.stringify(pattern)} cannot be shown to run in bounded time (${result.status}${"error" in result ? `: ${result.error.kind}` : ""})`;
}

/** Every `pattern` of a schema tree whose problem is not undefined, with its path. */
export function unsafePatterns(node: unknown, path: string, found: { path: string; problem: string }[] = []) {
  if (Array.isArray(node)) for (const [index, item] of node.entries()) unsafePatterns(item, `${path}[${index}]`, found);
  else if (node && typeof node === "object") {
    const schema = node as Record<string, unknown>;
    if (typeof schema.pattern === "string") {
      const problem = patternProblem(schema.pattern, schema.maxLength);
      if (problem) found.push({ path, problem });
    }
    for (const [key, value] of Object.entries(schema)) if (key !== "pattern") unsafePatterns(value, `${path}.${key}`, found);
  }
  return found;
}
