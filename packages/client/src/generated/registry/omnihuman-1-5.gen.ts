// This file is generated. Do not edit it by hand.
// Source: specs/market/omnihuman-1-5.json, specs/market/omnihuman-1-5/human-identification.json, specs/market/omnihuman-1-5/subject-detection.json
// Regenerate with: pnpm generate

import type { RegistryEntry } from "../../registry-entry.js";

/** The omnihuman-1-5 models: what the client needs of each at run time. */
export const models: Readonly<Record<string, RegistryEntry>> = {
  "omnihuman-1-5": {
    load: () => import("@kie-market/schemas/market/omnihuman-1-5").then((module) => module.validator),
  },
  "omnihuman-1-5/human-identification": {
    load: () => import("@kie-market/schemas/market/omnihuman-1-5/human-identification").then((module) => module.validator),
    objectOutput: true,
  },
  "omnihuman-1-5/subject-detection": {
    load: () => import("@kie-market/schemas/market/omnihuman-1-5/subject-detection").then((module) => module.validator),
    objectOutput: true,
  },
};
