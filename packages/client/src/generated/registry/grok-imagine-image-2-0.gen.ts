// This file is generated. Do not edit it by hand.
// Source: specs/market/grok-imagine-image-2-0/image-edit.json, specs/market/grok-imagine-image-2-0/segment-edit.json, specs/market/grok-imagine-image-2-0/segment-map.json, specs/market/grok-imagine-image-2-0/text-to-image.json
// Regenerate with: pnpm generate

import type { RegistryEntry } from "../../registry-entry.js";

/** The grok-imagine-image-2-0 models: what the client needs of each at run time. */
export const models: Readonly<Record<string, RegistryEntry>> = {
  "grok-imagine-image-2-0/image-edit": {
    load: () => import("@kie-market/schemas/market/grok-imagine-image-2-0/image-edit").then((module) => module.validator),
  },
  "grok-imagine-image-2-0/segment-edit": {
    load: () => import("@kie-market/schemas/market/grok-imagine-image-2-0/segment-edit").then((module) => module.validator),
  },
  "grok-imagine-image-2-0/segment-map": {
    load: () => import("@kie-market/schemas/market/grok-imagine-image-2-0/segment-map").then((module) => module.validator),
    objectOutput: true,
  },
  "grok-imagine-image-2-0/text-to-image": {
    load: () => import("@kie-market/schemas/market/grok-imagine-image-2-0/text-to-image").then((module) => module.validator),
  },
};
