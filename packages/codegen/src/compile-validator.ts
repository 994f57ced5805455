import { isObject, type Json, type JsonObject } from "./openapi.js";
import { isIdentifier, jsonCode } from "./safety/code-text.js";
import { patternProblem } from "./safety/patterns.js";

/**
 * Compiles a dereferenced JSON Schema (the subset our specs use) into straight-line JavaScript.
 *
 * The emitted check walks the value once, allocates nothing when the value is valid, and calls the
 * runtime's `R(pointer, $rule, param, extra)` for each violation, where `$rule` is that rule's issue
 * builder; the runtime turns those into issues with messages. Subschemas under `not`, `anyOf` and
 * `oneOf` compile to boolean test functions.
 * A keyword the compiler does not implement is an error at generation time, never a silent pass.
 */

/** Names the generated code imports from the runtime (`packages/schemas/src/runtime.ts`). */
export const RUNTIME_NAMES = {
  report: "R",
  isObject: "O",
  longerThan: "L",
  shorterThan: "S",
  uri: "U",
  escape: "E",
  duplicates: "Q",
  equal: "D",
} as const;

/**
 * The issue builder the generated code hands to `R` for a rule (`packages/schemas/src/issues.ts`
 * exports one per rule, named `$` + the keyword), so that a module imports only the messages it needs.
 */
export const ruleBuilder = (rule: string): string => `$${rule}`;

const HANDLED = new Set([
  "type",
  "enum",
  "const",
  "minLength",
  "maxLength",
  "pattern",
  "format",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "multipleOf",
  "required",
  "properties",
  "additionalProperties",
  "items",
  "minItems",
  "maxItems",
  "uniqueItems",
  "not",
  "allOf",
  "anyOf",
  "oneOf",
]);
const TYPES = new Set(["string", "number", "integer", "boolean", "object", "array", "null"]);
const FORMATS = new Set(["uri"]);

/** A JSON pointer being built: literal text and JavaScript expressions, merged where both sides are literal. */
type Pointer = readonly (string | { expr: string })[];
const pointerCode = (pointer: Pointer): string => {
  const parts: string[] = [];
  let text = "";
  for (const part of pointer) {
    if (typeof part === "string") text += part;
    else {
      if (text) parts.push(jsonCode(text));
      text = "";
      parts.push(part.expr);
    }
  }
  if (text || parts.length === 0) parts.push(jsonCode(text));
  return parts.join("+");
};
const escapePointer = (key: string) => key.replaceAll("~", "~0").replaceAll("/", "~1");
/**
 * Reads field `key` of `object` in generated code. A name an object's prototype also has (`constructor`,
 * `toString`, `__proto__`...) is read as an own property only, so an input without the field does not
 * find the inherited value.
 */
const member = (object: string, key: string) =>
  key in Object.prototype
    ? `(Object.hasOwn(${object},${jsonCode(key)})?${object}[${jsonCode(key)}]:void 0)`
    : isIdentifier(key)
      ? `${object}.${key}`
      : `${object}[${jsonCode(key)}]`;

const TYPE_TESTS: Record<string, (value: string) => string> = {
  string: (v) => `typeof ${v}=="string"`,
  number: (v) => `Number.isFinite(${v})`,
  integer: (v) => `Number.isInteger(${v})`,
  boolean: (v) => `typeof ${v}=="boolean"`,
  object: (v) => `${RUNTIME_NAMES.isObject}(${v})`,
  array: (v) => `Array.isArray(${v})`,
  null: (v) => `${v}===null`,
};
// Which keywords apply to which instance type (JSON Schema ignores a keyword for other types).
const GROUPS: Record<string, string[]> = {
  string: ["minLength", "maxLength", "pattern", "format"],
  number: ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"],
  object: ["required", "properties", "additionalProperties"],
  array: ["items", "minItems", "maxItems", "uniqueItems"],
};
const isPrimitive = (value: unknown) => value === null || ["string", "number", "boolean"].includes(typeof value);

export interface CompileOptions {
  /** Authored messages for rules (`x-kie-message`), keyed by schema path (`#/properties/input/not`). */
  readonly messages?: Readonly<Record<string, string>>;
  /** Emit TypeScript annotations (`x: any`), for a `.ts` module. */
  readonly typescript?: boolean;
}

export interface CompiledCheck {
  /** Module-level declarations (constants, test functions) the check uses. */
  readonly declarations: string[];
  /** An arrow function `(x,u)=>{...}`: `x` the value, `u` true to allow unknown fields. */
  readonly check: string;
  /** The rules it can report, whose builders (`$` + rule) the module must import. */
  readonly rules: string[];
}

