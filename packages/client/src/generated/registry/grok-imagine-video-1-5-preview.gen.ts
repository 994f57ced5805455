// This file is generated. Do not edit it by hand.
// Source: specs/market/grok-imagine-video-1-5-preview.json
// Regenerate with: pnpm generate

import type { RegistryEntry } from "../../registry-entry.js";

/** The grok-imagine-video-1-5-preview models: what the client needs of each at run time. */
export const models: Readonly<Record<string, RegistryEntry>> = {
  "grok-imagine-video-1-5-preview": {
    load: () => import("@kie-market/schemas/market/grok-imagine-video-1-5-preview").then((module) => module.validator),
  },
};
