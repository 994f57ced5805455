// This file is generated. Do not edit it by hand.
// Source: specs/market/ai-music-api/add-instrumental.json, specs/market/ai-music-api/add-vocals.json, specs/market/ai-music-api/boost-music-style.json, specs/market/ai-music-api/check-voice.json, specs/market/ai-music-api/convert-to-wav-format.json, specs/market/ai-music-api/cover-generate.json, specs/market/ai-music-api/create-music-video.json, specs/market/ai-music-api/create-voice.json, specs/market/ai-music-api/extend.json, specs/market/ai-music-api/generate.json, specs/market/ai-music-api/generate-lyrics.json, specs/market/ai-music-api/generate-midi-from-audio.json, specs/market/ai-music-api/generate-persona.json, specs/market/ai-music-api/mashup.json, specs/market/ai-music-api/regenerate-phrase.json, specs/market/ai-music-api/replace-section.json, specs/market/ai-music-api/separate-vocals.json, specs/market/ai-music-api/sounds.json, specs/market/ai-music-api/suno-recovery-audio.json, specs/market/ai-music-api/timeStamped-lyrics.json, specs/market/ai-music-api/upload-and-cover-audio.json, specs/market/ai-music-api/upload-and-extend-audio.json, specs/market/ai-music-api/validation-phrase.json
// Regenerate with: pnpm generate

import type { RegistryEntry } from "../../registry-entry.js";

/** The ai-music-api models: what the client needs of each at run time. */
export const models: Readonly<Record<string, RegistryEntry>> = {
  "ai-music-api/add-instrumental": {
    load: () => import("@kie-market/schemas/market/ai-music-api/add-instrumental").then((module) => module.validator),
  },
  "ai-music-api/add-vocals": {
    load: () => import("@kie-market/schemas/market/ai-music-api/add-vocals").then((module) => module.validator),
  },
  "ai-music-api/boost-music-style": {
    load: () => import("@kie-market/schemas/market/ai-music-api/boost-music-style").then((module) => module.validator),
    objectOutput: true,
  },
  "ai-music-api/check-voice": {
    load: () => import("@kie-market/schemas/market/ai-music-api/check-voice").then((module) => module.validator),
    objectOutput: true,
  },
  "ai-music-api/convert-to-wav-format": {
    load: () => import("@kie-market/schemas/market/ai-music-api/convert-to-wav-format").then((module) => module.validator),
  },
  "ai-music-api/cover-generate": {
    load: () => import("@kie-market/schemas/market/ai-music-api/cover-generate").then((module) => module.validator),
  },
  "ai-music-api/create-music-video": {
    load: () => import("@kie-market/schemas/market/ai-music-api/create-music-video").then((module) => module.validator),
  },
  "ai-music-api/create-voice": {
    load: () => import("@kie-market/schemas/market/ai-music-api/create-voice").then((module) => module.validator),
    objectOutput: true,
  },
  "ai-music-api/extend": {
    load: () => import("@kie-market/schemas/market/ai-music-api/extend").then((module) => module.validator),
  },
  "ai-music-api/generate": {
    load: () => import("@kie-market/schemas/market/ai-music-api/generate").then((module) => module.validator),
  },
  "ai-music-api/generate-lyrics": {
    load: () => import("@kie-market/schemas/market/ai-music-api/generate-lyrics").then((module) => module.validator),
    objectOutput: true,
  },
  "ai-music-api/generate-midi-from-audio": {
    load: () => import("@kie-market/schemas/market/ai-music-api/generate-midi-from-audio").then((module) => module.validator),
  },
  "ai-music-api/generate-persona": {
    load: () => import("@kie-market/schemas/market/ai-music-api/generate-persona").then((module) => module.validator),
    objectOutput: true,
  },
  "ai-music-api/mashup": {
    load: () => import("@kie-market/schemas/market/ai-music-api/mashup").then((module) => module.validator),
  },
  "ai-music-api/regenerate-phrase": {
    load: () => import("@kie-market/schemas/market/ai-music-api/regenerate-phrase").then((module) => module.validator),
    objectOutput: true,
  },
  "ai-music-api/replace-section": {
    load: () => import("@kie-market/schemas/market/ai-music-api/replace-section").then((module) => module.validator),
  },
  "ai-music-api/separate-vocals": {
    load: () => import("@kie-market/schemas/market/ai-music-api/separate-vocals").then((module) => module.validator),
  },
  "ai-music-api/sounds": {
    load: () => import("@kie-market/schemas/market/ai-music-api/sounds").then((module) => module.validator),
  },
  "ai-music-api/suno-recovery-audio": {
    load: () => import("@kie-market/schemas/market/ai-music-api/suno-recovery-audio").then((module) => module.validator),
  },
  "ai-music-api/timeStamped-lyrics": {
    load: () => import("@kie-market/schemas/market/ai-music-api/timeStamped-lyrics").then((module) => module.validator),
    objectOutput: true,
  },
  "ai-music-api/upload-and-cover-audio": {
    load: () => import("@kie-market/schemas/market/ai-music-api/upload-and-cover-audio").then((module) => module.validator),
  },
  "ai-music-api/upload-and-extend-audio": {
    load: () => import("@kie-market/schemas/market/ai-music-api/upload-and-extend-audio").then((module) => module.validator),
  },
  "ai-music-api/validation-phrase": {
    load: () => import("@kie-market/schemas/market/ai-music-api/validation-phrase").then((module) => module.validator),
    objectOutput: true,
  },
};
