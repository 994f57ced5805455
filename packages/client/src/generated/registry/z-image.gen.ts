// This file is generated. Do not edit it by hand.
// Source: specs/market/z-image.json
// Regenerate with: pnpm generate

import type { RegistryEntry } from "../../registry-entry.js";

/** The z-image models: what the client needs of each at run time. */
export const models: Readonly<Record<string, RegistryEntry>> = {
  "z-image": {
    load: () => import("@kie-market/schemas/market/z-image").then((module) => module.validator),
  },
};
