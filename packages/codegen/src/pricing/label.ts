import type { PriceVariant } from "../../../schemas/src/pricing-table.js";

export type { PriceVariant };

const TIERS = [
  "turbo pro",
  "standard",
  "quality",
  "balanced",
  "medium",
  "master",
  "ultra",
  "turbo",
  "lite",
  "fast",
  "high",
  "low",
  "pro",
  "max",
  "std",
];
const TOKEN_CLASSES = ["cached input", "cache writes", "audio output", "input", "output"];

/** A resolution as the rows and inputs are compared: lower case, no spaces ("1080P" → "1080p", "4K" → "4k"). */
export const normalResolution = (value: string) => value.toLowerCase().replace(/\s+/g, "");

/** Whitespace collapsed and trimmed: the feed's labels carry stray spaces ("Suno, Generate Music "). */
export const normalLabel = (label: string) => label.replace(/[\s\u3000]+/g, " ").trim();

/**
 * What a price row of upstream's pricing feed applies to (`PriceVariant`, which the estimate reads), from
 * its human label: the feed has no structured variant ("kling 2.6, text-to-video, with audio-10.0s",
 * "Google veo 3.1, text-to-video, Fast-4K", "bytedance/seedance-2, 720p no video input"). Only what the
 * label states; nothing guessed.
 */
export function parseLabel(label: string, unit: string): PriceVariant {
  const text = normalLabel(label).replace(/[（]/g, "(").replace(/[）]/g, ")");
  const lower = text.toLowerCase();
  const variant: PriceVariant = {};
  // The first segment names the model ("kling 2.6", "Qwen-Image-2.1", "wan 2.7 image pro"): its words are no variant.
  let rest = lower.includes(",") ? lower.slice(lower.indexOf(",") + 1) : "";
  // An upscale row names what it goes from and to ("480P → 1080P"): the output is what it is priced for.
  rest = rest.replace(/\S+\s*→\s*(\S+)/g, "$1");
  const resolutions = new Set<string>();
  for (const match of rest.matchAll(/(?<![\w.])(1\/2k|\d(?:\.\d)?k|\d{3,4}p)(?![\w])/g)) {
    const value = match[1] as string;
    if (value === "1/2k") {
      resolutions.add("1k");
      resolutions.add("2k");
    } else resolutions.add(normalResolution(value));
  }
  if (resolutions.size) variant.resolution = [...resolutions];
  if (unit === "per video") {
    const seconds = /(?<![\w.])(\d{1,3}(?:\.\d+)?)\s?s(?![a-z])/.exec(rest);
    if (seconds) variant.seconds = Number(seconds[1]);
  }
  if (/\b(with|with native) audio\b|\(with audio\)/.test(rest)) variant.audio = true;
  else if (/\b(without|no|no native) audio\b|\(no audio\)/.test(rest)) variant.audio = false;
  if (/\bwith video( input)?\b/.test(rest)) variant.videoInput = true;
  else if (/\b(no|without) video( input)?\b/.test(rest)) variant.videoInput = false;
  else if (/(^|,)\s*video input\s*(,|$)/.test(rest)) variant.surcharge = "video";
  if (unit !== "per million tokens" && /(^|,)\s*(input image|image input|input)\s*(,|$)/.test(rest)) variant.surcharge = "image";
  if (/first image free/.test(rest)) variant.firstFree = true;
  if (unit === "per million tokens") {
    const last = rest.split(",").at(-1)?.trim() ?? "";
    const token = TOKEN_CLASSES.find((name) => last === name);
    if (token) variant.tokens = token;
  } else {
    // A tier is a whole segment, or the head of one ("Fast-4K", "Pro-6.0s-1080p", "Turbo Pro-10.0s"), or in brackets.
    for (const segment of rest.split(/,|\(|\)/)) {
      const head = segment.trim().split("-")[0]?.trim() ?? "";
      const tier = TIERS.find((name) => head === name);
      if (tier) {
        variant.tier = tier;
        break;
      }
    }
  }
  return variant;
}
