// This file is generated. Do not edit it by hand.
// Source: specs/market/gemini-omni-video.json
// Regenerate with: pnpm generate

import type { RegistryEntry } from "../../registry-entry.js";

/** The gemini-omni-video models: what the client needs of each at run time. */
export const models: Readonly<Record<string, RegistryEntry>> = {
  "gemini-omni-video": {
    load: () => import("@kie-market/schemas/market/gemini-omni-video").then((module) => module.validator),
  },
};
