import { describe, expect, test } from "vitest";
import { aspectRatioFor, type FieldFact, factsOf, numberFor, ratioOf, resolutionFor } from "./settings.js";

const field = (extra: Partial<FieldFact>): FieldFact => ({ name: "f", type: "string", required: false, ...extra });

describe("settings in each model's own form", () => {
  test.each([
    ["an enum of strings takes the member equal to the number", field({ enum: ["5", "10"] }), 5, { value: "5", exact: true }],
    ["otherwise the nearest member", field({ enum: ["6", "10"] }), 5, { value: "6", exact: false }],
    ["a number is clamped to its limits", field({ type: "number", minimum: 3, maximum: 12 }), 20, { value: 12, exact: false }],
    ["an integer is rounded", field({ type: "integer" }), 4.6, { value: 5, exact: false }],
    ["a free string takes the text", field({}), 8, { value: "8", exact: true }],
  ])("numberFor: %s", (_name, given, value, want) => {
    expect(numberFor(given, value)).toEqual(want);
  });

  test.each([
    ["16:9", 16 / 9],
    ["landscape_16_9", 16 / 9],
    ["portrait_4_3", 3 / 4],
    ["square_hd", 1],
    ["adaptive", undefined],
  ])("ratioOf(%s)", (member, want) => {
    expect(ratioOf(member)).toBe(want);
  });

  test.each([
    [
      "the same ratio by another name",
      field({ enum: ["square_hd", "landscape_16_9", "portrait_16_9"] }),
      "16:9",
      { value: "landscape_16_9", exact: true },
    ],
    ["the nearest ratio", field({ enum: ["1:1", "4:3", "16:9"] }), "21:9", { value: "16:9", exact: false }],
    ["an exact member", field({ enum: ["1:1", "16:9"] }), "16:9", { value: "16:9", exact: true }],
  ])("aspectRatioFor: %s", (_name, given, value, want) => {
    expect(aspectRatioFor(given, value)).toEqual(want);
  });

  test.each([
    ["1280x720 is 720p", field({ enum: ["480p", "720p", "1080p"] }), "1280x720", { value: "720p", exact: true }],
    ["1920x1080 on a model up to 720p: the nearest", field({ enum: ["480p", "720p"] }), "1920x1080", { value: "720p", exact: false }],
    ["uppercase P", field({ enum: ["512P", "768P"] }), "1360x768", { value: "768P", exact: true }],
    ["2048x2048 is 2K", field({ enum: ["1K", "2K", "4K"] }), "2048x2048", { value: "2K", exact: true }],
  ])("resolutionFor: %s", (_name, given, value, want) => {
    expect(resolutionFor(given, value)).toEqual(want);
  });
});

describe("factsOf", () => {
  test("an id outside the catalogue is unknown, even one an object's prototype holds", () => {
    for (const id of ["acme/new", "constructor", "toString"]) {
      const facts = factsOf(id);
      expect(facts.known).toBe(false);
      expect(facts.roles).toEqual({
        prompt: "prompt",
        image: "image_url",
        duration: "duration",
        aspectRatio: "aspect_ratio",
        resolution: "resolution",
        seed: "seed",
      });
    }
    expect(factsOf("google/imagen4")).toMatchObject({ known: true, category: "image", roles: { prompt: "prompt" } });
  });
});
