// This file is generated. Do not edit it by hand.
// Source: specs/market/volcengine/video-to-video-lip-sync.json
// Regenerate with: pnpm generate

import type { RegistryEntry } from "../../registry-entry.js";

/** The volcengine models: what the client needs of each at run time. */
export const models: Readonly<Record<string, RegistryEntry>> = {
  "volcengine/video-to-video-lip-sync": {
    load: () => import("@kie-market/schemas/market/volcengine/video-to-video-lip-sync").then((module) => module.validator),
  },
};
