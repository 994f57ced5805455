// This file is generated. Do not edit it by hand.
// Source: specs/market/seedream/4.5-edit.json, specs/market/seedream/4.5-text-to-image.json, specs/market/seedream/5-lite-image-to-image.json, specs/market/seedream/5-lite-text-to-image.json, specs/market/seedream/5-pro-image-to-image.json, specs/market/seedream/5-pro-layer-decomposition.json, specs/market/seedream/5-pro-text-to-image.json
// Regenerate with: pnpm generate

import type { RegistryEntry } from "../../registry-entry.js";

/** The seedream models: what the client needs of each at run time. */
export const models: Readonly<Record<string, RegistryEntry>> = {
  "seedream/4.5-edit": {
    load: () => import("@kie-market/schemas/market/seedream/4.5-edit").then((module) => module.validator),
  },
  "seedream/4.5-text-to-image": {
    load: () => import("@kie-market/schemas/market/seedream/4.5-text-to-image").then((module) => module.validator),
  },
  "seedream/5-lite-image-to-image": {
    load: () => import("@kie-market/schemas/market/seedream/5-lite-image-to-image").then((module) => module.validator),
  },
  "seedream/5-lite-text-to-image": {
    load: () => import("@kie-market/schemas/market/seedream/5-lite-text-to-image").then((module) => module.validator),
  },
  "seedream/5-pro-image-to-image": {
    load: () => import("@kie-market/schemas/market/seedream/5-pro-image-to-image").then((module) => module.validator),
  },
  "seedream/5-pro-layer-decomposition": {
    load: () => import("@kie-market/schemas/market/seedream/5-pro-layer-decomposition").then((module) => module.validator),
  },
  "seedream/5-pro-text-to-image": {
    load: () => import("@kie-market/schemas/market/seedream/5-pro-text-to-image").then((module) => module.validator),
  },
};
