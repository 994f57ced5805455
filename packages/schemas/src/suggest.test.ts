import { describe, expect, test } from "vitest";
import { editDistance, nearest } from "./suggest.js";

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
