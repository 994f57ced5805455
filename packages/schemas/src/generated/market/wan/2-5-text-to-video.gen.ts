// This file is generated. Do not edit it by hand.
// Source: specs/market/wan/2-5-text-to-video.json
// Regenerate with: pnpm generate

import { createValidator, type KieValidator } from "../../../validator.js";
import { R, O, L, U } from "../../../runtime.js";
import { $additionalProperties, $enum, $format, $maxLength, $required, $type } from "../../../issues.js";
import type { components } from "../../types.gen.js";

/** The createTask body of `wan/2-5-text-to-video`. */
export type Request = components["schemas"]["Wan25TextToVideoRequest"];
/** The `input` object of `wan/2-5-text-to-video`. */
export type Input = components["schemas"]["Wan25TextToVideoInput"];

/** Model id this module validates. */
export const modelId = "wan/2-5-text-to-video";

const K0=["model","callBackUrl","input"];
const A1=["wan/2-5-text-to-video"];
const K2=["prompt","duration","aspect_ratio","resolution","negative_prompt","enable_prompt_expansion","seed","nsfw_checker"];
const A3=["5","10"];
const A4=["16:9","9:16","1:1"];
const A5=["720p","1080p"];

/**
 * Validates a createTask body for `wan/2-5-text-to-video` (Standard Schema v1). Unknown fields are refused
 * unless `{ unknownFields: "allow" }` is passed to `validate`.
 * Spec: `@kie-market/specs/source/market/wan/2-5-text-to-video.json`.
 */
export const validator: KieValidator<Request> = createValidator<Request>(modelId, (x: any, u: boolean): void=>{if(!(O(x)))R("",$type,"object");else{if(x.model===void 0)R("",$required,"model");if(x.input===void 0)R("",$required,"input");if(!u)for(const k in x)if(k!=="model"&&k!=="callBackUrl"&&k!=="input")R("",$additionalProperties,k,K0);{const v1=x.model;if(v1!==void 0){if(!(typeof v1=="string"))R("/model",$type,"string");else{if(v1!=="wan/2-5-text-to-video")R("/model",$enum,A1);}}}{const v2=x.callBackUrl;if(v2!==void 0){if(!(typeof v2=="string"))R("/callBackUrl",$type,"string");else{if(!U(v2))R("/callBackUrl",$format,"uri");}}}{const v3=x.input;if(v3!==void 0){if(!(O(v3)))R("/input",$type,"object");else{if(v3.prompt===void 0)R("/input",$required,"prompt");if(v3.duration===void 0)R("/input",$required,"duration");if(v3.resolution===void 0)R("/input",$required,"resolution");if(!u)for(const k in v3)if(k!=="prompt"&&k!=="duration"&&k!=="aspect_ratio"&&k!=="resolution"&&k!=="negative_prompt"&&k!=="enable_prompt_expansion"&&k!=="seed"&&k!=="nsfw_checker")R("/input",$additionalProperties,k,K2);{const v5=v3.prompt;if(v5!==void 0){if(!(typeof v5=="string"))R("/input/prompt",$type,"string");else{if(v5.length>800&&L(v5,800))R("/input/prompt",$maxLength,800);}}}{const v6=v3.duration;if(v6!==void 0){if(!(typeof v6=="string"))R("/input/duration",$type,"string");else{if(v6!=="5"&&v6!=="10")R("/input/duration",$enum,A3);}}}{const v7=v3.aspect_ratio;if(v7!==void 0){if(!(typeof v7=="string"))R("/input/aspect_ratio",$type,"string");else{if(v7!=="16:9"&&v7!=="9:16"&&v7!=="1:1")R("/input/aspect_ratio",$enum,A4);}}}{const v8=v3.resolution;if(v8!==void 0){if(!(typeof v8=="string"))R("/input/resolution",$type,"string");else{if(v8!=="720p"&&v8!=="1080p")R("/input/resolution",$enum,A5);}}}{const v9=v3.negative_prompt;if(v9!==void 0){if(!(typeof v9=="string"))R("/input/negative_prompt",$type,"string");else{if(v9.length>500&&L(v9,500))R("/input/negative_prompt",$maxLength,500);}}}{const v10=v3.enable_prompt_expansion;if(v10!==void 0){if(!(typeof v10=="boolean"))R("/input/enable_prompt_expansion",$type,"boolean");}}{const v11=v3.seed;if(v11!==void 0){if(!(Number.isInteger(v11)))R("/input/seed",$type,"integer");}}{const v12=v3.nsfw_checker;if(v12!==void 0){if(!(typeof v12=="boolean"))R("/input/nsfw_checker",$type,"boolean");}}}}}}});
export default validator;
