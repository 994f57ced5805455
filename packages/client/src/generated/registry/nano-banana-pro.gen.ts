// This file is generated. Do not edit it by hand.
// Source: specs/market/nano-banana-pro.json
// Regenerate with: pnpm generate

import type { RegistryEntry } from "../../registry-entry.js";

/** The nano-banana-pro models: what the client needs of each at run time. */
export const models: Readonly<Record<string, RegistryEntry>> = {
  "nano-banana-pro": {
    load: () => import("@kie-market/schemas/market/nano-banana-pro").then((module) => module.validator),
  },
};
