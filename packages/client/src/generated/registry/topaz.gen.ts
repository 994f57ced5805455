// This file is generated. Do not edit it by hand.
// Source: specs/market/topaz/image-upscale.json, specs/market/topaz/video-upscale.json
// Regenerate with: pnpm generate

import type { RegistryEntry } from "../../registry-entry.js";

/** The topaz models: what the client needs of each at run time. */
export const models: Readonly<Record<string, RegistryEntry>> = {
  "topaz/image-upscale": {
    load: () => import("@kie-market/schemas/market/topaz/image-upscale").then((module) => module.validator),
  },
  "topaz/video-upscale": {
    load: () => import("@kie-market/schemas/market/topaz/video-upscale").then((module) => module.validator),
  },
};
