import { describe, expect, test } from "vitest";
import { toJsonSchema } from "./json-schema.js";

const cases: [string, { given: object; want: object; document?: object }][] = [
  [
    "drops annotations and vendor extensions",
    { given: { type: "string", description: "d", example: "e", default: "x", "x-kie-send-default": true }, want: { type: "string" } },
  ],
  ["turns nullable into a type list", { given: { type: "integer", nullable: true }, want: { type: ["integer", "null"] } }],
  [
    "adds null to a nullable enum",
    { given: { type: "string", enum: ["a"], nullable: true }, want: { type: ["string", "null"], enum: ["a", null] } },
  ],
  ["drops format binary (not a JSON format)", { given: { type: "string", format: "binary" }, want: { type: "string" } }],
  ["keeps format uri", { given: { type: "string", format: "uri" }, want: { type: "string", format: "uri" } }],
  [
    "inlines local $refs",
    {
      given: { type: "object", properties: { a: { $ref: "#/components/schemas/A" } } },
      document: { components: { schemas: { A: { type: "string", maxLength: 3 } } } },
      want: { type: "object", properties: { a: { type: "string", maxLength: 3 } } },
    },
  ],
  [
    "converts inside not, anyOf and items",
    {
      given: {
        not: { description: "n", required: ["a"] },
        anyOf: [{ type: "string", example: 1 }],
        items: { type: "integer", nullable: true },
      },
      want: { not: { required: ["a"] }, anyOf: [{ type: "string" }], items: { type: ["integer", "null"] } },
    },
  ],
];

describe("toJsonSchema", () => {
  test.each(cases)("%s", (_name, { given, want, document }) => {
    expect(toJsonSchema((document ?? {}) as never, given as never).schema).toEqual(want);
  });

  test("records authored rule messages by schema path", () => {
    const { meta } = toJsonSchema(
      {} as never,
      {
        type: "object",
        additionalProperties: false,
        properties: {
          input: { type: "object", additionalProperties: false, properties: { a: {}, b: {} }, not: { "x-kie-message": "no a with b" } },
        },
      } as never,
    );
    expect(meta).toEqual({ messages: { "#/properties/input/not": "no a with b" } });
  });

  test("refuses circular $refs, which Prism cannot mock", () => {
    const document = { components: { schemas: { A: { type: "object", properties: { a: { $ref: "#/components/schemas/A" } } } } } };
    expect(() => toJsonSchema(document as never, { $ref: "#/components/schemas/A" } as never)).toThrow(/circular \$ref/);
  });
});
