// This file is generated. Do not edit it by hand.
// Source: specs/market/bytedance/seedance-1.5-pro.json, specs/market/bytedance/seedance-2.json, specs/market/bytedance/seedance-2-5.json, specs/market/bytedance/seedance-2-fast.json, specs/market/bytedance/seedance-2-mini.json, specs/market/bytedance/seedream.json, specs/market/bytedance/seedream-v4-edit.json, specs/market/bytedance/seedream-v4-text-to-image.json, specs/market/bytedance/v1-lite-image-to-video.json, specs/market/bytedance/v1-lite-text-to-video.json, specs/market/bytedance/v1-pro-fast-image-to-video.json, specs/market/bytedance/v1-pro-image-to-video.json, specs/market/bytedance/v1-pro-text-to-video.json
// Regenerate with: pnpm generate

import type { RegistryEntry } from "../../registry-entry.js";

/** The bytedance models: what the client needs of each at run time. */
export const models: Readonly<Record<string, RegistryEntry>> = {
  "bytedance/seedance-1.5-pro": {
    load: () => import("@kie-market/schemas/market/bytedance/seedance-1.5-pro").then((module) => module.validator),
  },
  "bytedance/seedance-2": {
    load: () => import("@kie-market/schemas/market/bytedance/seedance-2").then((module) => module.validator),
    defaults: {"aspect_ratio":"16:9"},
  },
  "bytedance/seedance-2-5": {
    load: () => import("@kie-market/schemas/market/bytedance/seedance-2-5").then((module) => module.validator),
  },
  "bytedance/seedance-2-fast": {
    load: () => import("@kie-market/schemas/market/bytedance/seedance-2-fast").then((module) => module.validator),
    defaults: {"aspect_ratio":"16:9"},
  },
  "bytedance/seedance-2-mini": {
    load: () => import("@kie-market/schemas/market/bytedance/seedance-2-mini").then((module) => module.validator),
    defaults: {"aspect_ratio":"16:9"},
  },
  "bytedance/seedream": {
    load: () => import("@kie-market/schemas/market/bytedance/seedream").then((module) => module.validator),
  },
  "bytedance/seedream-v4-edit": {
    load: () => import("@kie-market/schemas/market/bytedance/seedream-v4-edit").then((module) => module.validator),
  },
  "bytedance/seedream-v4-text-to-image": {
    load: () => import("@kie-market/schemas/market/bytedance/seedream-v4-text-to-image").then((module) => module.validator),
  },
  "bytedance/v1-lite-image-to-video": {
    load: () => import("@kie-market/schemas/market/bytedance/v1-lite-image-to-video").then((module) => module.validator),
  },
  "bytedance/v1-lite-text-to-video": {
    load: () => import("@kie-market/schemas/market/bytedance/v1-lite-text-to-video").then((module) => module.validator),
  },
  "bytedance/v1-pro-fast-image-to-video": {
    load: () => import("@kie-market/schemas/market/bytedance/v1-pro-fast-image-to-video").then((module) => module.validator),
  },
  "bytedance/v1-pro-image-to-video": {
    load: () => import("@kie-market/schemas/market/bytedance/v1-pro-image-to-video").then((module) => module.validator),
  },
  "bytedance/v1-pro-text-to-video": {
    load: () => import("@kie-market/schemas/market/bytedance/v1-pro-text-to-video").then((module) => module.validator),
  },
};
