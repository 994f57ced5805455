// This file is generated. Do not edit it by hand.
// Source: specs/market/wan/2-7-image-to-video.json
// Regenerate with: pnpm generate

import { createValidator, type KieValidator } from "../../../validator.js";
import { R, O, L, U } from "../../../runtime.js";
import { $additionalProperties, $enum, $format, $maxLength, $maximum, $minimum, $required, $type } from "../../../issues.js";
import type { components } from "../../types.gen.js";

/** The createTask body of `wan/2-7-image-to-video`. */
export type Request = components["schemas"]["Wan27ImageToVideoRequest"];
/** The `input` object of `wan/2-7-image-to-video`. */
export type Input = components["schemas"]["Wan27ImageToVideoInput"];

/** Model id this module validates. */
export const modelId = "wan/2-7-image-to-video";

const K0=["model","callBackUrl","input"];
const A1=["wan/2-7-image-to-video"];
const K2=["prompt","negative_prompt","first_frame_url","last_frame_url","first_clip_url","driving_audio_url","resolution","duration","prompt_extend","watermark","seed","nsfw_checker"];
const A3=["720p","1080p"];

/**
 * Validates a createTask body for `wan/2-7-image-to-video` (Standard Schema v1). Unknown fields are refused
 * unless `{ unknownFields: "allow" }` is passed to `validate`.
 * Spec: `@kie-market/specs/source/market/wan/2-7-image-to-video.json`.
 */
export const validator: KieValidator<Request> = createValidator<Request>(modelId, (x: any, u: boolean): void=>{if(!(O(x)))R("",$type,"object");else{if(x.model===void 0)R("",$required,"model");if(x.input===void 0)R("",$required,"input");if(!u)for(const k in x)if(k!=="model"&&k!=="callBackUrl"&&k!=="input")R("",$additionalProperties,k,K0);{const v1=x.model;if(v1!==void 0){if(!(typeof v1=="string"))R("/model",$type,"string");else{if(v1!=="wan/2-7-image-to-video")R("/model",$enum,A1);}}}{const v2=x.callBackUrl;if(v2!==void 0){if(!(typeof v2=="string"))R("/callBackUrl",$type,"string");else{if(!U(v2))R("/callBackUrl",$format,"uri");}}}{const v3=x.input;if(v3!==void 0){if(!(O(v3)))R("/input",$type,"object");else{if(v3.prompt===void 0)R("/input",$required,"prompt");if(!u)for(const k in v3)if(k!=="prompt"&&k!=="negative_prompt"&&k!=="first_frame_url"&&k!=="last_frame_url"&&k!=="first_clip_url"&&k!=="driving_audio_url"&&k!=="resolution"&&k!=="duration"&&k!=="prompt_extend"&&k!=="watermark"&&k!=="seed"&&k!=="nsfw_checker")R("/input",$additionalProperties,k,K2);{const v5=v3.prompt;if(v5!==void 0){if(!(typeof v5=="string"))R("/input/prompt",$type,"string");else{if(v5.length>5000&&L(v5,5000))R("/input/prompt",$maxLength,5000);}}}{const v6=v3.negative_prompt;if(v6!==void 0){if(!(typeof v6=="string"))R("/input/negative_prompt",$type,"string");else{if(v6.length>500&&L(v6,500))R("/input/negative_prompt",$maxLength,500);}}}{const v7=v3.first_frame_url;if(v7!==void 0){if(!(typeof v7=="string"))R("/input/first_frame_url",$type,"string");else{if(!U(v7))R("/input/first_frame_url",$format,"uri");}}}{const v8=v3.last_frame_url;if(v8!==void 0){if(!(typeof v8=="string"))R("/input/last_frame_url",$type,"string");else{if(!U(v8))R("/input/last_frame_url",$format,"uri");}}}{const v9=v3.first_clip_url;if(v9!==void 0){if(!(typeof v9=="string"))R("/input/first_clip_url",$type,"string");else{if(!U(v9))R("/input/first_clip_url",$format,"uri");}}}{const v10=v3.driving_audio_url;if(v10!==void 0){if(!(typeof v10=="string"))R("/input/driving_audio_url",$type,"string");else{if(!U(v10))R("/input/driving_audio_url",$format,"uri");}}}{const v11=v3.resolution;if(v11!==void 0){if(!(typeof v11=="string"))R("/input/resolution",$type,"string");else{if(v11!=="720p"&&v11!=="1080p")R("/input/resolution",$enum,A3);}}}{const v12=v3.duration;if(v12!==void 0){if(!(Number.isInteger(v12)))R("/input/duration",$type,"integer");else{if(v12<2)R("/input/duration",$minimum,2);if(v12>15)R("/input/duration",$maximum,15);}}}{const v13=v3.prompt_extend;if(v13!==void 0){if(!(typeof v13=="boolean"))R("/input/prompt_extend",$type,"boolean");}}{const v14=v3.watermark;if(v14!==void 0){if(!(typeof v14=="boolean"))R("/input/watermark",$type,"boolean");}}{const v15=v3.seed;if(v15!==void 0){if(!(Number.isInteger(v15)))R("/input/seed",$type,"integer");else{if(v15<0)R("/input/seed",$minimum,0);if(v15>2147483647)R("/input/seed",$maximum,2147483647);}}}{const v16=v3.nsfw_checker;if(v16!==void 0){if(!(typeof v16=="boolean"))R("/input/nsfw_checker",$type,"boolean");}}}}}}});
export default validator;
