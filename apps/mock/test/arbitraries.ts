import fc from "fast-check";

/** The slice of JSON Schema the model specs use. */
export interface Schema {
  type?: string;
  enum?: unknown[];
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean;
  maxLength?: number;
  minLength?: number;
  minimum?: number;
  maximum?: number;
  format?: string;
  not?: Schema;
  $ref?: string;
}

export function dereference(document: unknown, schema: Schema): Schema {
  if (schema.$ref)
    return dereference(
      document,
      schema.$ref
        .slice(2)
        .split("/")
        .reduce((at: never, key) => at[key], document as never),
    );
  if (!schema.properties) return schema;
  return {
    ...schema,
    properties: Object.fromEntries(Object.entries(schema.properties).map(([name, child]) => [name, dereference(document, child)])),
  };
}

/** Whether `value` matches the (simple) subschema of a cross-field `not` rule. */
function matchesRule(value: Record<string, unknown>, rule: Schema): boolean {
  if (!(rule.required ?? []).every((name) => name in value)) return false;
  return Object.entries(rule.properties ?? {}).every(
    ([name, schema]) => !(name in value) || !schema.enum || schema.enum.includes(value[name]),
  );
}

/** Values that satisfy `schema`. */
export function valid(schema: Schema): fc.Arbitrary<unknown> {
  if (schema.enum) return fc.constantFrom(...schema.enum);
  switch (schema.type) {
    case "string": {
      if (schema.format === "uri") return fc.webUrl();
      const maxLength = schema.maxLength ?? 80;
      const short = fc.string({ unit: "binary", minLength: schema.minLength ?? 0, maxLength: Math.min(maxLength, 40) });
      // Sometimes right at the limit, in code points (both validators count code points, not UTF-16 units).
      const atLimit = fc.string({ unit: "binary", minLength: Math.max(0, maxLength - 2), maxLength });
      return schema.maxLength ? fc.oneof({ arbitrary: short, weight: 4 }, { arbitrary: atLimit, weight: 1 }) : short;
    }
    case "integer":
      return fc.integer({ min: schema.minimum ?? -1e6, max: schema.maximum ?? 1e6 });
    case "number":
      return fc.double({ min: schema.minimum ?? -1e6, max: schema.maximum ?? 1e6, noNaN: true, noDefaultInfinity: true });
    case "boolean":
      return fc.boolean();
    case "object": {
      const properties = schema.properties ?? {};
      const record = fc.record(Object.fromEntries(Object.entries(properties).map(([name, child]) => [name, valid(child)])), {
        requiredKeys: schema.required ?? [],
      }) as fc.Arbitrary<Record<string, unknown>>;
      return schema.not ? record.filter((value) => !matchesRule(value, schema.not as Schema)) : record;
    }
    default:
      return fc.anything();
  }
}

const wrongType = (schema: Schema) =>
  schema.type === "string"
    ? fc.oneof(fc.integer(), fc.boolean())
    : schema.type === "boolean"
      ? fc.string()
      : fc.oneof(fc.string(), fc.boolean());

/** One way to break one property of an object schema. */
function breakProperty(name: string, schema: Schema, required: boolean): fc.Arbitrary<(value: Record<string, unknown>) => void>[] {
  const set = (arbitrary: fc.Arbitrary<unknown>) =>
    arbitrary.map((bad) => (value: Record<string, unknown>) => {
      value[name] = bad;
    });
  const ways = [set(wrongType(schema))];
  if (schema.enum) ways.push(set(fc.string({ maxLength: 8 }).filter((text) => !schema.enum?.includes(text))));
  if (schema.maxLength !== undefined)
    ways.push(set(fc.string({ unit: "binary", minLength: schema.maxLength + 1, maxLength: schema.maxLength + 20 })));
  if (schema.minimum !== undefined) ways.push(set(fc.integer({ min: -1000, max: -1 }).map((below) => (schema.minimum as number) + below)));
  if (schema.maximum !== undefined) ways.push(set(fc.integer({ min: 1, max: 1000 }).map((above) => (schema.maximum as number) + above)));
  if (schema.format === "uri") ways.push(set(fc.constantFrom("not a url", "/relative/path", "")));
  if (required) ways.push(fc.constant((value: Record<string, unknown>) => void delete value[name]));
  return ways;
}

/** Values of an object schema with at least one violation (a field broken, a typo, or a cross-field clash). */
export function invalid(schema: Schema): fc.Arbitrary<unknown> {
  const properties = schema.properties ?? {};
  const required = new Set(schema.required ?? []);
  const ways = Object.entries(properties).flatMap(([name, child]) => breakProperty(name, child, required.has(name)));
  const known = new Set(Object.keys(properties));
  ways.push(
    fc
      .stringMatching(/^[a-z][a-z_]{2,14}$/)
      .filter((name) => !known.has(name))
      .map((name) => (value: Record<string, unknown>) => {
        value[name] = "x";
      }),
  );
  const rule = schema.not;
  if (rule?.properties) {
    const clash = Object.fromEntries(Object.entries(rule.properties).map(([name, child]) => [name, child.enum?.[0]]));
    ways.push(fc.constant((value: Record<string, unknown>) => void Object.assign(value, clash)));
  }
  return fc.tuple(valid(schema), fc.array(fc.oneof(...ways), { minLength: 1, maxLength: 2 })).map(([value, breaks]) => {
    const copy = { ...(value as Record<string, unknown>) };
    for (const applyBreak of breaks) applyBreak(copy);
    return copy;
  });
}

const SIMPLE_KEYS = new Set([
  "type",
  "enum",
  "maxLength",
  "minLength",
  "minimum",
  "maximum",
  "format",
  "description",
  "example",
  "default",
  "x-kie-send-default",
  "title",
  "deprecated",
]);

/**
 * Whether the arbitraries above cover `schema` (an input of flat fields: strings, numbers, booleans,
 * enums, bounds, URIs, and `not` rules over enums). Other inputs are checked field by field instead.
 */
export function isSimple(schema: Schema): boolean {
  const fields = Object.values(schema.properties ?? {});
  const extra = Object.keys(schema).filter(
    (key) => !["type", "properties", "required", "additionalProperties", "not", "description", "title"].includes(key),
  );
  if (extra.length || (schema.not && !schema.not.properties)) return false;
  return fields.every(
    (field) =>
      ["string", "integer", "number", "boolean"].includes(field.type ?? "") &&
      Object.keys(field).every((key) => SIMPLE_KEYS.has(key)) &&
      (field.format === undefined || field.format === "uri"),
  );
}