/** Compiles one schema; see {@link compileChecks}. */
export function compileCheck(schema: Json, options: CompileOptions = {}): CompiledCheck {
  const { declarations, checks, rules } = compileChecks({ check: { schema, messages: options.messages ?? {} } }, options);
  return { declarations, check: checks.check, rules };
}

/** Compiles several schemas into one module's worth of code: shared constants, one check each. */
export function compileChecks(
  schemas: Readonly<Record<string, { schema: Json; messages: Readonly<Record<string, string>> }>>,
  options: Pick<CompileOptions, "typescript"> = {},
): { declarations: string[]; checks: Record<string, string>; rules: string[] } {
  let messages: Readonly<Record<string, string>> = {};
  const declarations: string[] = [];
  const rules = new Set<string>();
  const constants = new Map<string, string>();
  let variables = 0;
  let tests = 0;

  /** A module-level `const` holding `code`, declared once however often it is used. */
  const declare = (code: string, prefix: string): string => {
    let name = constants.get(code);
    if (!name) {
      name = `${prefix}${constants.size}`;
      constants.set(code, name);
      declarations.push(`const ${name}=${code};`);
    }
    return name;
  };
  const constant = (value: unknown, prefix = "C"): string => declare(jsonCode(value), prefix);
  const variable = () => `v${variables++}`;

  /** A function `t<n>(x)` returning whether `node` accepts `x` (no reports). */
  const testFunction = (node: Json, path: string): string => {
    const name = `t${tests++}`;
    const body = compile(node, "x", [], path, false);
    declarations.push(`function ${name}(x${options.typescript ? ": any, u: boolean): boolean" : ",u)"}{${body}return true}`);
    return name;
  };

  /**
   * Statements checking the value in `v` against `node`. In report mode a violation calls the
   * runtime's reporter and checking goes on; in test mode it returns false from the test function.
   */
  const compile = (node: Json, v: string, pointer: Pointer, path: string, report: boolean): string => {
    if (!isObject(node)) throw new Error(`${path}: a schema must be an object`);
    for (const key of Object.keys(node))
      if (!HANDLED.has(key)) throw new Error(`${path}: the validator compiler does not support the JSON Schema keyword "${key}"`);
    const fail = (rule: string, param?: string, extra?: string) => {
      if (!report) return "return false;";
      rules.add(rule);
      return `${RUNTIME_NAMES.report}(${[pointerCode(pointer), ruleBuilder(rule), param, extra].filter((item) => item !== undefined).join(",")});`;
    };

    const types = node.type === undefined ? [] : Array.isArray(node.type) ? node.type : [node.type];
    for (const type of types)
      if (typeof type !== "string" || !TYPES.has(type)) throw new Error(`${path}/type: unknown type ${JSON.stringify(type)}`);

    // Keywords for one instance type, guarded by that type unless a single `type` already pinned it.
    const pinned = types.length === 1 ? (types[0] === "integer" ? "number" : types[0]) : undefined;
    let typed = "";
    for (const type of Object.keys(GROUPS)) {
      if (!GROUPS[type].some((key) => node[key] !== undefined)) continue;
      const code = compilers[type](node, v, pointer, path, fail, report);
      if (code) typed += type === pinned ? code : `if(${TYPE_TESTS[type](v)}){${code}}`;
    }

    let values = "";
    if (node.enum !== undefined) {
      if (!Array.isArray(node.enum) || node.enum.length === 0) throw new Error(`${path}/enum: must be a non-empty array`);
      const primitive = node.enum.every(isPrimitive);
      const test = primitive
        ? node.enum.map((option) => `${v}!==${jsonCode(option)}`).join("&&")
        : `!${constant(node.enum, "A")}.some(a=>${RUNTIME_NAMES.equal}(a,${v}))`;
      values += `if(${test})${fail("enum", report ? constant(node.enum, "A") : undefined)}`;
    }
    if (node.const !== undefined) {
      const test = isPrimitive(node.const) ? `${v}!==${jsonCode(node.const)}` : `!${RUNTIME_NAMES.equal}(${constant(node.const)},${v})`;
      values += `if(${test})${fail("const", report ? constant([node.const], "A") : undefined)}`;
    }

    let combined = "";
    if (node.allOf !== undefined) {
      if (!Array.isArray(node.allOf)) throw new Error(`${path}/allOf: must be an array`);
      combined += node.allOf.map((child, index) => compile(child, v, pointer, `${path}/allOf/${index}`, report)).join("");
    }
    for (const key of ["anyOf", "oneOf"] as const) {
      const list = node[key];
      if (list === undefined) continue;
      if (!Array.isArray(list) || list.length === 0) throw new Error(`${path}/${key}: must be a non-empty array`);
      const calls = list.map((child, index) => `${testFunction(child, `${path}/${key}/${index}`)}(${v},u)`);
      const test = key === "anyOf" ? `!(${calls.join("||")})` : `(${calls.map((call) => `(+${call})`).join("+")})!==1`;
      const message = report ? messages[path] : undefined;
      combined += `if(${test})${fail(key, JSON.stringify(list.length), message === undefined ? undefined : constant(message, "M"))}`;
    }
    if (node.not !== undefined) {
      const message = messages[`${path}/not`];
      const param = report && message !== undefined ? constant(message, "M") : undefined;
      combined += `if(${testFunction(node.not, `${path}/not`)}(${v},u))${fail("not", param)}`;
    }

    if (types.length === 0) return values + typed + combined;
    const typeTest = types.map((type) => TYPE_TESTS[type as string](v)).join("||");
    // A value of the wrong type only gets the type issue; the keywords for its type cannot apply.
    const rest = values + typed;
    return `if(!(${typeTest}))${fail("type", jsonCode(types.join(" or ")))}${rest ? `else{${rest}}` : ""}${combined}`;
  };

  type Group = (
    node: JsonObject,
    v: string,
    pointer: Pointer,
    path: string,
    fail: (rule: string, param?: string, extra?: string) => string,
    report: boolean,
  ) => string;

  const count = (node: JsonObject, key: string, path: string): number => {
    const value = node[key];
    if (typeof value !== "number" || !Number.isInteger(value) || value < 0)
      throw new Error(`${path}/${key}: must be a non-negative integer`);
    return value;
  };
  const bound = (node: JsonObject, key: string, path: string): number => {
    const value = node[key];
    if (typeof value !== "number" || !Number.isFinite(value)) throw new Error(`${path}/${key}: must be a number`);
    return value;
  };

  const strings: Group = (node, v, _pointer, path, fail) => {
    let code = "";
    const maxLength = node.maxLength === undefined ? undefined : count(node, "maxLength", path);
    if (maxLength !== undefined)
      code += `if(${v}.length>${maxLength}&&${RUNTIME_NAMES.longerThan}(${v},${maxLength}))${fail("maxLength", String(maxLength))}`;
    if (node.minLength !== undefined) {
      const limit = count(node, "minLength", path);
      if (limit > 0) code += `if(${v}.length<${2 * limit}&&${RUNTIME_NAMES.shorterThan}(${v},${limit}))${fail("minLength", String(limit))}`;
    }
    if (node.pattern !== undefined) {
      if (typeof node.pattern !== "string") throw new Error(`${path}/pattern: must be a string`);
      try {
        new RegExp(node.pattern, "u");
      } catch (error) {
        throw new Error(`${path}/pattern: ${(error as Error).message}`);
      }
      const problem = patternProblem(node.pattern, node.maxLength);
      if (problem) throw new Error(`${path}/pattern: ${problem}`);
      const name = declare(`new RegExp(${jsonCode(node.pattern)},"u")`, "P");
      // A string already longer than maxLength is refused for that; the pattern never runs on it.
      const within = maxLength === undefined ? "" : `!(${v}.length>${maxLength}&&${RUNTIME_NAMES.longerThan}(${v},${maxLength}))&&`;
      code += `if(${within}!${name}.test(${v}))${fail("pattern", jsonCode(node.pattern))}`;
    }
    if (node.format !== undefined) {
      if (typeof node.format !== "string" || !FORMATS.has(node.format))
        throw new Error(`${path}/format: the validator compiler does not support format ${JSON.stringify(node.format)}`);
      code += `if(!${RUNTIME_NAMES.uri}(${v}))${fail("format", jsonCode(node.format))}`;
    }
    return code;
  };

  const numbers: Group = (node, v, _pointer, path, fail) => {
    let code = "";
    // OpenAPI 3.0 spells exclusive bounds as booleans next to minimum/maximum; 3.1 as numbers.
    const lower = node.exclusiveMinimum === true ? "exclusiveMinimum" : "minimum";
    const upper = node.exclusiveMaximum === true ? "exclusiveMaximum" : "maximum";
    if (node.minimum !== undefined) {
      const limit = bound(node, "minimum", path);
      code += `if(${v}${lower === "minimum" ? "<" : "<="}${limit})${fail(lower, String(limit))}`;
    }
    if (node.maximum !== undefined) {
      const limit = bound(node, "maximum", path);
      code += `if(${v}${upper === "maximum" ? ">" : ">="}${limit})${fail(upper, String(limit))}`;
    }
    for (const [key, operator] of [
      ["exclusiveMinimum", "<="],
      ["exclusiveMaximum", ">="],
    ] as const) {
      if (typeof node[key] === "number") code += `if(${v}${operator}${node[key]})${fail(key, String(node[key]))}`;
      else if (node[key] !== undefined && typeof node[key] !== "boolean") throw new Error(`${path}/${key}: must be a number or a boolean`);
    }
    if (node.multipleOf !== undefined) {
      const step = bound(node, "multipleOf", path);
      if (step <= 0) throw new Error(`${path}/multipleOf: must be greater than 0`);
      code += `if(!Number.isInteger(${v}/${step}))${fail("multipleOf", String(step))}`;
    }
    return code;
  };

  const objects: Group = (node, v, pointer, path, fail, report) => {
    let code = "";
    const properties = node.properties ?? {};
    if (!isObject(properties)) throw new Error(`${path}/properties: must be an object`);
    const names = Object.keys(properties);
    if (node.required !== undefined) {
      if (!Array.isArray(node.required) || !node.required.every((name) => typeof name === "string"))
        throw new Error(`${path}/required: must be an array of strings`);
      for (const name of node.required) code += `if(${member(v, name)}===void 0)${fail("required", jsonCode(name))}`;
    }
    const extra = node.additionalProperties;
    if (extra !== undefined && extra !== true) {
      if (extra !== false && !isObject(extra)) throw new Error(`${path}/additionalProperties: must be a boolean or a schema`);
      const known = names.length ? names.map((name) => `k!==${jsonCode(name)}`).join("&&") : "true";
      const child = variable();
      const body =
        extra === false
          ? fail("additionalProperties", "k", report ? constant(names, "K") : undefined)
          : `{const ${child}=${v}[k];${compile(extra, child, [...pointer, "/", { expr: `${RUNTIME_NAMES.escape}(k)` }], `${path}/additionalProperties`, report)}}`;
      // Unknown fields may be allowed by the caller (`u`), inside anyOf/oneOf/not tests too (union inputs).
      code += `${extra === false ? "if(!u)" : ""}for(const k in ${v})if(${known})${body}`;
    }
    for (const name of names) {
      const child = variable();
      const inner = compile(
        properties[name],
        child,
        [...pointer, `/${escapePointer(name)}`],
        `${path}/properties/${escapePointer(name)}`,
        report,
      );
      if (inner) code += `{const ${child}=${member(v, name)};if(${child}!==void 0){${inner}}}`;
    }
    return code;
  };

  const arrays: Group = (node, v, pointer, path, fail, report) => {
    let code = "";
    if (node.minItems !== undefined) {
      const limit = count(node, "minItems", path);
      code += `if(${v}.length<${limit})${fail("minItems", String(limit))}`;
    }
    if (node.maxItems !== undefined) {
      const limit = count(node, "maxItems", path);
      code += `if(${v}.length>${limit})${fail("maxItems", String(limit))}`;
    }
    if (node.uniqueItems === true) code += `if(${RUNTIME_NAMES.duplicates}(${v}))${fail("uniqueItems")}`;
    if (node.items !== undefined) {
      if (!isObject(node.items)) throw new Error(`${path}/items: only a single schema is supported (no tuples)`);
      const index = `i${variables}`;
      const child = variable();
      const inner = compile(node.items, child, [...pointer, "/", { expr: index }], `${path}/items`, report);
      if (inner) code += `for(let ${index}=0;${index}<${v}.length;${index}++){const ${child}=${v}[${index}];${inner}}`;
    }
    return code;
  };

  const compilers: Record<string, Group> = { string: strings, number: numbers, object: objects, array: arrays };

  const checks: Record<string, string> = {};
  for (const [name, entry] of Object.entries(schemas)) {
    messages = entry.messages;
    const body = compile(entry.schema, "x", [], "#", true);
    checks[name] = options.typescript ? `(x: any, u: boolean): void=>{${body}}` : `(x,u)=>{${body}}`;
  }
  return { declarations, checks, rules: [...rules].sort() };
}
