// This file is generated. Do not edit it by hand.
// Source: specs/market/minimax-h3/image-to-video.json, specs/market/minimax-h3/reference-to-video.json, specs/market/minimax-h3/text-to-video.json
// Regenerate with: pnpm generate

import type { RegistryEntry } from "../../registry-entry.js";

/** The minimax-h3 models: what the client needs of each at run time. */
export const models: Readonly<Record<string, RegistryEntry>> = {
  "minimax-h3/image-to-video": {
    load: () => import("@kie-market/schemas/market/minimax-h3/image-to-video").then((module) => module.validator),
  },
  "minimax-h3/reference-to-video": {
    load: () => import("@kie-market/schemas/market/minimax-h3/reference-to-video").then((module) => module.validator),
  },
  "minimax-h3/text-to-video": {
    load: () => import("@kie-market/schemas/market/minimax-h3/text-to-video").then((module) => module.validator),
  },
};
