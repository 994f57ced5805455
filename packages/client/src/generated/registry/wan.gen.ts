// This file is generated. Do not edit it by hand.
// Source: specs/market/wan/2-2-a14b-image-to-video-turbo.json, specs/market/wan/2-2-a14b-speech-to-video-turbo.json, specs/market/wan/2-2-a14b-text-to-video-turbo.json, specs/market/wan/2-2-animate-move.json, specs/market/wan/2-2-animate-replace.json, specs/market/wan/2-5-image-to-video.json, specs/market/wan/2-5-text-to-video.json, specs/market/wan/2-6-flash-image-to-video.json, specs/market/wan/2-6-flash-video-to-video.json, specs/market/wan/2-6-image-to-video.json, specs/market/wan/2-6-text-to-video.json, specs/market/wan/2-6-video-to-video.json, specs/market/wan/2-7-image.json, specs/market/wan/2-7-image-pro.json, specs/market/wan/2-7-image-to-video.json, specs/market/wan/2-7-r2v.json, specs/market/wan/2-7-text-to-video.json, specs/market/wan/2-7-videoedit.json, specs/market/wan/3-0-video.json, specs/market/wan/3-0-video-prime.json
// Regenerate with: pnpm generate

import type { RegistryEntry } from "../../registry-entry.js";

/** The wan models: what the client needs of each at run time. */
export const models: Readonly<Record<string, RegistryEntry>> = {
  "wan/2-2-a14b-image-to-video-turbo": {
    load: () => import("@kie-market/schemas/market/wan/2-2-a14b-image-to-video-turbo").then((module) => module.validator),
  },
  "wan/2-2-a14b-speech-to-video-turbo": {
    load: () => import("@kie-market/schemas/market/wan/2-2-a14b-speech-to-video-turbo").then((module) => module.validator),
  },
  "wan/2-2-a14b-text-to-video-turbo": {
    load: () => import("@kie-market/schemas/market/wan/2-2-a14b-text-to-video-turbo").then((module) => module.validator),
  },
  "wan/2-2-animate-move": {
    load: () => import("@kie-market/schemas/market/wan/2-2-animate-move").then((module) => module.validator),
  },
  "wan/2-2-animate-replace": {
    load: () => import("@kie-market/schemas/market/wan/2-2-animate-replace").then((module) => module.validator),
  },
  "wan/2-5-image-to-video": {
    load: () => import("@kie-market/schemas/market/wan/2-5-image-to-video").then((module) => module.validator),
  },
  "wan/2-5-text-to-video": {
    load: () => import("@kie-market/schemas/market/wan/2-5-text-to-video").then((module) => module.validator),
  },
  "wan/2-6-flash-image-to-video": {
    load: () => import("@kie-market/schemas/market/wan/2-6-flash-image-to-video").then((module) => module.validator),
  },
  "wan/2-6-flash-video-to-video": {
    load: () => import("@kie-market/schemas/market/wan/2-6-flash-video-to-video").then((module) => module.validator),
  },
  "wan/2-6-image-to-video": {
    load: () => import("@kie-market/schemas/market/wan/2-6-image-to-video").then((module) => module.validator),
  },
  "wan/2-6-text-to-video": {
    load: () => import("@kie-market/schemas/market/wan/2-6-text-to-video").then((module) => module.validator),
  },
  "wan/2-6-video-to-video": {
    load: () => import("@kie-market/schemas/market/wan/2-6-video-to-video").then((module) => module.validator),
  },
  "wan/2-7-image": {
    load: () => import("@kie-market/schemas/market/wan/2-7-image").then((module) => module.validator),
  },
  "wan/2-7-image-pro": {
    load: () => import("@kie-market/schemas/market/wan/2-7-image-pro").then((module) => module.validator),
  },
  "wan/2-7-image-to-video": {
    load: () => import("@kie-market/schemas/market/wan/2-7-image-to-video").then((module) => module.validator),
  },
  "wan/2-7-r2v": {
    load: () => import("@kie-market/schemas/market/wan/2-7-r2v").then((module) => module.validator),
  },
  "wan/2-7-text-to-video": {
    load: () => import("@kie-market/schemas/market/wan/2-7-text-to-video").then((module) => module.validator),
  },
  "wan/2-7-videoedit": {
    load: () => import("@kie-market/schemas/market/wan/2-7-videoedit").then((module) => module.validator),
  },
  "wan/3-0-video": {
    load: () => import("@kie-market/schemas/market/wan/3-0-video").then((module) => module.validator),
  },
  "wan/3-0-video-prime": {
    load: () => import("@kie-market/schemas/market/wan/3-0-video-prime").then((module) => module.validator),
  },
};
