import { describe, expect, test } from "vitest";
import { ucs2length, uriFormat } from "./ajv-runtime.js";

describe("uriFormat", () => {
  test.each([
    ["https://your-domain.com/api/callback", true],
    ["http://127.0.0.1:4010/cb?x=1#f", true],
    ["urn:isbn:0451450523", true],
    ["not a url", false],
    ["/relative/path", false],
    ["https://exa mple.com", false],
    ["", false],
  ])("%s → %s", (given, want) => {
    expect(uriFormat(given)).toBe(want);
  });
});

describe("ucs2length", () => {
  test("counts code points, not UTF-16 units", () => {
    expect(ucs2length("😀é")).toBe(2);
    expect("😀é".length).toBe(3);
  });
});
