import { describe, expect, test } from "vitest";
import { estimateCost, maxCost, modelPrices, pricedModels, pricesCapturedAt } from "./pricing.js";

// Every number below is a row of specs/pricing/kie-pricing.json (upstream's pricing page as captured on
// 2026-10-09), times the quantity its unit asks for.
describe("estimateCost", () => {
  test.each([
    [
      "per video, by clip length and audio",
      "kling-2.6/text-to-video",
      { prompt: "p", duration: "10", sound: true },
      220,
      1.1,
      "kling 2.6, text-to-video, with audio-10.0s: 220 credits per video",
    ],
    [
      "per video, the other clip",
      "kling-2.6/text-to-video",
      { prompt: "p", duration: "5", sound: false },
      55,
      0.275,
      "kling 2.6, text-to-video, without audio-5.0s: 55 credits per video",
    ],
    [
      "per second × duration, the spec's default resolution (720p)",
      "bytedance/seedance-2",
      { prompt: "p", duration: 8 },
      328,
      1.64,
      "bytedance/seedance-2, 720p no video input: 41 credits per second × 8",
    ],
    [
      "per second, a video input picks its own row",
      "bytedance/seedance-2",
      { prompt: "p", duration: 8, resolution: "1080p", reference_video_urls: ["https://x/v.mp4"] },
      496,
      2.48,
      "bytedance/seedance-2, 1080p with video input: 62 credits per second × 8",
    ],
    [
      "per second, a resolution named by another field (overlay: mode 4K is 4k)",
      "kling-3.0/video",
      { prompt: "p", mode: "4K", sound: true, duration: "10" },
      670,
      3.35,
      "Kling 3.0, video, with audio-4K: 67 credits per second × 10",
    ],
    [
      "per image × count, by tier",
      "ideogram/character",
      { prompt: "p", reference_image_urls: ["https://x/a.png"], rendering_speed: "TURBO", num_images: "3" },
      36,
      0.18,
      "ideogram character, image-to-image, TURBO: 12 credits per image × 3",
    ],
    [
      "per image, the default count and tier (BALANCED, 1)",
      "ideogram/character",
      { prompt: "p", reference_image_urls: ["https://x/a.png"] },
      18,
      0.09,
      "ideogram character, image-to-image, BALANCED: 18 credits per image",
    ],
    [
      "per image, a resolution variant (4K)",
      "nano-banana-pro",
      { prompt: "p", resolution: "4K" },
      24,
      0.12,
      "Google nano banana pro, 4K: 24 credits per image",
    ],
    [
      "per image, a row covering two resolutions (1/2K)",
      "nano-banana-pro",
      { prompt: "p", resolution: "2K" },
      18,
      0.09,
      "Google nano banana pro, 1/2K: 18 credits per image",
    ],
    [
      "per image plus a per-input-image surcharge",
      "qwen3/pro-image-to-image",
      { prompt: "p", resolution: "2K", image_urls: ["https://x/a.png", "https://x/b.png"] },
      13,
      0.065,
      "Qwen image 3.0 Pro, output, 2K: 12 credits per image + Qwen image 3.0 Pro, input, 2K: 0.5 credits per image × 2",
    ],
    [
      "per 1000 characters",
      "elevenlabs/text-to-speech-multilingual-v2",
      { text: "a".repeat(2500) },
      30,
      0.15,
      "Elevenlabs Text to Speech, multilingual v2: 12 credits per 1000 characters × 2.5",
    ],
    [
      "per request",
      "ai-music-api/generate",
      { prompt: "p", customMode: false, instrumental: false, model: "V4" },
      12,
      0.06,
      "Suno, Generate Music: 12 credits per request",
    ],
    [
      "per generation",
      "grok-imagine/image-to-image",
      { prompt: "p", image_urls: ["https://x/a.png"] },
      4,
      0.02,
      "grok-imagine, image-to-image: 4 credits per generation",
    ],
    [
      "per generation, a tier named by a boolean (overlay: enable_pro true is quality mode)",
      "grok-imagine/text-to-image",
      { prompt: "p", enable_pro: true },
      5,
      0.025,
      "grok-imagine, text-to-image(quality): 5 credits per generation",
    ],
    // Live returns 6 images per text-to-image task (the overlay's results count, from recordings): three pairs.
    [
      "per 2 images, times the pairs a task returns",
      "grok-imagine/text-to-image",
      { prompt: "p", enable_pro: false },
      12,
      0.06,
      "grok-imagine, text-to-image: 4 credits per 2 images × 3",
    ],
    [
      "per upscale, by the resolution it goes to",
      "grok-imagine/upscale",
      { task_id: "t", resolution: "720p" },
      10,
      0.05,
      "grok-imagine, upscale, 480p→720p: 10 credits per upscale",
    ],
  ])("%s: %s", (_what, model, input, credits, usd, basis) => {
    const estimate = estimateCost({ model, input });
    expect(estimate).toEqual({ model, credits, usd, basis, capturedAt: "2026-10-09", authoritative: false });
  });

  test.each([
    ["a model the page does not price", "runway/gen4-aleph", {}, "lists no price for runway/gen4-aleph"],
    ["an id that is no model", "acme/nothing", {}, "lists no price for acme/nothing"],
    ["a price per token", "google/gemini-3-8-flash-tts", { text: "hello" }, "priced per million tokens"],
    ["a price per megapixel", "qwen/text-to-image", { prompt: "p" }, "per megapixel of the output"],
    [
      "a per-second price without a duration",
      "kling-3.0-omni/transformation",
      { video_urls: ["https://x/v.mp4"] },
      "priced per second, and the input gives no duration",
    ],
    [
      "a per-second price of an uploaded video",
      "volcengine/video-to-video-lip-sync",
      { video_url: "https://x/v.mp4", audio_url: "https://x/a.mp3" },
      "per second of media whose length the input does not state",
    ],
    [
      "an upscale whose price depends on the source's resolution",
      "grok-imagine/upscale",
      { task_id: "t", resolution: "1080p" },
      "does not say which is billed",
    ],
    [
      "a resolution the page has no row for",
      "bytedance/seedance-2",
      { prompt: "p", duration: 5, resolution: "8k" },
      'no price row for resolution "8k"',
    ],
    [
      "what decides the price left open (audio has no default)",
      "kling-2.6/text-to-video",
      { prompt: "p", duration: "5" },
      "depends on audio",
    ],
    [
      "two price groups for one input (the page does not say which is billed)",
      "wan/2-2-a14b-text-to-video-turbo",
      { prompt: "p", resolution: "720p" },
      "does not say which is billed",
    ],
  ])("%s: credits undefined, with the reason", (_what, model, input, reason) => {
    const estimate = estimateCost({ model, input });
    expect(estimate.credits).toBeUndefined();
    expect(estimate.usd).toBeUndefined();
    expect(estimate.reason).toContain(reason);
    expect(estimate.authoritative).toBe(false);
  });

  test("an input's own keys only: a prototype key is no field", () => {
    const estimate = estimateCost({ model: "nano-banana-pro", input: JSON.parse('{"__proto__": {"resolution": "4K"}, "prompt": "p"}') });
    expect(estimate.credits).toBe(18);
    expect(estimateCost({ model: "constructor" }).reason).toContain("lists no price for constructor");
  });

  test("the snapshot prices most of the catalogue, and is dated", () => {
    expect(pricedModels().length).toBeGreaterThan(160);
    expect(pricesCapturedAt).toBe("2026-10-09");
  });
});

