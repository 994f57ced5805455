// This file is generated. Do not edit it by hand.
// Source: specs/market/elevenlabs/audio-isolation.json, specs/market/elevenlabs/text-to-dialogue-v3.json, specs/market/elevenlabs/text-to-speech-multilingual-v2.json, specs/market/elevenlabs/text-to-speech-turbo-2-5.json
// Regenerate with: pnpm generate

import type { RegistryEntry } from "../../registry-entry.js";

/** The elevenlabs models: what the client needs of each at run time. */
export const models: Readonly<Record<string, RegistryEntry>> = {
  "elevenlabs/audio-isolation": {
    load: () => import("@kie-market/schemas/market/elevenlabs/audio-isolation").then((module) => module.validator),
  },
  "elevenlabs/text-to-dialogue-v3": {
    load: () => import("@kie-market/schemas/market/elevenlabs/text-to-dialogue-v3").then((module) => module.validator),
  },
  "elevenlabs/text-to-speech-multilingual-v2": {
    load: () => import("@kie-market/schemas/market/elevenlabs/text-to-speech-multilingual-v2").then((module) => module.validator),
  },
  "elevenlabs/text-to-speech-turbo-2-5": {
    load: () => import("@kie-market/schemas/market/elevenlabs/text-to-speech-turbo-2-5").then((module) => module.validator),
  },
};
