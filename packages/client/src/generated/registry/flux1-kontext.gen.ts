// This file is generated. Do not edit it by hand.
// Source: specs/market/flux1-kontext.json
// Regenerate with: pnpm generate

import type { RegistryEntry } from "../../registry-entry.js";

/** The flux1-kontext models: what the client needs of each at run time. */
export const models: Readonly<Record<string, RegistryEntry>> = {
  "flux1-kontext": {
    load: () => import("@kie-market/schemas/market/flux1-kontext").then((module) => module.validator),
  },
};
