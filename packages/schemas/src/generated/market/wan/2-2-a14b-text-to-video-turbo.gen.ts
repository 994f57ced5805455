// This file is generated. Do not edit it by hand.
// Source: specs/market/wan/2-2-a14b-text-to-video-turbo.json
// Regenerate with: pnpm generate

import { createValidator, type KieValidator } from "../../../validator.js";
import { R, O, L, U } from "../../../runtime.js";
import { $additionalProperties, $enum, $format, $maxLength, $maximum, $minimum, $required, $type } from "../../../issues.js";
import type { components } from "../../types.gen.js";

/** The createTask body of `wan/2-2-a14b-text-to-video-turbo`. */
export type Request = components["schemas"]["Wan22A14bTextToVideoTurboRequest"];
/** The `input` object of `wan/2-2-a14b-text-to-video-turbo`. */
export type Input = components["schemas"]["Wan22A14bTextToVideoTurboInput"];

/** Model id this module validates. */
export const modelId = "wan/2-2-a14b-text-to-video-turbo";

const K0=["model","callBackUrl","input"];
const A1=["wan/2-2-a14b-text-to-video-turbo"];
const K2=["prompt","resolution","aspect_ratio","enable_prompt_expansion","seed","acceleration","nsfw_checker"];
const A3=["480p","720p"];
const A4=["16:9","9:16"];
const A5=["none","regular"];

/**
 * Validates a createTask body for `wan/2-2-a14b-text-to-video-turbo` (Standard Schema v1). Unknown fields are refused
 * unless `{ unknownFields: "allow" }` is passed to `validate`.
 * Spec: `@kie-market/specs/source/market/wan/2-2-a14b-text-to-video-turbo.json`.
 */
export const validator: KieValidator<Request> = createValidator<Request>(modelId, (x: any, u: boolean): void=>{if(!(O(x)))R("",$type,"object");else{if(x.model===void 0)R("",$required,"model");if(x.input===void 0)R("",$required,"input");if(!u)for(const k in x)if(k!=="model"&&k!=="callBackUrl"&&k!=="input")R("",$additionalProperties,k,K0);{const v1=x.model;if(v1!==void 0){if(!(typeof v1=="string"))R("/model",$type,"string");else{if(v1!=="wan/2-2-a14b-text-to-video-turbo")R("/model",$enum,A1);}}}{const v2=x.callBackUrl;if(v2!==void 0){if(!(typeof v2=="string"))R("/callBackUrl",$type,"string");else{if(!U(v2))R("/callBackUrl",$format,"uri");}}}{const v3=x.input;if(v3!==void 0){if(!(O(v3)))R("/input",$type,"object");else{if(v3.prompt===void 0)R("/input",$required,"prompt");if(!u)for(const k in v3)if(k!=="prompt"&&k!=="resolution"&&k!=="aspect_ratio"&&k!=="enable_prompt_expansion"&&k!=="seed"&&k!=="acceleration"&&k!=="nsfw_checker")R("/input",$additionalProperties,k,K2);{const v5=v3.prompt;if(v5!==void 0){if(!(typeof v5=="string"))R("/input/prompt",$type,"string");else{if(v5.length>5000&&L(v5,5000))R("/input/prompt",$maxLength,5000);}}}{const v6=v3.resolution;if(v6!==void 0){if(!(typeof v6=="string"))R("/input/resolution",$type,"string");else{if(v6!=="480p"&&v6!=="720p")R("/input/resolution",$enum,A3);}}}{const v7=v3.aspect_ratio;if(v7!==void 0){if(!(typeof v7=="string"))R("/input/aspect_ratio",$type,"string");else{if(v7!=="16:9"&&v7!=="9:16")R("/input/aspect_ratio",$enum,A4);}}}{const v8=v3.enable_prompt_expansion;if(v8!==void 0){if(!(typeof v8=="boolean"))R("/input/enable_prompt_expansion",$type,"boolean");}}{const v9=v3.seed;if(v9!==void 0){if(!(Number.isFinite(v9)))R("/input/seed",$type,"number");else{if(v9<0)R("/input/seed",$minimum,0);if(v9>2147483647)R("/input/seed",$maximum,2147483647);}}}{const v10=v3.acceleration;if(v10!==void 0){if(!(typeof v10=="string"))R("/input/acceleration",$type,"string");else{if(v10!=="none"&&v10!=="regular")R("/input/acceleration",$enum,A5);}}}{const v11=v3.nsfw_checker;if(v11!==void 0){if(!(typeof v11=="boolean"))R("/input/nsfw_checker",$type,"boolean");}}}}}}});
export default validator;
