import { describe, expect, test } from "vitest";
import { bagDistance, editDistance, nearest } from "./suggest.js";

const known = ["prompt", "negative_prompt", "image_url", "tail_image_url", "duration", "cfg_scale"];

describe("nearest", () => {
  test.each([
    ["negative_promt", "negative_prompt"],
    ["promtp", "prompt"],
    ["Duration", "duration"],
    ["imageurl", "image_url"],
    ["cfgscale", "cfg_scale"],
    ["seed", undefined],
    ["completely_unrelated", undefined],
  ])("%s → %s", (given, want) => {
    expect(nearest(given, known)).toBe(want);
  });
});

describe("editDistance", () => {
  test.each([
    ["", "", 0],
    ["abc", "abc", 0],
    ["abc", "acb", 1],
    ["kitten", "sitting", 3],
    ["", "abc", 3],
  ] as const)("%s ↔ %s = %i", (a, b, want) => {
    expect(editDistance(a, b)).toBe(want);
  });
});

describe("bagDistance", () => {
  test("is a lower bound of editDistance", () => {
    const words = [
      "",
      "a",
      "ab",
      "ba",
      "abc",
      "negative_prompt",
      "negative_promt",
      "resolution",
      "prompt",
      "promtp",
      "ünïcode",
      "unicode",
      "aab",
    ];
    for (const a of words) for (const b of words) expect(bagDistance(a, b)).toBeLessThanOrEqual(editDistance(a, b));
  });

  test("counts the characters one side has and the other lacks", () => {
    expect(bagDistance("abc", "abd")).toBe(1);
    expect(bagDistance("abc", "cba")).toBe(0);
    expect(bagDistance("aaaa", "a")).toBe(3);
  });
});
