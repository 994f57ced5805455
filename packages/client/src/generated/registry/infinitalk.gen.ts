// This file is generated. Do not edit it by hand.
// Source: specs/market/infinitalk/from-audio.json
// Regenerate with: pnpm generate

import type { RegistryEntry } from "../../registry-entry.js";

/** The infinitalk models: what the client needs of each at run time. */
export const models: Readonly<Record<string, RegistryEntry>> = {
  "infinitalk/from-audio": {
    load: () => import("@kie-market/schemas/market/infinitalk/from-audio").then((module) => module.validator),
  },
};
