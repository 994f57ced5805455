// This file is generated. Do not edit it by hand.
// Source: specs/market/hailuo/2-3-image-to-video-standard.json
// Regenerate with: pnpm generate

import { createValidator, type KieValidator } from "../../../validator.js";
import type { components } from "../../types.gen.js";
import { validate } from "./2-3-image-to-video-standard.ajv.gen.js";

/** The createTask body of `hailuo/2-3-image-to-video-standard`. */
export type Request = components["schemas"]["Hailuo23ImageToVideoStandardRequest"];
/** The `input` object of `hailuo/2-3-image-to-video-standard`. */
export type Input = components["schemas"]["Hailuo23ImageToVideoStandardInput"];

/** Model id this module validates. */
export const modelId = "hailuo/2-3-image-to-video-standard";

/**
 * Validates a createTask body for `hailuo/2-3-image-to-video-standard` (Standard Schema v1). Unknown fields are refused
 * unless `{ unknownFields: "allow" }` is passed to `validate`.
 * Spec: `@kie-market/specs/source/market/hailuo/2-3-image-to-video-standard.json`.
 */
export const validator: KieValidator<Request> = createValidator<Request>(modelId, validate, {"knownFields":{"#/properties/input":["prompt","image_url","duration","resolution"],"#":["model","callBackUrl","input"]},"messages":{"#/properties/input/not":"duration \"10\" is not supported with resolution \"1080P\""}});
export default validator;
