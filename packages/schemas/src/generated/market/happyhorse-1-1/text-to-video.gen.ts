// This file is generated. Do not edit it by hand.
// Source: specs/market/happyhorse-1-1/text-to-video.json
// Regenerate with: pnpm generate

import { createValidator, type KieValidator } from "../../../validator.js";
import { R, O, L, U } from "../../../runtime.js";
import { $additionalProperties, $enum, $format, $maxLength, $maximum, $minimum, $multipleOf, $required, $type } from "../../../issues.js";
import type { components } from "../../types.gen.js";

/** The createTask body of `happyhorse-1-1/text-to-video`. */
export type Request = components["schemas"]["Happyhorse11TextToVideoRequest"];
/** The `input` object of `happyhorse-1-1/text-to-video`. */
export type Input = components["schemas"]["Happyhorse11TextToVideoInput"];

/** Model id this module validates. */
export const modelId = "happyhorse-1-1/text-to-video";

const K0=["model","callBackUrl","input"];
const A1=["happyhorse-1-1/text-to-video"];
const K2=["prompt","resolution","aspect_ratio","duration"];
const A3=["720p","1080p"];
const A4=["16:9","9:16","1:1","4:3","3:4","4:5","5:4","9:21","21:9"];

/**
 * Validates a createTask body for `happyhorse-1-1/text-to-video` (Standard Schema v1). Unknown fields are refused
 * unless `{ unknownFields: "allow" }` is passed to `validate`.
 * Spec: `@kie-market/specs/source/market/happyhorse-1-1/text-to-video.json`.
 */
export const validator: KieValidator<Request> = createValidator<Request>(modelId, (x: any, u: boolean): void=>{if(!(O(x)))R("",$type,"object");else{if(x.model===void 0)R("",$required,"model");if(x.input===void 0)R("",$required,"input");if(!u)for(const k in x)if(k!=="model"&&k!=="callBackUrl"&&k!=="input")R("",$additionalProperties,k,K0);{const v1=x.model;if(v1!==void 0){if(!(typeof v1=="string"))R("/model",$type,"string");else{if(v1!=="happyhorse-1-1/text-to-video")R("/model",$enum,A1);}}}{const v2=x.callBackUrl;if(v2!==void 0){if(!(typeof v2=="string"))R("/callBackUrl",$type,"string");else{if(!U(v2))R("/callBackUrl",$format,"uri");}}}{const v3=x.input;if(v3!==void 0){if(!(O(v3)))R("/input",$type,"object");else{if(v3.prompt===void 0)R("/input",$required,"prompt");if(!u)for(const k in v3)if(k!=="prompt"&&k!=="resolution"&&k!=="aspect_ratio"&&k!=="duration")R("/input",$additionalProperties,k,K2);{const v5=v3.prompt;if(v5!==void 0){if(!(typeof v5=="string"))R("/input/prompt",$type,"string");else{if(v5.length>4999&&L(v5,4999))R("/input/prompt",$maxLength,4999);}}}{const v6=v3.resolution;if(v6!==void 0){if(!(typeof v6=="string"))R("/input/resolution",$type,"string");else{if(v6!=="720p"&&v6!=="1080p")R("/input/resolution",$enum,A3);}}}{const v7=v3.aspect_ratio;if(v7!==void 0){if(!(typeof v7=="string"))R("/input/aspect_ratio",$type,"string");else{if(v7!=="16:9"&&v7!=="9:16"&&v7!=="1:1"&&v7!=="4:3"&&v7!=="3:4"&&v7!=="4:5"&&v7!=="5:4"&&v7!=="9:21"&&v7!=="21:9")R("/input/aspect_ratio",$enum,A4);}}}{const v8=v3.duration;if(v8!==void 0){if(!(Number.isFinite(v8)))R("/input/duration",$type,"number");else{if(v8<3)R("/input/duration",$minimum,3);if(v8>15)R("/input/duration",$maximum,15);if(!Number.isInteger(v8/1))R("/input/duration",$multipleOf,1);}}}}}}}});
export default validator;
