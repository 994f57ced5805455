// This file is generated. Do not edit it by hand.
// Source: specs/market/pixverse-v6/extend.json, specs/market/pixverse-v6/image-to-video.json, specs/market/pixverse-v6/reference-to-video.json, specs/market/pixverse-v6/text-to-video.json, specs/market/pixverse-v6/transition.json
// Regenerate with: pnpm generate

import type { RegistryEntry } from "../../registry-entry.js";

/** The pixverse-v6 models: what the client needs of each at run time. */
export const models: Readonly<Record<string, RegistryEntry>> = {
  "pixverse-v6/extend": {
    load: () => import("@kie-market/schemas/market/pixverse-v6/extend").then((module) => module.validator),
  },
  "pixverse-v6/image-to-video": {
    load: () => import("@kie-market/schemas/market/pixverse-v6/image-to-video").then((module) => module.validator),
  },
  "pixverse-v6/reference-to-video": {
    load: () => import("@kie-market/schemas/market/pixverse-v6/reference-to-video").then((module) => module.validator),
  },
  "pixverse-v6/text-to-video": {
    load: () => import("@kie-market/schemas/market/pixverse-v6/text-to-video").then((module) => module.validator),
  },
  "pixverse-v6/transition": {
    load: () => import("@kie-market/schemas/market/pixverse-v6/transition").then((module) => module.validator),
  },
};
