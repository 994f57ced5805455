// This file is generated. Do not edit it by hand.
// Source: specs/market/qwen3/image-to-image.json, specs/market/qwen3/pro-image-to-image.json, specs/market/qwen3/pro-text-to-image.json, specs/market/qwen3/text-to-image.json
// Regenerate with: pnpm generate

import type { RegistryEntry } from "../../registry-entry.js";

/** The qwen3 models: what the client needs of each at run time. */
export const models: Readonly<Record<string, RegistryEntry>> = {
  "qwen3/image-to-image": {
    load: () => import("@kie-market/schemas/market/qwen3/image-to-image").then((module) => module.validator),
  },
  "qwen3/pro-image-to-image": {
    load: () => import("@kie-market/schemas/market/qwen3/pro-image-to-image").then((module) => module.validator),
  },
  "qwen3/pro-text-to-image": {
    load: () => import("@kie-market/schemas/market/qwen3/pro-text-to-image").then((module) => module.validator),
  },
  "qwen3/text-to-image": {
    load: () => import("@kie-market/schemas/market/qwen3/text-to-image").then((module) => module.validator),
  },
};
