import type { Suggest } from "./issues.js";
import { collect, type RawIssue } from "./runtime.js";
import type { StandardSchemaV1 } from "./standard-schema.js";

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
  /**
   * Suggests the field an unknown one most likely meant: pass `nearest` from `@kie-market/schemas` to
   * get "did you mean" hints (the client does). Without it, the message lists the known fields;
   * leaving it out keeps the edit-distance code out of a bundle that only validates.
   */
  readonly suggest?: Suggest;
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

// Generated pointers are module constants: parse each once (bounded all the same).
const parsed = new Map<string, readonly string[]>();
const segments = (pointer: string): readonly string[] => {
  let parts = parsed.get(pointer);
  if (parts === undefined) {
    parts = pointer === "" ? [] : pointer.slice(1).split("/").map(decode);
    if (parsed.size < 4096) parsed.set(pointer, parts);
  }
  return parts;
};

/** Turns a reported violation into an issue: finds its place in `data`, then lets the rule's builder word it. */
function toIssue([pointer, build, param, extra]: RawIssue, data: unknown, suggest: Suggest | undefined): ValidationIssue {
  const path: (string | number)[] = [];
  let at = "";
  let value = data;
  for (const part of segments(pointer)) {
    const key = Array.isArray(value) && /^\d+$/.test(part) ? Number(part) : part;
    path.push(key);
    at += typeof key === "number" ? `[${key}]` : at === "" ? key : `.${key}`;
    value = value != null && typeof value === "object" ? (value as Record<string | number, unknown>)[key] : undefined;
  }
  return build({ path, at: at || "body", value, suggest }, param, extra);
}

/** A generated check: reports each violation through the runtime; see `runtime.ts`. */
export type Check = (value: unknown, allowUnknown: boolean) => void;

/** Wraps a generated check into a {@link KieValidator}. Used by the generated modules. */
export function createValidator<T>(id: string, check: Check): KieValidator<T> {
  const validate = (value: unknown, options?: ValidateOptions): ValidationResult<T> => {
    const raw = collect(check, value, options?.unknownFields === "allow");
    if (raw === undefined) return { ok: true, value: value as T };
    return { ok: false, issues: raw.map((item) => toIssue(item, value, options?.suggest)) };
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
