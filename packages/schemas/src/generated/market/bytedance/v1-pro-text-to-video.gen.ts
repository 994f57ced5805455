// This file is generated. Do not edit it by hand.
// Source: specs/market/bytedance/v1-pro-text-to-video.json
// Regenerate with: pnpm generate

import { createValidator, type KieValidator } from "../../../validator.js";
import { R, O, L, U } from "../../../runtime.js";
import { $additionalProperties, $enum, $format, $maxLength, $maximum, $minimum, $required, $type } from "../../../issues.js";
import type { components } from "../../types.gen.js";

/** The createTask body of `bytedance/v1-pro-text-to-video`. */
export type Request = components["schemas"]["BytedanceV1ProTextToVideoRequest"];
/** The `input` object of `bytedance/v1-pro-text-to-video`. */
export type Input = components["schemas"]["BytedanceV1ProTextToVideoInput"];

/** Model id this module validates. */
export const modelId = "bytedance/v1-pro-text-to-video";

const K0=["model","callBackUrl","input"];
const A1=["bytedance/v1-pro-text-to-video"];
const K2=["prompt","aspect_ratio","resolution","duration","camera_fixed","seed","enable_safety_checker","nsfw_checker"];
const A3=["21:9","16:9","4:3","1:1","3:4","9:16"];
const A4=["480p","720p","1080p"];
const A5=["5","10"];

/**
 * Validates a createTask body for `bytedance/v1-pro-text-to-video` (Standard Schema v1). Unknown fields are refused
 * unless `{ unknownFields: "allow" }` is passed to `validate`.
 * Spec: `@kie-market/specs/source/market/bytedance/v1-pro-text-to-video.json`.
 */
export const validator: KieValidator<Request> = createValidator<Request>(modelId, (x: any, u: boolean): void=>{if(!(O(x)))R("",$type,"object");else{if(x.model===void 0)R("",$required,"model");if(x.input===void 0)R("",$required,"input");if(!u)for(const k in x)if(k!=="model"&&k!=="callBackUrl"&&k!=="input")R("",$additionalProperties,k,K0);{const v1=x.model;if(v1!==void 0){if(!(typeof v1=="string"))R("/model",$type,"string");else{if(v1!=="bytedance/v1-pro-text-to-video")R("/model",$enum,A1);}}}{const v2=x.callBackUrl;if(v2!==void 0){if(!(typeof v2=="string"))R("/callBackUrl",$type,"string");else{if(!U(v2))R("/callBackUrl",$format,"uri");}}}{const v3=x.input;if(v3!==void 0){if(!(O(v3)))R("/input",$type,"object");else{if(v3.prompt===void 0)R("/input",$required,"prompt");if(!u)for(const k in v3)if(k!=="prompt"&&k!=="aspect_ratio"&&k!=="resolution"&&k!=="duration"&&k!=="camera_fixed"&&k!=="seed"&&k!=="enable_safety_checker"&&k!=="nsfw_checker")R("/input",$additionalProperties,k,K2);{const v5=v3.prompt;if(v5!==void 0){if(!(typeof v5=="string"))R("/input/prompt",$type,"string");else{if(v5.length>10000&&L(v5,10000))R("/input/prompt",$maxLength,10000);}}}{const v6=v3.aspect_ratio;if(v6!==void 0){if(!(typeof v6=="string"))R("/input/aspect_ratio",$type,"string");else{if(v6!=="21:9"&&v6!=="16:9"&&v6!=="4:3"&&v6!=="1:1"&&v6!=="3:4"&&v6!=="9:16")R("/input/aspect_ratio",$enum,A3);}}}{const v7=v3.resolution;if(v7!==void 0){if(!(typeof v7=="string"))R("/input/resolution",$type,"string");else{if(v7!=="480p"&&v7!=="720p"&&v7!=="1080p")R("/input/resolution",$enum,A4);}}}{const v8=v3.duration;if(v8!==void 0){if(!(typeof v8=="string"))R("/input/duration",$type,"string");else{if(v8!=="5"&&v8!=="10")R("/input/duration",$enum,A5);}}}{const v9=v3.camera_fixed;if(v9!==void 0){if(!(typeof v9=="boolean"))R("/input/camera_fixed",$type,"boolean");}}{const v10=v3.seed;if(v10!==void 0){if(!(Number.isFinite(v10)))R("/input/seed",$type,"number");else{if(v10<-1)R("/input/seed",$minimum,-1);if(v10>2147483647)R("/input/seed",$maximum,2147483647);}}}{const v11=v3.enable_safety_checker;if(v11!==void 0){if(!(typeof v11=="boolean"))R("/input/enable_safety_checker",$type,"boolean");}}{const v12=v3.nsfw_checker;if(v12!==void 0){if(!(typeof v12=="boolean"))R("/input/nsfw_checker",$type,"boolean");}}}}}}});
export default validator;
