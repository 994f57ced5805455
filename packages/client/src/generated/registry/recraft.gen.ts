// This file is generated. Do not edit it by hand.
// Source: specs/market/recraft/crisp-upscale.json, specs/market/recraft/remove-background.json
// Regenerate with: pnpm generate

import type { RegistryEntry } from "../../registry-entry.js";

/** The recraft models: what the client needs of each at run time. */
export const models: Readonly<Record<string, RegistryEntry>> = {
  "recraft/crisp-upscale": {
    load: () => import("@kie-market/schemas/market/recraft/crisp-upscale").then((module) => module.validator),
  },
  "recraft/remove-background": {
    load: () => import("@kie-market/schemas/market/recraft/remove-background").then((module) => module.validator),
  },
};
