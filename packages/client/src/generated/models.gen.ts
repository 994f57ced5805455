// This file is generated. Do not edit it by hand.
// Source: specs/market/hailuo/02-image-to-video-standard.json, specs/market/hailuo/2-3-image-to-video-standard.json, specs/market/kling/v2-5-turbo-image-to-video-pro.json, specs/market/wan/2-2-a14b-image-to-video-turbo.json
// Regenerate with: pnpm generate

import type { KieValidator } from "@kie-market/schemas";
import type { components } from "./api.gen.js";

/** Every model id of the catalogue, sorted. */
export const modelIds = ["hailuo/02-image-to-video-standard","hailuo/2-3-image-to-video-standard","kling/v2-5-turbo-image-to-video-pro","wan/2-2-a14b-image-to-video-turbo"] as const;

/** A model id of the catalogue, e.g. `hailuo/02-image-to-video-standard`. */
export type ModelId = (typeof modelIds)[number];

/** The `input` type of each model. */
export interface ModelInputs {
  "hailuo/02-image-to-video-standard": components["schemas"]["Hailuo02ImageToVideoStandardInput"];
  "hailuo/2-3-image-to-video-standard": components["schemas"]["Hailuo23ImageToVideoStandardInput"];
  "kling/v2-5-turbo-image-to-video-pro": components["schemas"]["KlingV25TurboImageToVideoProInput"];
  "wan/2-2-a14b-image-to-video-turbo": components["schemas"]["Wan22A14bImageToVideoTurboInput"];
}

/** The createTask body for model `M`; for a union of ids, the union of their bodies. */
export type CreateTaskBody<M extends ModelId = ModelId> = {
  [K in M]: { model: K; input: ModelInputs[K]; callBackUrl?: string };
}[M];

/**
 * Defaults sent explicitly when the caller leaves the field out, because upstream has started to
 * require these fields (`x-kie-send-default` in the spec).
 */
export const sendDefaults: { readonly [M in ModelId]: Partial<ModelInputs[M]> } = {
  "hailuo/02-image-to-video-standard": {"duration":"10","resolution":"768P"},
  "hailuo/2-3-image-to-video-standard": {"duration":"6","resolution":"768P"},
  "kling/v2-5-turbo-image-to-video-pro": {"duration":"5"},
  "wan/2-2-a14b-image-to-video-turbo": {},
};

/** Loads a model's validator on first use, so an app bundles only the validators it uses. */
export const loadValidator: { readonly [M in ModelId]: () => Promise<KieValidator<CreateTaskBody<M>>> } = {
  "hailuo/02-image-to-video-standard": () => import("@kie-market/schemas/market/hailuo/02-image-to-video-standard").then((module) => module.validator),
  "hailuo/2-3-image-to-video-standard": () => import("@kie-market/schemas/market/hailuo/2-3-image-to-video-standard").then((module) => module.validator),
  "kling/v2-5-turbo-image-to-video-pro": () => import("@kie-market/schemas/market/kling/v2-5-turbo-image-to-video-pro").then((module) => module.validator),
  "wan/2-2-a14b-image-to-video-turbo": () => import("@kie-market/schemas/market/wan/2-2-a14b-image-to-video-turbo").then((module) => module.validator),
};

/** Field facts of every model (types, enums, defaults, limits) and its cross-field rules. */
export const modelFields = {
  "hailuo/02-image-to-video-standard": {"title":"Hailuo 02 Image to Video (Standard)","category":"video","fields":[{"name":"prompt","type":"string","required":true,"maxLength":1500},{"name":"image_url","type":"string","required":true},{"name":"end_image_url","type":"string","required":false},{"name":"duration","type":"string","required":false,"enum":["6","10"],"default":"10","sendDefault":true},{"name":"resolution","type":"string","required":false,"enum":["512P","768P"],"default":"768P","sendDefault":true},{"name":"prompt_optimizer","type":"boolean","required":false,"default":true}],"rules":[]},
  "hailuo/2-3-image-to-video-standard": {"title":"Hailuo 2.3 Image to Video (Standard)","category":"video","fields":[{"name":"prompt","type":"string","required":true,"maxLength":5000},{"name":"image_url","type":"string","required":true},{"name":"duration","type":"string","required":false,"enum":["6","10"],"default":"6","sendDefault":true},{"name":"resolution","type":"string","required":false,"enum":["768P","1080P"],"default":"768P","sendDefault":true}],"rules":["duration \"10\" is not supported with resolution \"1080P\""]},
  "kling/v2-5-turbo-image-to-video-pro": {"title":"Kling v2.5 Turbo Image to Video (Pro)","category":"video","fields":[{"name":"prompt","type":"string","required":true,"maxLength":2500},{"name":"image_url","type":"string","required":true},{"name":"tail_image_url","type":"string","required":false},{"name":"duration","type":"string","required":false,"enum":["5","10"],"default":"5","sendDefault":true},{"name":"negative_prompt","type":"string","required":false,"maxLength":2496},{"name":"cfg_scale","type":"number","required":false,"default":0.5,"minimum":0,"maximum":1}],"rules":[]},
  "wan/2-2-a14b-image-to-video-turbo": {"title":"Wan 2.2 A14B Turbo Image to Video","category":"video","fields":[{"name":"image_url","type":"string","required":true},{"name":"prompt","type":"string","required":true,"maxLength":5000},{"name":"resolution","type":"string","required":false,"enum":["480p","580p","720p"],"default":"720p"},{"name":"aspect_ratio","type":"string","required":false,"enum":["auto","16:9","9:16","1:1"],"default":"auto"},{"name":"enable_prompt_expansion","type":"boolean","required":false},{"name":"seed","type":"integer","required":false,"default":0,"minimum":0,"maximum":2147483647},{"name":"acceleration","type":"string","required":false,"enum":["none","regular"],"default":"none"}],"rules":[]},
} as const;
