import { describe, expect, test } from "vitest";
import { validator } from "../src/generated/market/hailuo/2-3-image-to-video-standard.gen.js";

// maxLength counts characters (code points); the generated code skips the count when the UTF-16
// length alone decides. Both sides of each shortcut must still give the right answer.
const body = (prompt: string) => ({ model: "hailuo/2-3-image-to-video-standard", input: { prompt, image_url: "https://x/y.png" } });

describe("maxLength in code points", () => {
  test.each([
    ["5000 ASCII characters", "a".repeat(5000), true],
    ["5001 ASCII characters", "a".repeat(5001), false],
    ["5000 emoji (10000 UTF-16 units)", "😀".repeat(5000), true],
    ["5001 emoji (10002 units: decided by length alone)", "😀".repeat(5001), false],
    ["2500 emoji + 2500 ASCII (7500 units, counted)", "😀".repeat(2500) + "a".repeat(2500), true],
    ["2500 emoji + 2501 ASCII", "😀".repeat(2500) + "a".repeat(2501), false],
  ])("%s → valid: %s", (_name, prompt, valid) => {
    expect(validator.validate(body(prompt)).ok).toBe(valid);
  });
});
