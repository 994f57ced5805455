// This file is generated. Do not edit it by hand.
// Source: specs/market/google/gemini-2-5-pro-tts.json, specs/market/google/gemini-3-1-flash-tts.json, specs/market/google/gemini-3-8-flash-lite-tts.json, specs/market/google/gemini-3-8-flash-tts.json, specs/market/google/gemini-omni-flash-1-1.json, specs/market/google/imagen4.json, specs/market/google/imagen4-fast.json, specs/market/google/imagen4-ultra.json, specs/market/google/nano-banana.json, specs/market/google/nano-banana-edit.json
// Regenerate with: pnpm generate

import type { RegistryEntry } from "../../registry-entry.js";

/** The google models: what the client needs of each at run time. */
export const models: Readonly<Record<string, RegistryEntry>> = {
  "google/gemini-2-5-pro-tts": {
    load: () => import("@kie-market/schemas/market/google/gemini-2-5-pro-tts").then((module) => module.validator),
  },
  "google/gemini-3-1-flash-tts": {
    load: () => import("@kie-market/schemas/market/google/gemini-3-1-flash-tts").then((module) => module.validator),
  },
  "google/gemini-3-8-flash-lite-tts": {
    load: () => import("@kie-market/schemas/market/google/gemini-3-8-flash-lite-tts").then((module) => module.validator),
  },
  "google/gemini-3-8-flash-tts": {
    load: () => import("@kie-market/schemas/market/google/gemini-3-8-flash-tts").then((module) => module.validator),
  },
  "google/gemini-omni-flash-1-1": {
    load: () => import("@kie-market/schemas/market/google/gemini-omni-flash-1-1").then((module) => module.validator),
  },
  "google/imagen4": {
    load: () => import("@kie-market/schemas/market/google/imagen4").then((module) => module.validator),
    defaults: {"aspect_ratio":"1:1"},
  },
  "google/imagen4-fast": {
    load: () => import("@kie-market/schemas/market/google/imagen4-fast").then((module) => module.validator),
    defaults: {"aspect_ratio":"16:9"},
  },
  "google/imagen4-ultra": {
    load: () => import("@kie-market/schemas/market/google/imagen4-ultra").then((module) => module.validator),
    defaults: {"aspect_ratio":"1:1"},
  },
  "google/nano-banana": {
    load: () => import("@kie-market/schemas/market/google/nano-banana").then((module) => module.validator),
  },
  "google/nano-banana-edit": {
    load: () => import("@kie-market/schemas/market/google/nano-banana-edit").then((module) => module.validator),
  },
};
