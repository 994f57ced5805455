// This file is generated. Do not edit it by hand.
// Source: specs/market/kling-2.6/text-to-video.json
// Regenerate with: pnpm generate

import { createValidator, type KieValidator } from "../../../validator.js";
import { R, O, L, U } from "../../../runtime.js";
import { $additionalProperties, $enum, $format, $maxLength, $required, $type } from "../../../issues.js";
import type { components } from "../../types.gen.js";

/** The createTask body of `kling-2.6/text-to-video`. */
export type Request = components["schemas"]["Kling26TextToVideoRequest"];
/** The `input` object of `kling-2.6/text-to-video`. */
export type Input = components["schemas"]["Kling26TextToVideoInput"];

/** Model id this module validates. */
export const modelId = "kling-2.6/text-to-video";

const K0=["model","callBackUrl","input"];
const A1=["kling-2.6/text-to-video"];
const K2=["prompt","sound","aspect_ratio","duration"];
const A3=["1:1","16:9","9:16"];
const A4=["5","10"];

/**
 * Validates a createTask body for `kling-2.6/text-to-video` (Standard Schema v1). Unknown fields are refused
 * unless `{ unknownFields: "allow" }` is passed to `validate`.
 * Spec: `@kie-market/specs/source/market/kling-2.6/text-to-video.json`.
 */
export const validator: KieValidator<Request> = createValidator<Request>(modelId, (x: any, u: boolean): void=>{if(!(O(x)))R("",$type,"object");else{if(x.model===void 0)R("",$required,"model");if(x.input===void 0)R("",$required,"input");if(!u)for(const k in x)if(k!=="model"&&k!=="callBackUrl"&&k!=="input")R("",$additionalProperties,k,K0);{const v1=x.model;if(v1!==void 0){if(!(typeof v1=="string"))R("/model",$type,"string");else{if(v1!=="kling-2.6/text-to-video")R("/model",$enum,A1);}}}{const v2=x.callBackUrl;if(v2!==void 0){if(!(typeof v2=="string"))R("/callBackUrl",$type,"string");else{if(!U(v2))R("/callBackUrl",$format,"uri");}}}{const v3=x.input;if(v3!==void 0){if(!(O(v3)))R("/input",$type,"object");else{if(v3.prompt===void 0)R("/input",$required,"prompt");if(v3.sound===void 0)R("/input",$required,"sound");if(v3.aspect_ratio===void 0)R("/input",$required,"aspect_ratio");if(v3.duration===void 0)R("/input",$required,"duration");if(!u)for(const k in v3)if(k!=="prompt"&&k!=="sound"&&k!=="aspect_ratio"&&k!=="duration")R("/input",$additionalProperties,k,K2);{const v5=v3.prompt;if(v5!==void 0){if(!(typeof v5=="string"))R("/input/prompt",$type,"string");else{if(v5.length>1000&&L(v5,1000))R("/input/prompt",$maxLength,1000);}}}{const v6=v3.sound;if(v6!==void 0){if(!(typeof v6=="boolean"))R("/input/sound",$type,"boolean");}}{const v7=v3.aspect_ratio;if(v7!==void 0){if(!(typeof v7=="string"))R("/input/aspect_ratio",$type,"string");else{if(v7!=="1:1"&&v7!=="16:9"&&v7!=="9:16")R("/input/aspect_ratio",$enum,A3);}}}{const v8=v3.duration;if(v8!==void 0){if(!(typeof v8=="string"))R("/input/duration",$type,"string");else{if(v8!=="5"&&v8!=="10")R("/input/duration",$enum,A4);}}}}}}}});
export default validator;
