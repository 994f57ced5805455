// This file is generated. Do not edit it by hand.
// Source: specs/market/wan/2-6-text-to-video.json
// Regenerate with: pnpm generate

import { createValidator, type KieValidator } from "../../../validator.js";
import { R, O, L, U } from "../../../runtime.js";
import { $additionalProperties, $enum, $format, $maxLength, $required, $type } from "../../../issues.js";
import type { components } from "../../types.gen.js";

/** The createTask body of `wan/2-6-text-to-video`. */
export type Request = components["schemas"]["Wan26TextToVideoRequest"];
/** The `input` object of `wan/2-6-text-to-video`. */
export type Input = components["schemas"]["Wan26TextToVideoInput"];

/** Model id this module validates. */
export const modelId = "wan/2-6-text-to-video";

const K0=["model","callBackUrl","input"];
const A1=["wan/2-6-text-to-video"];
const K2=["prompt","duration","resolution","multi_shots","nsfw_checker"];
const A3=["5","10","15"];
const A4=["720p","1080p"];

/**
 * Validates a createTask body for `wan/2-6-text-to-video` (Standard Schema v1). Unknown fields are refused
 * unless `{ unknownFields: "allow" }` is passed to `validate`.
 * Spec: `@kie-market/specs/source/market/wan/2-6-text-to-video.json`.
 */
export const validator: KieValidator<Request> = createValidator<Request>(modelId, (x: any, u: boolean): void=>{if(!(O(x)))R("",$type,"object");else{if(x.model===void 0)R("",$required,"model");if(x.input===void 0)R("",$required,"input");if(!u)for(const k in x)if(k!=="model"&&k!=="callBackUrl"&&k!=="input")R("",$additionalProperties,k,K0);{const v1=x.model;if(v1!==void 0){if(!(typeof v1=="string"))R("/model",$type,"string");else{if(v1!=="wan/2-6-text-to-video")R("/model",$enum,A1);}}}{const v2=x.callBackUrl;if(v2!==void 0){if(!(typeof v2=="string"))R("/callBackUrl",$type,"string");else{if(!U(v2))R("/callBackUrl",$format,"uri");}}}{const v3=x.input;if(v3!==void 0){if(!(O(v3)))R("/input",$type,"object");else{if(v3.prompt===void 0)R("/input",$required,"prompt");if(!u)for(const k in v3)if(k!=="prompt"&&k!=="duration"&&k!=="resolution"&&k!=="multi_shots"&&k!=="nsfw_checker")R("/input",$additionalProperties,k,K2);{const v5=v3.prompt;if(v5!==void 0){if(!(typeof v5=="string"))R("/input/prompt",$type,"string");else{if(v5.length>5000&&L(v5,5000))R("/input/prompt",$maxLength,5000);}}}{const v6=v3.duration;if(v6!==void 0){if(!(typeof v6=="string"))R("/input/duration",$type,"string");else{if(v6!=="5"&&v6!=="10"&&v6!=="15")R("/input/duration",$enum,A3);}}}{const v7=v3.resolution;if(v7!==void 0){if(!(typeof v7=="string"))R("/input/resolution",$type,"string");else{if(v7!=="720p"&&v7!=="1080p")R("/input/resolution",$enum,A4);}}}{const v8=v3.multi_shots;if(v8!==void 0){if(!(typeof v8=="boolean"))R("/input/multi_shots",$type,"boolean");}}{const v9=v3.nsfw_checker;if(v9!==void 0){if(!(typeof v9=="boolean"))R("/input/nsfw_checker",$type,"boolean");}}}}}}});
export default validator;
