// This file is generated. Do not edit it by hand.
// Source: specs/market/kling-3.0/motion-control.json, specs/market/kling-3.0/video.json
// Regenerate with: pnpm generate

import type { RegistryEntry } from "../../registry-entry.js";

/** The kling-3.0 models: what the client needs of each at run time. */
export const models: Readonly<Record<string, RegistryEntry>> = {
  "kling-3.0/motion-control": {
    load: () => import("@kie-market/schemas/market/kling-3.0/motion-control").then((module) => module.validator),
  },
  "kling-3.0/video": {
    load: () => import("@kie-market/schemas/market/kling-3.0/video").then((module) => module.validator),
    defaults: {"sound":false,"duration":"5","aspect_ratio":"16:9","mode":"pro","multi_shots":false},
  },
};
