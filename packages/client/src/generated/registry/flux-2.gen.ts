// This file is generated. Do not edit it by hand.
// Source: specs/market/flux-2/flex-image-to-image.json, specs/market/flux-2/flex-text-to-image.json, specs/market/flux-2/pro-image-to-image.json, specs/market/flux-2/pro-text-to-image.json
// Regenerate with: pnpm generate

import type { RegistryEntry } from "../../registry-entry.js";

/** The flux-2 models: what the client needs of each at run time. */
export const models: Readonly<Record<string, RegistryEntry>> = {
  "flux-2/flex-image-to-image": {
    load: () => import("@kie-market/schemas/market/flux-2/flex-image-to-image").then((module) => module.validator),
  },
  "flux-2/flex-text-to-image": {
    load: () => import("@kie-market/schemas/market/flux-2/flex-text-to-image").then((module) => module.validator),
  },
  "flux-2/pro-image-to-image": {
    load: () => import("@kie-market/schemas/market/flux-2/pro-image-to-image").then((module) => module.validator),
  },
  "flux-2/pro-text-to-image": {
    load: () => import("@kie-market/schemas/market/flux-2/pro-text-to-image").then((module) => module.validator),
  },
};
