// This file is generated. Do not edit it by hand.
// Source: specs/market/gpt-image-2-5-sunburst-image-to-image.json
// Regenerate with: pnpm generate

import type { RegistryEntry } from "../../registry-entry.js";

/** The gpt-image-2-5-sunburst-image-to-image models: what the client needs of each at run time. */
export const models: Readonly<Record<string, RegistryEntry>> = {
  "gpt-image-2-5-sunburst-image-to-image": {
    load: () => import("@kie-market/schemas/market/gpt-image-2-5-sunburst-image-to-image").then((module) => module.validator),
  },
};
