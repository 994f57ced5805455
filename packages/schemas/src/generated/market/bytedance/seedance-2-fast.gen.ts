// This file is generated. Do not edit it by hand.
// Source: specs/market/bytedance/seedance-2-fast.json
// Regenerate with: pnpm generate

import { createValidator, type KieValidator } from "../../../validator.js";
import { R, O, L, S, U } from "../../../runtime.js";
import { $additionalProperties, $enum, $format, $maxItems, $maxLength, $maximum, $minLength, $minimum, $required, $type } from "../../../issues.js";
import type { components } from "../../types.gen.js";

/** The createTask body of `bytedance/seedance-2-fast`. */
export type Request = components["schemas"]["BytedanceSeedance2FastRequest"];
/** The `input` object of `bytedance/seedance-2-fast`. */
export type Input = components["schemas"]["BytedanceSeedance2FastInput"];

/** Model id this module validates. */
export const modelId = "bytedance/seedance-2-fast";

const K0=["model","callBackUrl","input"];
const A1=["bytedance/seedance-2-fast"];
const K2=["prompt","first_frame_url","last_frame_url","reference_image_urls","reference_video_urls","reference_audio_urls","return_last_frame","generate_audio","resolution","aspect_ratio","duration","web_search","nsfw_checker"];
const A3=["480p","720p"];
const A4=["1:1","4:3","3:4","16:9","9:16","21:9","adaptive"];

/**
 * Validates a createTask body for `bytedance/seedance-2-fast` (Standard Schema v1). Unknown fields are refused
 * unless `{ unknownFields: "allow" }` is passed to `validate`.
 * Spec: `@kie-market/specs/source/market/bytedance/seedance-2-fast.json`.
 */
export const validator: KieValidator<Request> = createValidator<Request>(modelId, (x: any, u: boolean): void=>{if(!(O(x)))R("",$type,"object");else{if(x.model===void 0)R("",$required,"model");if(x.input===void 0)R("",$required,"input");if(!u)for(const k in x)if(k!=="model"&&k!=="callBackUrl"&&k!=="input")R("",$additionalProperties,k,K0);{const v1=x.model;if(v1!==void 0){if(!(typeof v1=="string"))R("/model",$type,"string");else{if(v1!=="bytedance/seedance-2-fast")R("/model",$enum,A1);}}}{const v2=x.callBackUrl;if(v2!==void 0){if(!(typeof v2=="string"))R("/callBackUrl",$type,"string");else{if(!U(v2))R("/callBackUrl",$format,"uri");}}}{const v3=x.input;if(v3!==void 0){if(!(O(v3)))R("/input",$type,"object");else{if(v3.prompt===void 0)R("/input",$required,"prompt");if(!u)for(const k in v3)if(k!=="prompt"&&k!=="first_frame_url"&&k!=="last_frame_url"&&k!=="reference_image_urls"&&k!=="reference_video_urls"&&k!=="reference_audio_urls"&&k!=="return_last_frame"&&k!=="generate_audio"&&k!=="resolution"&&k!=="aspect_ratio"&&k!=="duration"&&k!=="web_search"&&k!=="nsfw_checker")R("/input",$additionalProperties,k,K2);{const v5=v3.prompt;if(v5!==void 0){if(!(typeof v5=="string"))R("/input/prompt",$type,"string");else{if(v5.length>20000&&L(v5,20000))R("/input/prompt",$maxLength,20000);if(v5.length<6&&S(v5,3))R("/input/prompt",$minLength,3);}}}{const v6=v3.first_frame_url;if(v6!==void 0){if(!(typeof v6=="string"))R("/input/first_frame_url",$type,"string");}}{const v7=v3.last_frame_url;if(v7!==void 0){if(!(typeof v7=="string"))R("/input/last_frame_url",$type,"string");}}{const v8=v3.reference_image_urls;if(v8!==void 0){if(!(Array.isArray(v8)))R("/input/reference_image_urls",$type,"array");else{if(v8.length>9)R("/input/reference_image_urls",$maxItems,9);for(let i9=0;i9<v8.length;i9++){const v9=v8[i9];if(!(typeof v9=="string"))R("/input/reference_image_urls/"+i9,$type,"string");else{if(!U(v9))R("/input/reference_image_urls/"+i9,$format,"uri");}}}}}{const v10=v3.reference_video_urls;if(v10!==void 0){if(!(Array.isArray(v10)))R("/input/reference_video_urls",$type,"array");else{if(v10.length>3)R("/input/reference_video_urls",$maxItems,3);for(let i11=0;i11<v10.length;i11++){const v11=v10[i11];if(!(typeof v11=="string"))R("/input/reference_video_urls/"+i11,$type,"string");else{if(!U(v11))R("/input/reference_video_urls/"+i11,$format,"uri");}}}}}{const v12=v3.reference_audio_urls;if(v12!==void 0){if(!(Array.isArray(v12)))R("/input/reference_audio_urls",$type,"array");else{if(v12.length>3)R("/input/reference_audio_urls",$maxItems,3);for(let i13=0;i13<v12.length;i13++){const v13=v12[i13];if(!(typeof v13=="string"))R("/input/reference_audio_urls/"+i13,$type,"string");else{if(!U(v13))R("/input/reference_audio_urls/"+i13,$format,"uri");}}}}}{const v14=v3.return_last_frame;if(v14!==void 0){if(!(typeof v14=="boolean"))R("/input/return_last_frame",$type,"boolean");}}{const v15=v3.generate_audio;if(v15!==void 0){if(!(typeof v15=="boolean"))R("/input/generate_audio",$type,"boolean");}}{const v16=v3.resolution;if(v16!==void 0){if(!(typeof v16=="string"))R("/input/resolution",$type,"string");else{if(v16!=="480p"&&v16!=="720p")R("/input/resolution",$enum,A3);}}}{const v17=v3.aspect_ratio;if(v17!==void 0){if(!(typeof v17=="string"))R("/input/aspect_ratio",$type,"string");else{if(v17!=="1:1"&&v17!=="4:3"&&v17!=="3:4"&&v17!=="16:9"&&v17!=="9:16"&&v17!=="21:9"&&v17!=="adaptive")R("/input/aspect_ratio",$enum,A4);}}}{const v18=v3.duration;if(v18!==void 0){if(!(Number.isInteger(v18)))R("/input/duration",$type,"integer");else{if(v18<4)R("/input/duration",$minimum,4);if(v18>15)R("/input/duration",$maximum,15);}}}{const v19=v3.web_search;if(v19!==void 0){if(!(typeof v19=="boolean"))R("/input/web_search",$type,"boolean");}}{const v20=v3.nsfw_checker;if(v20!==void 0){if(!(typeof v20=="boolean"))R("/input/nsfw_checker",$type,"boolean");}}}}}}});
export default validator;
