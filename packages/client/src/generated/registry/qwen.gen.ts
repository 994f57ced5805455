// This file is generated. Do not edit it by hand.
// Source: specs/market/qwen/image-edit.json, specs/market/qwen/image-to-image.json, specs/market/qwen/text-to-image.json
// Regenerate with: pnpm generate

import type { RegistryEntry } from "../../registry-entry.js";

/** The qwen models: what the client needs of each at run time. */
export const models: Readonly<Record<string, RegistryEntry>> = {
  "qwen/image-edit": {
    load: () => import("@kie-market/schemas/market/qwen/image-edit").then((module) => module.validator),
  },
  "qwen/image-to-image": {
    load: () => import("@kie-market/schemas/market/qwen/image-to-image").then((module) => module.validator),
  },
  "qwen/text-to-image": {
    load: () => import("@kie-market/schemas/market/qwen/text-to-image").then((module) => module.validator),
  },
};
