// This file is generated. Do not edit it by hand.
// Source: specs/market/runway.json, specs/market/runway/extend-ai-video.json, specs/market/runway/gen4-aleph.json
// Regenerate with: pnpm generate

import type { RegistryEntry } from "../../registry-entry.js";

/** The runway models: what the client needs of each at run time. */
export const models: Readonly<Record<string, RegistryEntry>> = {
  "runway": {
    load: () => import("@kie-market/schemas/market/runway").then((module) => module.validator),
  },
  "runway/extend-ai-video": {
    load: () => import("@kie-market/schemas/market/runway/extend-ai-video").then((module) => module.validator),
  },
  "runway/gen4-aleph": {
    load: () => import("@kie-market/schemas/market/runway/gen4-aleph").then((module) => module.validator),
  },
};
