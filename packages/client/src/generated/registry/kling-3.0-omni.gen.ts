// This file is generated. Do not edit it by hand.
// Source: specs/market/kling-3.0-omni/image-to-video.json, specs/market/kling-3.0-omni/reference-to-video.json, specs/market/kling-3.0-omni/text-to-video.json, specs/market/kling-3.0-omni/transformation.json
// Regenerate with: pnpm generate

import type { RegistryEntry } from "../../registry-entry.js";

/** The kling-3.0-omni models: what the client needs of each at run time. */
export const models: Readonly<Record<string, RegistryEntry>> = {
  "kling-3.0-omni/image-to-video": {
    load: () => import("@kie-market/schemas/market/kling-3.0-omni/image-to-video").then((module) => module.validator),
  },
  "kling-3.0-omni/reference-to-video": {
    load: () => import("@kie-market/schemas/market/kling-3.0-omni/reference-to-video").then((module) => module.validator),
  },
  "kling-3.0-omni/text-to-video": {
    load: () => import("@kie-market/schemas/market/kling-3.0-omni/text-to-video").then((module) => module.validator),
  },
  "kling-3.0-omni/transformation": {
    load: () => import("@kie-market/schemas/market/kling-3.0-omni/transformation").then((module) => module.validator),
  },
};
