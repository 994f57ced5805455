import { describe, expect, test } from "vitest";
import { codePoints, D, E, L, Q, S, U, ucs2length } from "./runtime.js";

describe("U (format: uri)", () => {
  test.each([
    ["https://your-domain.com/api/callback", true],
    ["http://127.0.0.1:4010/cb?x=1#f", true],
    ["urn:isbn:0451450523", true],
    ["not a url", false],
    ["/relative/path", false],
    ["https://exa mple.com", false],
    ["", false],
    ["HTTP://A/b", true],
    ["a:", true],
    ["mailto:x@y", true],
    ["https://h?q", true],
    ["https://h#f", true],
    ["https:///x", false],
    ["https://user@host/x", false],
    ["https://h/p@q", true],
    ["http:x", false],
    ["httpx://h", true],
    ["https://h/\u00a0", false],
    ["https://h/<script>", false],
    ["1http://h", false],
  ])("%s → %s", (given, want) => {
    expect(U(given)).toBe(want);
  });
});

describe("code points", () => {
  test("ucs2length counts code points, not UTF-16 units", () => {
    expect(ucs2length("😀é")).toBe(2);
    expect("😀é".length).toBe(3);
    // A lone surrogate is one character.
    expect(ucs2length("\ud800a")).toBe(2);
  });

  test("codePoints skips the count for strings without surrogates, and agrees with ucs2length", () => {
    for (const text of ["", "abc", "é".repeat(9), "😀".repeat(3), "a😀b", "\udc00\ud800"]) expect(codePoints(text)).toBe(ucs2length(text));
  });

  test("L and S decide maxLength and minLength on both sides of their shortcuts", () => {
    expect(L("a".repeat(4), 3)).toBe(true);
    expect(L("😀".repeat(3), 3)).toBe(false); // 6 units, 3 characters
    expect(L(`${"😀".repeat(2)}ab`, 3)).toBe(true); // 6 units, 4 characters
    expect(L("a".repeat(7), 3)).toBe(true); // decided by length alone
    expect(S("ab", 3)).toBe(true);
    expect(S("😀😀", 3)).toBe(true); // 4 units, 2 characters
    expect(S("😀😀a", 3)).toBe(false);
  });
});

describe("helpers", () => {
  test("E escapes JSON pointer keys", () => {
    expect(E("a/b~c")).toBe("a~1b~0c");
  });

  test("D compares JSON values, Q finds duplicates", () => {
    expect(D({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toBe(true);
    expect(D({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(D([1], { 0: 1 })).toBe(false);
    expect(Q([1, { a: 1 }, { a: 1 }])).toBe(true);
    expect(Q([1, "1", [1]])).toBe(false);
  });
});
