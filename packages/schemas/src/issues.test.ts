import { describe, expect, test } from "vitest";
import * as builders from "./issues.js";
import { R } from "./runtime.js";
import { nearest } from "./suggest.js";
import { createValidator } from "./validator.js";

type Builder = (typeof builders)[keyof typeof builders];
const body = { input: { prompt: "x".repeat(7), urls: ["a", "a"], fps: 7, style: "🎞️", mode: "fast" } };

// Each builder, reported as generated code would report it, and the issue the caller sees.
const cases: [Builder, string, unknown, unknown, Record<string, unknown>][] = [
  [
    builders.$required,
    "/input",
    "image_url",
    undefined,
    { path: ["input", "image_url"], at: "input.image_url", message: "input.image_url is required" },
  ],
  [
    builders.$additionalProperties,
    "/input",
    "stlye",
    ["prompt", "style"],
    { path: ["input", "stlye"], suggestion: undefined, message: "input.stlye is not a known field (known fields: prompt, style)" },
  ],
  [
    builders.$enum,
    "/input/mode",
    ["slow", "normal"],
    undefined,
    { allowed: ["slow", "normal"], message: 'input.mode must be one of "slow", "normal" (got "fast")' },
  ],
  [builders.$const, "/input/mode", ["slow"], undefined, { allowed: ["slow"], message: 'input.mode must be "slow" (got "fast")' }],
  [builders.$type, "/input/fps", "string", undefined, { message: "input.fps must be of type string (got integer)" }],
  [builders.$maxLength, "/input/prompt", 5, undefined, { limit: 5, message: "input.prompt must be at most 5 characters long (got 7)" }],
  [builders.$minLength, "/input/style", 3, undefined, { limit: 3, message: "input.style must be at least 3 characters long (got 2)" }],
  [builders.$maximum, "/input/fps", 5, undefined, { limit: 5, message: "input.fps must be <= 5 (got 7)" }],
  [builders.$minimum, "/input/fps", 12, undefined, { limit: 12, message: "input.fps must be >= 12 (got 7)" }],
  [builders.$exclusiveMaximum, "/input/fps", 7, undefined, { limit: 7, message: "input.fps must be < 7 (got 7)" }],
  [builders.$exclusiveMinimum, "/input/fps", 7, undefined, { limit: 7, message: "input.fps must be > 7 (got 7)" }],
  [builders.$multipleOf, "/input/fps", 2, undefined, { limit: 2, message: "input.fps must be a multiple of 2 (got 7)" }],
  [builders.$maxItems, "/input/urls", 1, undefined, { limit: 1, message: "input.urls must have at most 1 items" }],
  [builders.$minItems, "/input/urls", 3, undefined, { limit: 3, message: "input.urls must have at least 3 items" }],
  [builders.$uniqueItems, "/input/urls", undefined, undefined, { message: "input.urls must not repeat an item" }],
  [
    builders.$format,
    "/input/urls/1",
    "uri",
    undefined,
    { path: ["input", "urls", 1], at: "input.urls[1]", message: 'input.urls[1] must be a valid uri (got "a")' },
  ],
  [builders.$pattern, "/input/mode", "^[A-Z]+$", undefined, { message: 'input.mode must match ^[A-Z]+$ (got "fast")' }],
  [builders.$anyOf, "/input", 2, undefined, { message: "input must match at least one of 2 allowed shapes" }],
  [builders.$oneOf, "/input", 3, "pick one mode", { message: "input: pick one mode" }],
  [
    builders.$not,
    "/input",
    'duration "10" is not supported with resolution "1080P"',
    undefined,
    { message: 'input: duration "10" is not supported with resolution "1080P"' },
  ],
  [builders.$not, "", undefined, undefined, { path: [], at: "body", message: 'body breaks the "not" rule of the schema' }],
];

const names = new Map<unknown, string>(Object.entries(builders).map(([name, build]) => [build, name]));

describe("issue builders", () => {
  test.each(cases.map(([build, ...rest]) => [names.get(build), build, ...rest] as const))(
    "%s",
    (name, build, pointer, param, extra, want) => {
      const validator = createValidator("test", () => R(pointer, build, param, extra));
      const result = validator.validate(body);
      expect(result.issues).toEqual([expect.objectContaining({ rule: name?.slice(1), ...want })]);
    },
  );

  test("every builder is covered above", () => {
    expect(new Set(cases.map(([build]) => build))).toEqual(new Set(Object.values(builders)));
  });

  test("with suggest, an unknown field gets the closest known one instead of the list", () => {
    const validator = createValidator("test", () => R("/input", builders.$additionalProperties, "stlye", ["prompt", "style"]));
    expect(validator.validate(body, { suggest: nearest }).issues).toEqual([
      expect.objectContaining({ suggestion: "style", message: 'input.stlye is not a known field; did you mean "style"?' }),
    ]);
  });
});
