// This file is generated. Do not edit it by hand.
// Source: specs/market/bytedance/seedance-2.json
// Regenerate with: pnpm generate

import { createValidator, type KieValidator } from "../../../validator.js";
import { R, O, L, S, U } from "../../../runtime.js";
import { $additionalProperties, $enum, $format, $maxItems, $maxLength, $maximum, $minLength, $minimum, $required, $type } from "../../../issues.js";
import type { components } from "../../types.gen.js";

/** The createTask body of `bytedance/seedance-2`. */
export type Request = components["schemas"]["BytedanceSeedance2Request"];
/** The `input` object of `bytedance/seedance-2`. */
export type Input = components["schemas"]["BytedanceSeedance2Input"];

/** Model id this module validates. */
export const modelId = "bytedance/seedance-2";

const K0=["model","callBackUrl","input"];
const A1=["bytedance/seedance-2"];
const K2=["resolution","duration","generate_audio","return_last_frame","web_search","aspect_ratio","prompt","reference_image_urls","reference_audio_urls","first_frame_url","last_frame_url","reference_video_urls","nsfw_checker"];
const A3=["480p","720p","1080p","4k"];
const A4=["1:1","4:3","3:4","16:9","9:16","21:9","adaptive"];

/**
 * Validates a createTask body for `bytedance/seedance-2` (Standard Schema v1). Unknown fields are refused
 * unless `{ unknownFields: "allow" }` is passed to `validate`.
 * Spec: `@kie-market/specs/source/market/bytedance/seedance-2.json`.
 */
export const validator: KieValidator<Request> = createValidator<Request>(modelId, (x: any, u: boolean): void=>{if(!(O(x)))R("",$type,"object");else{if(x.model===void 0)R("",$required,"model");if(x.input===void 0)R("",$required,"input");if(!u)for(const k in x)if(k!=="model"&&k!=="callBackUrl"&&k!=="input")R("",$additionalProperties,k,K0);{const v1=x.model;if(v1!==void 0){if(!(typeof v1=="string"))R("/model",$type,"string");else{if(v1!=="bytedance/seedance-2")R("/model",$enum,A1);}}}{const v2=x.callBackUrl;if(v2!==void 0){if(!(typeof v2=="string"))R("/callBackUrl",$type,"string");else{if(!U(v2))R("/callBackUrl",$format,"uri");}}}{const v3=x.input;if(v3!==void 0){if(!(O(v3)))R("/input",$type,"object");else{if(v3.prompt===void 0)R("/input",$required,"prompt");if(!u)for(const k in v3)if(k!=="resolution"&&k!=="duration"&&k!=="generate_audio"&&k!=="return_last_frame"&&k!=="web_search"&&k!=="aspect_ratio"&&k!=="prompt"&&k!=="reference_image_urls"&&k!=="reference_audio_urls"&&k!=="first_frame_url"&&k!=="last_frame_url"&&k!=="reference_video_urls"&&k!=="nsfw_checker")R("/input",$additionalProperties,k,K2);{const v5=v3.resolution;if(v5!==void 0){if(!(typeof v5=="string"))R("/input/resolution",$type,"string");else{if(v5!=="480p"&&v5!=="720p"&&v5!=="1080p"&&v5!=="4k")R("/input/resolution",$enum,A3);}}}{const v6=v3.duration;if(v6!==void 0){if(!(Number.isInteger(v6)))R("/input/duration",$type,"integer");else{if(v6<4)R("/input/duration",$minimum,4);if(v6>15)R("/input/duration",$maximum,15);}}}{const v7=v3.generate_audio;if(v7!==void 0){if(!(typeof v7=="boolean"))R("/input/generate_audio",$type,"boolean");}}{const v8=v3.return_last_frame;if(v8!==void 0){if(!(typeof v8=="boolean"))R("/input/return_last_frame",$type,"boolean");}}{const v9=v3.web_search;if(v9!==void 0){if(!(typeof v9=="boolean"))R("/input/web_search",$type,"boolean");}}{const v10=v3.aspect_ratio;if(v10!==void 0){if(!(typeof v10=="string"))R("/input/aspect_ratio",$type,"string");else{if(v10!=="1:1"&&v10!=="4:3"&&v10!=="3:4"&&v10!=="16:9"&&v10!=="9:16"&&v10!=="21:9"&&v10!=="adaptive")R("/input/aspect_ratio",$enum,A4);}}}{const v11=v3.prompt;if(v11!==void 0){if(!(typeof v11=="string"))R("/input/prompt",$type,"string");else{if(v11.length>20000&&L(v11,20000))R("/input/prompt",$maxLength,20000);if(v11.length<6&&S(v11,3))R("/input/prompt",$minLength,3);}}}{const v12=v3.reference_image_urls;if(v12!==void 0){if(!(Array.isArray(v12)))R("/input/reference_image_urls",$type,"array");else{if(v12.length>9)R("/input/reference_image_urls",$maxItems,9);for(let i13=0;i13<v12.length;i13++){const v13=v12[i13];if(!(typeof v13=="string"))R("/input/reference_image_urls/"+i13,$type,"string");else{if(!U(v13))R("/input/reference_image_urls/"+i13,$format,"uri");}}}}}{const v14=v3.reference_audio_urls;if(v14!==void 0){if(!(Array.isArray(v14)))R("/input/reference_audio_urls",$type,"array");else{if(v14.length>3)R("/input/reference_audio_urls",$maxItems,3);for(let i15=0;i15<v14.length;i15++){const v15=v14[i15];if(!(typeof v15=="string"))R("/input/reference_audio_urls/"+i15,$type,"string");else{if(!U(v15))R("/input/reference_audio_urls/"+i15,$format,"uri");}}}}}{const v16=v3.first_frame_url;if(v16!==void 0){if(!(typeof v16=="string"))R("/input/first_frame_url",$type,"string");}}{const v17=v3.last_frame_url;if(v17!==void 0){if(!(typeof v17=="string"))R("/input/last_frame_url",$type,"string");}}{const v18=v3.reference_video_urls;if(v18!==void 0){if(!(Array.isArray(v18)))R("/input/reference_video_urls",$type,"array");else{if(v18.length>3)R("/input/reference_video_urls",$maxItems,3);for(let i19=0;i19<v18.length;i19++){const v19=v18[i19];if(!(typeof v19=="string"))R("/input/reference_video_urls/"+i19,$type,"string");else{if(!U(v19))R("/input/reference_video_urls/"+i19,$format,"uri");}}}}}{const v20=v3.nsfw_checker;if(v20!==void 0){if(!(typeof v20=="boolean"))R("/input/nsfw_checker",$type,"boolean");}}}}}}});
export default validator;
