// This file is generated. Do not edit it by hand.
// Source: specs/market/ideogram/character.json, specs/market/ideogram/character-edit.json, specs/market/ideogram/character-remix.json, specs/market/ideogram/v3-edit.json, specs/market/ideogram/v3-remix.json, specs/market/ideogram/v3-text-to-image.json
// Regenerate with: pnpm generate

import type { RegistryEntry } from "../../registry-entry.js";

/** The ideogram models: what the client needs of each at run time. */
export const models: Readonly<Record<string, RegistryEntry>> = {
  "ideogram/character": {
    load: () => import("@kie-market/schemas/market/ideogram/character").then((module) => module.validator),
  },
  "ideogram/character-edit": {
    load: () => import("@kie-market/schemas/market/ideogram/character-edit").then((module) => module.validator),
  },
  "ideogram/character-remix": {
    load: () => import("@kie-market/schemas/market/ideogram/character-remix").then((module) => module.validator),
  },
  "ideogram/v3-edit": {
    load: () => import("@kie-market/schemas/market/ideogram/v3-edit").then((module) => module.validator),
  },
  "ideogram/v3-remix": {
    load: () => import("@kie-market/schemas/market/ideogram/v3-remix").then((module) => module.validator),
  },
  "ideogram/v3-text-to-image": {
    load: () => import("@kie-market/schemas/market/ideogram/v3-text-to-image").then((module) => module.validator),
  },
};
