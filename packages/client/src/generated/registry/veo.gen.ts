// This file is generated. Do not edit it by hand.
// Source: specs/market/veo/extend.json, specs/market/veo/get-1080p-video.json, specs/market/veo/get-4k-video.json
// Regenerate with: pnpm generate

import type { RegistryEntry } from "../../registry-entry.js";

/** The veo models: what the client needs of each at run time. */
export const models: Readonly<Record<string, RegistryEntry>> = {
  "veo/extend": {
    load: () => import("@kie-market/schemas/market/veo/extend").then((module) => module.validator),
  },
  "veo/get-1080p-video": {
    load: () => import("@kie-market/schemas/market/veo/get-1080p-video").then((module) => module.validator),
  },
  "veo/get-4k-video": {
    load: () => import("@kie-market/schemas/market/veo/get-4k-video").then((module) => module.validator),
  },
};
