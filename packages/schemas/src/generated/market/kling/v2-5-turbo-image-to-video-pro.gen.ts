// This file is generated. Do not edit it by hand.
// Source: specs/market/kling/v2-5-turbo-image-to-video-pro.json
// Regenerate with: pnpm generate

import { createValidator, type KieValidator } from "../../../validator.js";
import type { components } from "../../types.gen.js";
import { validate } from "./v2-5-turbo-image-to-video-pro.ajv.gen.js";

/** The createTask body of `kling/v2-5-turbo-image-to-video-pro`. */
export type Request = components["schemas"]["KlingV25TurboImageToVideoProRequest"];
/** The `input` object of `kling/v2-5-turbo-image-to-video-pro`. */
export type Input = components["schemas"]["KlingV25TurboImageToVideoProInput"];

/** Model id this module validates. */
export const modelId = "kling/v2-5-turbo-image-to-video-pro";

/**
 * Validates a createTask body for `kling/v2-5-turbo-image-to-video-pro` (Standard Schema v1). Unknown fields are refused
 * unless `{ unknownFields: "allow" }` is passed to `validate`.
 * Spec: `@kie-market/specs/source/market/kling/v2-5-turbo-image-to-video-pro.json`.
 */
export const validator: KieValidator<Request> = createValidator<Request>(modelId, validate, {"knownFields":{"#/properties/input":["prompt","image_url","tail_image_url","duration","negative_prompt","cfg_scale"],"#":["model","callBackUrl","input"]},"messages":{}});
export default validator;
