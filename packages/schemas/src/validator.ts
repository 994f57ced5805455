import { ucs2length } from "./ajv-runtime.js";
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

/** What Ajv's standalone code reports (with `messages: false`). */
interface AjvError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
}

type AjvFunction = ((data: unknown) => boolean) & { errors?: AjvError[] | null };

export interface ValidatorMeta {
  readonly knownFields: Readonly<Record<string, readonly string[]>>;
  readonly messages: Readonly<Record<string, string>>;
}

const decode = (part: string) => part.replaceAll("~1", "/").replaceAll("~0", "~");

function toPath(pointer: string, data: unknown): (string | number)[] {
  const path: (string | number)[] = [];
  let node = data;
  for (const part of pointer.split("/").slice(1).map(decode)) {
    const key = Array.isArray(node) && /^\d+$/.test(part) ? Number(part) : part;
    path.push(key);
    node = node != null && typeof node === "object" ? (node as Record<string | number, unknown>)[key] : undefined;
  }
  return path;
}

const pathText = (path: ReadonlyArray<string | number>) =>
  path.length === 0 ? "body" : path.map((key, index) => (typeof key === "number" ? `[${key}]` : index === 0 ? key : `.${key}`)).join("");

function valueAt(data: unknown, path: ReadonlyArray<string | number>): unknown {
  let node = data;
  for (const key of path) node = node != null && typeof node === "object" ? (node as Record<string | number, unknown>)[key] : undefined;
  return node;
}

const show = (value: unknown) =>
  typeof value === "string" ? JSON.stringify(value) : value === undefined ? "nothing" : (JSON.stringify(value) ?? String(value));
const kind = (value: unknown) =>
  value === null ? "null" : Array.isArray(value) ? "array" : Number.isInteger(value) ? "integer" : typeof value;
const parentSchemaPath = (schemaPath: string) => schemaPath.slice(0, schemaPath.lastIndexOf("/")) || "#";

const COMPARISONS: Record<string, string> = { maximum: "<=", minimum: ">=", exclusiveMaximum: "<", exclusiveMinimum: ">" };

function toIssue(error: AjvError, data: unknown, meta: ValidatorMeta): ValidationIssue {
  const base = toPath(error.instancePath, data);
  const value = valueAt(data, base);
  const { params, keyword: rule } = error;
  const at = pathText(base);
  switch (rule) {
    case "required": {
      const path = [...base, String(params.missingProperty)];
      return { path, at: pathText(path), rule, message: `${pathText(path)} is required` };
    }
    case "additionalProperties": {
      const field = String(params.additionalProperty);
      const path = [...base, field];
      const known = meta.knownFields[parentSchemaPath(error.schemaPath)] ?? [];
      const suggestion = nearest(field, known);
      const hint = suggestion ? `; did you mean "${suggestion}"?` : known.length ? ` (known fields: ${known.join(", ")})` : "";
      return { path, at: pathText(path), rule, suggestion, message: `${pathText(path)} is not a known field${hint}` };
    }
    case "enum": {
      const allowed = params.allowedValues as unknown[];
      return { path: base, at, rule, allowed, message: `${at} must be one of ${allowed.map(show).join(", ")} (got ${show(value)})` };
    }
    case "type":
      return { path: base, at, rule, message: `${at} must be of type ${String(params.type).replace(",", " or ")} (got ${kind(value)})` };
    case "maxLength":
    case "minLength": {
      const limit = Number(params.limit);
      const length = typeof value === "string" ? ucs2length(value) : 0;
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
    case "exclusiveMinimum": {
      const limit = Number(params.limit);
      return { path: base, at, rule, limit, message: `${at} must be ${COMPARISONS[rule]} ${limit} (got ${show(value)})` };
    }
    case "maxItems":
    case "minItems": {
      const limit = Number(params.limit);
      return { path: base, at, rule, limit, message: `${at} must have at ${rule === "maxItems" ? "most" : "least"} ${limit} items` };
    }
    case "format":
      return { path: base, at, rule, message: `${at} must be a valid ${String(params.format)} (got ${show(value)})` };
    case "pattern":
      return { path: base, at, rule, message: `${at} must match ${String(params.pattern)} (got ${show(value)})` };
    default: {
      const authored = meta.messages[error.schemaPath];
      const message = authored ? `${at}: ${authored}` : `${at} breaks the "${rule}" rule of the schema`;
      return { path: base, at, rule, message };
    }
  }
}

/** Wraps an Ajv standalone function into a {@link KieValidator}. Used by the generated modules. */
export function createValidator<T>(id: string, ajvValidate: unknown, meta: ValidatorMeta): KieValidator<T> {
  const check = ajvValidate as AjvFunction;
  const validate = (value: unknown, options?: ValidateOptions): ValidationResult<T> => {
    if (check(value)) return { ok: true, value: value as T };
    const allowUnknown = options?.unknownFields === "allow";
    const seen = new Set<string>();
    const issues: ValidationIssue[] = [];
    for (const error of check.errors ?? []) {
      if (allowUnknown && error.keyword === "additionalProperties") continue;
      const issue = toIssue(error, value, meta);
      if (seen.has(issue.message)) continue;
      seen.add(issue.message);
      issues.push(issue);
    }
    return issues.length ? { ok: false, issues } : { ok: true, value: value as T };
  };
  return {
    id,
    validate,
    is: (value: unknown, options?: ValidateOptions): value is T => validate(value, options).ok,
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
