// This file is generated. Do not edit it by hand.
// Source: specs/market/qwen2/image-edit.json, specs/market/qwen2/text-to-image.json
// Regenerate with: pnpm generate

import type { RegistryEntry } from "../../registry-entry.js";

/** The qwen2 models: what the client needs of each at run time. */
export const models: Readonly<Record<string, RegistryEntry>> = {
  "qwen2/image-edit": {
    load: () => import("@kie-market/schemas/market/qwen2/image-edit").then((module) => module.validator),
  },
  "qwen2/text-to-image": {
    load: () => import("@kie-market/schemas/market/qwen2/text-to-image").then((module) => module.validator),
  },
};
