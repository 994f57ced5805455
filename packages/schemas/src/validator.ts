import { codePoints, collect, type RawIssue } from "./runtime.js";
import type { StandardSchemaV1 } from "./standard-schema.js";
import { nearest } from "./suggest.js";

/** One violation, naming where (path), which rule, and what is allowed. */
export interface ValidationIssue extends StandardSchemaV1.Issue {
  /** Keys from the root, e.g. `["input", "duration"]`. */
  readonly path: ReadonlyArray<string | number>;
  /** The path as text, e.g. `input.duration` (`body` for the root). */
  readonly at: string;
  /** The JSON Schema keyword that failed (`enum`, `maxLength`, `required`, `additionalProperties`, `not`, ...). */
  readonly rule: string;
  /** The allowed values, for `enum` rules. */
  readonly allowed?: readonly unknown[];
  /** The bound, for `maxLength`, `minimum` and the like. */
  readonly limit?: number;
  /** For an unknown field: the closest known field name. */
  readonly suggestion?: string;
  readonly message: string;
}

export type ValidationResult<T> =
  | { readonly ok: true; readonly value: T; readonly issues?: undefined }
  | { readonly ok: false; readonly issues: readonly ValidationIssue[] };

export interface ValidateOptions {
  /**
   * What to do with fields the spec does not declare. Upstream silently ignores them (a typo such as
   * `negative_promt` would cost credits and do nothing), so they are refused by default.
   * @default "reject"
   */
  readonly unknownFields?: "reject" | "allow";
}

/** A generated validator: Standard Schema v1 plus a richer `validate`. */
export interface KieValidator<T> extends StandardSchemaV1<unknown, T> {
  /** The model id or schema name it validates. */
  readonly id: string;
  /** Validates `value`, listing every violation. */
  validate(value: unknown, options?: ValidateOptions): ValidationResult<T>;
  /** Type guard: true when `value` has no violation. */
  is(value: unknown, options?: ValidateOptions): value is T;
}

const decode = (part: string) => (part.includes("~") ? part.replaceAll("~1", "/").replaceAll("~0", "~") : part);

/** Caches `compute` per key. Generated code passes module constants, so few keys; bounded all the same. */
function memo<K, V>(compute: (key: K) => V): (key: K) => V {
  const cache = new Map<K, V>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = compute(key);
      if (cache.size < 4096) cache.set(key, value);
    }
    return value;
  };
}

// Generated pointers are mostly constants: parse each once.
const segments = memo((pointer: string): readonly string[] => (pointer === "" ? [] : pointer.slice(1).split("/").map(decode)));

/** The path (array indices as numbers), its text (`input.image_urls[1]`), and the value found there. */
function locate(pointer: string, data: unknown): { path: (string | number)[]; at: string; value: unknown } {
  const path: (string | number)[] = [];
  let at = "";
  let node = data;
  for (const part of segments(pointer)) {
    const key = Array.isArray(node) && /^\d+$/.test(part) ? Number(part) : part;
    path.push(key);
    at += typeof key === "number" ? `[${key}]` : at === "" ? key : `.${key}`;
    node = node != null && typeof node === "object" ? (node as Record<string | number, unknown>)[key] : undefined;
  }
  return { path, at: at || "body", value: node };
}

const child = (at: string, key: string) => (at === "body" ? key : `${at}.${key}`);

const show = (value: unknown) =>
  typeof value === "string" ? JSON.stringify(value) : value === undefined ? "nothing" : (JSON.stringify(value) ?? String(value));
const kind = (value: unknown) =>
  value === null ? "null" : Array.isArray(value) ? "array" : Number.isInteger(value) ? "integer" : typeof value;

// The generated field lists are module constants: join each once.
const knownList = memo((known: readonly string[]) => (known.length ? ` (known fields: ${known.join(", ")})` : ""));

const COMPARISONS: Record<string, string> = { maximum: "<=", minimum: ">=", exclusiveMaximum: "<", exclusiveMinimum: ">" };

