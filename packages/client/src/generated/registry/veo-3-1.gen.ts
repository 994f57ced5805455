// This file is generated. Do not edit it by hand.
// Source: specs/market/veo-3-1.json
// Regenerate with: pnpm generate

import type { RegistryEntry } from "../../registry-entry.js";

/** The veo-3-1 models: what the client needs of each at run time. */
export const models: Readonly<Record<string, RegistryEntry>> = {
  "veo-3-1": {
    load: () => import("@kie-market/schemas/market/veo-3-1").then((module) => module.validator),
  },
};
