// This file is generated. Do not edit it by hand.
// Source: specs/market/happyhorse/image-to-video.json, specs/market/happyhorse/reference-to-video.json, specs/market/happyhorse/text-to-video.json, specs/market/happyhorse/video-edit.json
// Regenerate with: pnpm generate

import type { RegistryEntry } from "../../registry-entry.js";

/** The happyhorse models: what the client needs of each at run time. */
export const models: Readonly<Record<string, RegistryEntry>> = {
  "happyhorse/image-to-video": {
    load: () => import("@kie-market/schemas/market/happyhorse/image-to-video").then((module) => module.validator),
  },
  "happyhorse/reference-to-video": {
    load: () => import("@kie-market/schemas/market/happyhorse/reference-to-video").then((module) => module.validator),
  },
  "happyhorse/text-to-video": {
    load: () => import("@kie-market/schemas/market/happyhorse/text-to-video").then((module) => module.validator),
  },
  "happyhorse/video-edit": {
    load: () => import("@kie-market/schemas/market/happyhorse/video-edit").then((module) => module.validator),
  },
};
