// This file is generated. Do not edit it by hand.
// Source: specs/market/hailuo/02-image-to-video-pro.json, specs/market/hailuo/02-image-to-video-standard.json, specs/market/hailuo/02-text-to-video-pro.json, specs/market/hailuo/02-text-to-video-standard.json, specs/market/hailuo/2-3-image-to-video-pro.json, specs/market/hailuo/2-3-image-to-video-standard.json
// Regenerate with: pnpm generate

import type { RegistryEntry } from "../../registry-entry.js";

/** The hailuo models: what the client needs of each at run time. */
export const models: Readonly<Record<string, RegistryEntry>> = {
  "hailuo/02-image-to-video-pro": {
    load: () => import("@kie-market/schemas/market/hailuo/02-image-to-video-pro").then((module) => module.validator),
  },
  "hailuo/02-image-to-video-standard": {
    load: () => import("@kie-market/schemas/market/hailuo/02-image-to-video-standard").then((module) => module.validator),
    defaults: {"duration":"10","resolution":"768P"},
  },
  "hailuo/02-text-to-video-pro": {
    load: () => import("@kie-market/schemas/market/hailuo/02-text-to-video-pro").then((module) => module.validator),
  },
  "hailuo/02-text-to-video-standard": {
    load: () => import("@kie-market/schemas/market/hailuo/02-text-to-video-standard").then((module) => module.validator),
    defaults: {"duration":"6"},
  },
  "hailuo/2-3-image-to-video-pro": {
    load: () => import("@kie-market/schemas/market/hailuo/2-3-image-to-video-pro").then((module) => module.validator),
    defaults: {"duration":"6","resolution":"768P"},
  },
  "hailuo/2-3-image-to-video-standard": {
    load: () => import("@kie-market/schemas/market/hailuo/2-3-image-to-video-standard").then((module) => module.validator),
    defaults: {"duration":"6","resolution":"768P"},
  },
};
