// This file is generated. Do not edit it by hand.
// Source: specs/market/qwen2-1/image-to-image.json, specs/market/qwen2-1/text-to-image.json
// Regenerate with: pnpm generate

import type { RegistryEntry } from "../../registry-entry.js";

/** The qwen2-1 models: what the client needs of each at run time. */
export const models: Readonly<Record<string, RegistryEntry>> = {
  "qwen2-1/image-to-image": {
    load: () => import("@kie-market/schemas/market/qwen2-1/image-to-image").then((module) => module.validator),
  },
  "qwen2-1/text-to-image": {
    load: () => import("@kie-market/schemas/market/qwen2-1/text-to-image").then((module) => module.validator),
  },
};
