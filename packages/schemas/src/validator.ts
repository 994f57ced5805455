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

// Generated pointers are mostly constants: parse each once.
const segmentsOf = new Map<string, readonly string[]>();
function segments(pointer: string): readonly string[] {
  let parts = segmentsOf.get(pointer);
  if (parts === undefined) {
    parts = pointer === "" ? [] : pointer.slice(1).split("/").map(decode);
    if (segmentsOf.size < 4096) segmentsOf.set(pointer, parts);
  }
  return parts;
}

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

// How each bound reads in a message.
const BOUNDS: Record<string, string> = {
  maxLength: "at most",
  minLength: "at least",
  maxItems: "at most",
  minItems: "at least",
  maximum: "<=",
  minimum: ">=",
  exclusiveMaximum: "<",
  exclusiveMinimum: ">",
  multipleOf: "a multiple of",
};

type Draft = { -readonly [K in keyof ValidationIssue]: ValidationIssue[K] };

function toIssue([pointer, rule, param, extra]: RawIssue, data: unknown): ValidationIssue {
  const { path, at, value } = locate(pointer, data);
  const issue: Draft = { path, at, rule, message: "" };
  let text: string;
  if (rule === "required" || rule === "additionalProperties") {
    // Named at the field, not at the object holding it.
    const field = String(param);
    issue.path = [...path, field];
    issue.at = child(at, field);
    if (rule === "required") text = "is required";
    else {
      const known = (extra as string[] | undefined) ?? [];
      const suggestion = nearest(field, known);
      issue.suggestion = suggestion;
      text = `is not a known field${suggestion ? `; did you mean "${suggestion}"?` : known.length ? ` (known fields: ${known.join(", ")})` : ""}`;
    }
  } else if (rule === "enum" || rule === "const") {
    const allowed = param as unknown[];
    issue.allowed = allowed;
    text = `must be ${allowed.length > 1 ? "one of " : ""}${allowed.map(show).join(", ")} (got ${show(value)})`;
  } else if (rule === "type") text = `must be of type ${param} (got ${kind(value)})`;
  else if (rule in BOUNDS) {
    const limit = Number(param);
    issue.limit = limit;
    const bound = `${BOUNDS[rule]} ${limit}`;
    text = rule.endsWith("Length")
      ? `must be ${bound} characters long (got ${typeof value === "string" ? codePoints(value) : 0})`
      : rule.endsWith("Items")
        ? `must have ${bound} items`
        : `must be ${bound} (got ${show(value)})`;
  } else if (rule === "format") text = `must be a valid ${param} (got ${show(value)})`;
  else if (rule === "pattern") text = `must match ${param} (got ${show(value)})`;
  else if (rule === "uniqueItems") text = "must not repeat an item";
  else {
    // `not`, `anyOf`, `oneOf`: the spec's own message (`x-kie-message`) when it has one.
    const authored = rule === "not" ? param : extra;
    text =
      authored !== undefined
        ? `: ${authored}`
        : rule === "not"
          ? `breaks the "${rule}" rule of the schema`
          : `must match ${rule === "anyOf" ? "at least" : "exactly"} one of ${param} allowed shapes`;
  }
  issue.message = text[0] === ":" ? issue.at + text : `${issue.at} ${text}`;
  return issue;
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
