// This file is generated. Do not edit it by hand.
// Source: specs/market/kling-2.6/image-to-video.json, specs/market/kling-2.6/motion-control.json, specs/market/kling-2.6/text-to-video.json
// Regenerate with: pnpm generate

import type { RegistryEntry } from "../../registry-entry.js";

/** The kling-2.6 models: what the client needs of each at run time. */
export const models: Readonly<Record<string, RegistryEntry>> = {
  "kling-2.6/image-to-video": {
    load: () => import("@kie-market/schemas/market/kling-2.6/image-to-video").then((module) => module.validator),
  },
  "kling-2.6/motion-control": {
    load: () => import("@kie-market/schemas/market/kling-2.6/motion-control").then((module) => module.validator),
  },
  "kling-2.6/text-to-video": {
    load: () => import("@kie-market/schemas/market/kling-2.6/text-to-video").then((module) => module.validator),
  },
};