function toIssue([pointer, rule, param, extra]: RawIssue, data: unknown): ValidationIssue {
  const { path: base, at, value } = locate(pointer, data);
  switch (rule) {
    case "required": {
      const field = String(param);
      const text = child(at, field);
      base.push(field);
      return { path: base, at: text, rule, message: `${text} is required` };
    }
    case "additionalProperties": {
      const field = String(param);
      const text = child(at, field);
      const known = (extra as string[] | undefined) ?? [];
      const suggestion = nearest(field, known);
      const hint = suggestion ? `; did you mean "${suggestion}"?` : knownList(known);
      base.push(field);
      return { path: base, at: text, rule, suggestion, message: `${text} is not a known field${hint}` };
    }
    case "enum":
    case "const": {
      const allowed = param as unknown[];
      return {
        path: base,
        at,
        rule,
        allowed,
        message: `${at} must be ${allowed.length > 1 ? "one of " : ""}${allowed.map(show).join(", ")} (got ${show(value)})`,
      };
    }
    case "type":
      return { path: base, at, rule, message: `${at} must be of type ${String(param)} (got ${kind(value)})` };
    case "maxLength":
    case "minLength": {
      const limit = Number(param);
      const length = typeof value === "string" ? codePoints(value) : 0;
      return {
        path: base,
        at,
        rule,
        limit,
        message: `${at} must be at ${rule === "maxLength" ? "most" : "least"} ${limit} characters long (got ${length})`,
      };
    }
    case "maximum":
    case "minimum":
    case "exclusiveMaximum":
    case "exclusiveMinimum":
    case "multipleOf": {
      const limit = Number(param);
      const expected = rule === "multipleOf" ? `a multiple of ${limit}` : `${COMPARISONS[rule]} ${limit}`;
      return { path: base, at, rule, limit, message: `${at} must be ${expected} (got ${show(value)})` };
    }
    case "maxItems":
    case "minItems": {
      const limit = Number(param);
      return { path: base, at, rule, limit, message: `${at} must have at ${rule === "maxItems" ? "most" : "least"} ${limit} items` };
    }
    case "uniqueItems":
      return { path: base, at, rule, message: `${at} must not repeat an item` };
    case "format":
      return { path: base, at, rule, message: `${at} must be a valid ${String(param)} (got ${show(value)})` };
    case "pattern":
      return { path: base, at, rule, message: `${at} must match ${String(param)} (got ${show(value)})` };
    case "anyOf":
    case "oneOf":
      return {
        path: base,
        at,
        rule,
        message:
          extra === undefined
            ? `${at} must match ${rule === "anyOf" ? "at least" : "exactly"} one of ${String(param)} allowed shapes`
            : `${at}: ${String(extra)}`,
      };
    default:
      // `not`: the spec's own message (`x-kie-message`) when it has one.
      return {
        path: base,
        at,
        rule,
        message: param === undefined ? `${at} breaks the "${rule}" rule of the schema` : `${at}: ${String(param)}`,
      };
  }
}

/** A generated check: reports each violation through the runtime; see `runtime.ts`. */
export type Check = (value: unknown, allowUnknown: boolean) => void;

/** Wraps a generated check into a {@link KieValidator}. Used by the generated modules. */
export function createValidator<T>(id: string, check: Check): KieValidator<T> {
  const validate = (value: unknown, options?: ValidateOptions): ValidationResult<T> => {
    const raw = collect(check, value, options?.unknownFields === "allow");
    return raw === undefined ? { ok: true, value: value as T } : { ok: false, issues: raw.map((item) => toIssue(item, value)) };
  };
  return {
    id,
    validate,
    is: (value: unknown, options?: ValidateOptions): value is T => collect(check, value, options?.unknownFields === "allow") === undefined,
    "~standard": {
      version: 1,
      vendor: "kie-market",
      validate: (value: unknown) => {
        const result = validate(value);
        return result.ok ? { value: result.value } : { issues: result.issues };
      },
    },
  };
}
