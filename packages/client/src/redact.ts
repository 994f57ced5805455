/**
 * A function that replaces every occurrence of `secret` in strings, however deep in arrays and plain
 * objects they sit. Walking the values (rather than searching their JSON) also finds a key that JSON
 * would escape, such as one containing `"` or `\`. Secrets too short to be real keys are left alone:
 * replacing a one-letter test key would corrupt every word.
 */
export function createRedactor(secret: string): <T>(value: T) => T {
  if (secret.length < 8) return (value) => value;
  const walk = (value: unknown, depth: number): unknown => {
    if (typeof value === "string") return value.includes(secret) ? value.replaceAll(secret, "[redacted]") : value;
    if (typeof value !== "object" || value === null || depth > 32) return value;
    if (Array.isArray(value)) return value.map((item) => walk(item, depth + 1));
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) copy[walk(key, depth + 1) as string] = walk(item, depth + 1);
    return copy;
  };
  return <T>(value: T) => walk(value, 0) as T;
}
