// This file is generated. Do not edit it by hand.
// Source: specs/market/4o-image-api.json
// Regenerate with: pnpm generate

import type { RegistryEntry } from "../../registry-entry.js";

/** The 4o-image-api models: what the client needs of each at run time. */
export const models: Readonly<Record<string, RegistryEntry>> = {
  "4o-image-api": {
    load: () => import("@kie-market/schemas/market/4o-image-api").then((module) => module.validator),
  },
};
