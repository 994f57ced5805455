// This file is generated. Do not edit it by hand.
// Source: specs/market/nano-banana-2-lite.json
// Regenerate with: pnpm generate

import type { RegistryEntry } from "../../registry-entry.js";

/** The nano-banana-2-lite models: what the client needs of each at run time. */
export const models: Readonly<Record<string, RegistryEntry>> = {
  "nano-banana-2-lite": {
    load: () => import("@kie-market/schemas/market/nano-banana-2-lite").then((module) => module.validator),
  },
};