describe("modelPrices", () => {
  test("a model's rows as the page lists them; none for a model it does not price, or an inherited key", () => {
    // specs/pricing/kie-pricing.json: the two kling 2.5 turbo Pro rows.
    expect(modelPrices("kling/v2-5-turbo-image-to-video-pro")).toEqual([
      { credits: 84, usd: 0.42, unit: "per video", label: "kling 2.5 turbo , image-to-video, Turbo Pro-10.0s" },
      { credits: 42, usd: 0.21, unit: "per video", label: "kling 2.5 turbo , image-to-video, Turbo Pro-5.0s" },
    ]);
    expect(modelPrices("runway/gen4-aleph")).toEqual([]);
    expect(modelPrices("constructor")).toEqual([]);
    for (const model of pricedModels()) expect(modelPrices(model).length).toBeGreaterThan(0);
  });
});

describe("maxCost", () => {
  test.each([
    ["the dearest per-video row", "kling-2.6/text-to-video", 220],
    ["the dearest per-second row × the longest duration the spec allows (15 s)", "bytedance/seedance-2", 208 * 15],
    ["the dearest tier × the largest count (4)", "ideogram/character", 24 * 4],
    ["nothing bounds a price per token", "google/gemini-3-8-flash-tts", undefined],
    ["nothing bounds a per-second price without a duration field", "topaz/video-upscale", undefined],
    ["no price at all", "runway/gen4-aleph", undefined],
  ])("%s: %s", (_what, model, most) => {
    expect(maxCost(model)).toBe(most);
  });
});
