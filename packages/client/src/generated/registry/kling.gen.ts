// This file is generated. Do not edit it by hand.
// Source: specs/market/kling/ai-avatar-pro.json, specs/market/kling/ai-avatar-standard.json, specs/market/kling/v2-1-master-image-to-video.json, specs/market/kling/v2-1-master-text-to-video.json, specs/market/kling/v2-1-pro.json, specs/market/kling/v2-1-standard.json, specs/market/kling/v2-5-turbo-image-to-video-pro.json, specs/market/kling/v2-5-turbo-text-to-video-pro.json, specs/market/kling/v3-turbo-image-to-video.json, specs/market/kling/v3-turbo-text-to-video.json
// Regenerate with: pnpm generate

import type { RegistryEntry } from "../../registry-entry.js";

/** The kling models: what the client needs of each at run time. */
export const models: Readonly<Record<string, RegistryEntry>> = {
  "kling/ai-avatar-pro": {
    load: () => import("@kie-market/schemas/market/kling/ai-avatar-pro").then((module) => module.validator),
  },
  "kling/ai-avatar-standard": {
    load: () => import("@kie-market/schemas/market/kling/ai-avatar-standard").then((module) => module.validator),
  },
  "kling/v2-1-master-image-to-video": {
    load: () => import("@kie-market/schemas/market/kling/v2-1-master-image-to-video").then((module) => module.validator),
    defaults: {"duration":"5"},
  },
  "kling/v2-1-master-text-to-video": {
    load: () => import("@kie-market/schemas/market/kling/v2-1-master-text-to-video").then((module) => module.validator),
    defaults: {"duration":"5"},
  },
  "kling/v2-1-pro": {
    load: () => import("@kie-market/schemas/market/kling/v2-1-pro").then((module) => module.validator),
    defaults: {"duration":"5"},
  },
  "kling/v2-1-standard": {
    load: () => import("@kie-market/schemas/market/kling/v2-1-standard").then((module) => module.validator),
    defaults: {"duration":"5"},
  },
  "kling/v2-5-turbo-image-to-video-pro": {
    load: () => import("@kie-market/schemas/market/kling/v2-5-turbo-image-to-video-pro").then((module) => module.validator),
    defaults: {"duration":"5"},
  },
  "kling/v2-5-turbo-text-to-video-pro": {
    load: () => import("@kie-market/schemas/market/kling/v2-5-turbo-text-to-video-pro").then((module) => module.validator),
    defaults: {"duration":"5"},
  },
  "kling/v3-turbo-image-to-video": {
    load: () => import("@kie-market/schemas/market/kling/v3-turbo-image-to-video").then((module) => module.validator),
  },
  "kling/v3-turbo-text-to-video": {
    load: () => import("@kie-market/schemas/market/kling/v3-turbo-text-to-video").then((module) => module.validator),
  },
};
