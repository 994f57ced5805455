// This file is generated. Do not edit it by hand.
// Source: specs/market/happyhorse-1-1/image-to-video.json, specs/market/happyhorse-1-1/reference-to-video.json, specs/market/happyhorse-1-1/text-to-video.json
// Regenerate with: pnpm generate

import type { RegistryEntry } from "../../registry-entry.js";

/** The happyhorse-1-1 models: what the client needs of each at run time. */
export const models: Readonly<Record<string, RegistryEntry>> = {
  "happyhorse-1-1/image-to-video": {
    load: () => import("@kie-market/schemas/market/happyhorse-1-1/image-to-video").then((module) => module.validator),
  },
  "happyhorse-1-1/reference-to-video": {
    load: () => import("@kie-market/schemas/market/happyhorse-1-1/reference-to-video").then((module) => module.validator),
  },
  "happyhorse-1-1/text-to-video": {
    load: () => import("@kie-market/schemas/market/happyhorse-1-1/text-to-video").then((module) => module.validator),
  },
};
