// This file is generated. Do not edit it by hand.
// Source: specs/market/grok-imagine/extend.json, specs/market/grok-imagine/image-to-image.json, specs/market/grok-imagine/image-to-video.json, specs/market/grok-imagine/text-to-image.json, specs/market/grok-imagine/text-to-video.json, specs/market/grok-imagine/upscale.json
// Regenerate with: pnpm generate

import type { RegistryEntry } from "../../registry-entry.js";

/** The grok-imagine models: what the client needs of each at run time. */
export const models: Readonly<Record<string, RegistryEntry>> = {
  "grok-imagine/extend": {
    load: () => import("@kie-market/schemas/market/grok-imagine/extend").then((module) => module.validator),
  },
  "grok-imagine/image-to-image": {
    load: () => import("@kie-market/schemas/market/grok-imagine/image-to-image").then((module) => module.validator),
  },
  "grok-imagine/image-to-video": {
    load: () => import("@kie-market/schemas/market/grok-imagine/image-to-video").then((module) => module.validator),
  },
  "grok-imagine/text-to-image": {
    load: () => import("@kie-market/schemas/market/grok-imagine/text-to-image").then((module) => module.validator),
  },
  "grok-imagine/text-to-video": {
    load: () => import("@kie-market/schemas/market/grok-imagine/text-to-video").then((module) => module.validator),
  },
  "grok-imagine/upscale": {
    load: () => import("@kie-market/schemas/market/grok-imagine/upscale").then((module) => module.validator),
  },
};
