// This file is generated. Do not edit it by hand.
// Source: specs/market/wan/2-2-a14b-image-to-video-turbo.json
// Regenerate with: pnpm generate

import { createValidator, type KieValidator } from "../../../validator.js";
import type { components } from "../../types.gen.js";
import { validate } from "./2-2-a14b-image-to-video-turbo.ajv.gen.js";

/** The createTask body of `wan/2-2-a14b-image-to-video-turbo`. */
export type Request = components["schemas"]["Wan22A14bImageToVideoTurboRequest"];
/** The `input` object of `wan/2-2-a14b-image-to-video-turbo`. */
export type Input = components["schemas"]["Wan22A14bImageToVideoTurboInput"];

/** Model id this module validates. */
export const modelId = "wan/2-2-a14b-image-to-video-turbo";

/**
 * Validates a createTask body for `wan/2-2-a14b-image-to-video-turbo` (Standard Schema v1). Unknown fields are refused
 * unless `{ unknownFields: "allow" }` is passed to `validate`.
 * Spec: `@kie-market/specs/source/market/wan/2-2-a14b-image-to-video-turbo.json`.
 */
export const validator: KieValidator<Request> = createValidator<Request>(modelId, validate, {"knownFields":{"#/properties/input":["image_url","prompt","resolution","aspect_ratio","enable_prompt_expansion","seed","acceleration"],"#":["model","callBackUrl","input"]},"messages":{}});
export default validator;
