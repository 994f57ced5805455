// This file is generated. Do not edit it by hand.
// Source: specs/market/kling/v3-turbo-text-to-video.json
// Regenerate with: pnpm generate

import { createValidator, type KieValidator } from "../../../validator.js";
import { R, O, L, U } from "../../../runtime.js";
import { $additionalProperties, $enum, $format, $maxLength, $required, $type } from "../../../issues.js";
import type { components } from "../../types.gen.js";

/** The createTask body of `kling/v3-turbo-text-to-video`. */
export type Request = components["schemas"]["KlingV3TurboTextToVideoRequest"];
/** The `input` object of `kling/v3-turbo-text-to-video`. */
export type Input = components["schemas"]["KlingV3TurboTextToVideoInput"];

/** Model id this module validates. */
export const modelId = "kling/v3-turbo-text-to-video";

const K0=["model","callBackUrl","input"];
const A1=["kling/v3-turbo-text-to-video"];
const K2=["prompt","duration","aspect_ratio","resolution"];
const A3=["1:1","9:16","16:9"];
const A4=["720p","1080p"];

/**
 * Validates a createTask body for `kling/v3-turbo-text-to-video` (Standard Schema v1). Unknown fields are refused
 * unless `{ unknownFields: "allow" }` is passed to `validate`.
 * Spec: `@kie-market/specs/source/market/kling/v3-turbo-text-to-video.json`.
 */
export const validator: KieValidator<Request> = createValidator<Request>(modelId, (x: any, u: boolean): void=>{if(!(O(x)))R("",$type,"object");else{if(x.model===void 0)R("",$required,"model");if(x.input===void 0)R("",$required,"input");if(!u)for(const k in x)if(k!=="model"&&k!=="callBackUrl"&&k!=="input")R("",$additionalProperties,k,K0);{const v1=x.model;if(v1!==void 0){if(!(typeof v1=="string"))R("/model",$type,"string");else{if(v1!=="kling/v3-turbo-text-to-video")R("/model",$enum,A1);}}}{const v2=x.callBackUrl;if(v2!==void 0){if(!(typeof v2=="string"))R("/callBackUrl",$type,"string");else{if(!U(v2))R("/callBackUrl",$format,"uri");}}}{const v3=x.input;if(v3!==void 0){if(!(O(v3)))R("/input",$type,"object");else{if(v3.prompt===void 0)R("/input",$required,"prompt");if(v3.duration===void 0)R("/input",$required,"duration");if(v3.aspect_ratio===void 0)R("/input",$required,"aspect_ratio");if(v3.resolution===void 0)R("/input",$required,"resolution");if(!u)for(const k in v3)if(k!=="prompt"&&k!=="duration"&&k!=="aspect_ratio"&&k!=="resolution")R("/input",$additionalProperties,k,K2);{const v5=v3.prompt;if(v5!==void 0){if(!(typeof v5=="string"))R("/input/prompt",$type,"string");else{if(v5.length>2500&&L(v5,2500))R("/input/prompt",$maxLength,2500);}}}{const v6=v3.duration;if(v6!==void 0){if(!(typeof v6=="string"))R("/input/duration",$type,"string");}}{const v7=v3.aspect_ratio;if(v7!==void 0){if(!(typeof v7=="string"))R("/input/aspect_ratio",$type,"string");else{if(v7!=="1:1"&&v7!=="9:16"&&v7!=="16:9")R("/input/aspect_ratio",$enum,A3);}}}{const v8=v3.resolution;if(v8!==void 0){if(!(typeof v8=="string"))R("/input/resolution",$type,"string");else{if(v8!=="720p"&&v8!=="1080p")R("/input/resolution",$enum,A4);}}}}}}}});
export default validator;
