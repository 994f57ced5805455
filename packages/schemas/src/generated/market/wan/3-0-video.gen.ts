// This file is generated. Do not edit it by hand.
// Source: specs/market/wan/3-0-video.json
// Regenerate with: pnpm generate

import { createValidator, type KieValidator } from "../../../validator.js";
import { R, O, L, U } from "../../../runtime.js";
import { $additionalProperties, $enum, $format, $maxItems, $maxLength, $maximum, $minimum, $required, $type } from "../../../issues.js";
import type { components } from "../../types.gen.js";

/** The createTask body of `wan/3-0-video`. */
export type Request = components["schemas"]["Wan30VideoRequest"];
/** The `input` object of `wan/3-0-video`. */
export type Input = components["schemas"]["Wan30VideoInput"];

/** Model id this module validates. */
export const modelId = "wan/3-0-video";

const K0=["model","callBackUrl","input"];
const A1=["wan/3-0-video"];
const K2=["prompt","first_frame_url","last_frame_url","reference_image_urls","reference_video_urls","reference_audio_urls","reference_file_urls","reference_link_urls","resolution","aspect_ratio","duration","audio","seed","nsfw_checker"];
const A3=["480P","720P","1080P"];
const A4=["adaptive","16:9","4:3","1:1","3:4","9:16"];

/**
 * Validates a createTask body for `wan/3-0-video` (Standard Schema v1). Unknown fields are refused
 * unless `{ unknownFields: "allow" }` is passed to `validate`.
 * Spec: `@kie-market/specs/source/market/wan/3-0-video.json`.
 */
export const validator: KieValidator<Request> = createValidator<Request>(modelId, (x: any, u: boolean): void=>{if(!(O(x)))R("",$type,"object");else{if(x.model===void 0)R("",$required,"model");if(x.input===void 0)R("",$required,"input");if(!u)for(const k in x)if(k!=="model"&&k!=="callBackUrl"&&k!=="input")R("",$additionalProperties,k,K0);{const v1=x.model;if(v1!==void 0){if(!(typeof v1=="string"))R("/model",$type,"string");else{if(v1!=="wan/3-0-video")R("/model",$enum,A1);}}}{const v2=x.callBackUrl;if(v2!==void 0){if(!(typeof v2=="string"))R("/callBackUrl",$type,"string");else{if(!U(v2))R("/callBackUrl",$format,"uri");}}}{const v3=x.input;if(v3!==void 0){if(!(O(v3)))R("/input",$type,"object");else{if(!u)for(const k in v3)if(k!=="prompt"&&k!=="first_frame_url"&&k!=="last_frame_url"&&k!=="reference_image_urls"&&k!=="reference_video_urls"&&k!=="reference_audio_urls"&&k!=="reference_file_urls"&&k!=="reference_link_urls"&&k!=="resolution"&&k!=="aspect_ratio"&&k!=="duration"&&k!=="audio"&&k!=="seed"&&k!=="nsfw_checker")R("/input",$additionalProperties,k,K2);{const v5=v3.prompt;if(v5!==void 0){if(!(typeof v5=="string"))R("/input/prompt",$type,"string");else{if(v5.length>20000&&L(v5,20000))R("/input/prompt",$maxLength,20000);}}}{const v6=v3.first_frame_url;if(v6!==void 0){if(!(typeof v6=="string"))R("/input/first_frame_url",$type,"string");else{if(!U(v6))R("/input/first_frame_url",$format,"uri");}}}{const v7=v3.last_frame_url;if(v7!==void 0){if(!(typeof v7=="string"))R("/input/last_frame_url",$type,"string");else{if(!U(v7))R("/input/last_frame_url",$format,"uri");}}}{const v8=v3.reference_image_urls;if(v8!==void 0){if(!(Array.isArray(v8)))R("/input/reference_image_urls",$type,"array");else{if(v8.length>10)R("/input/reference_image_urls",$maxItems,10);for(let i9=0;i9<v8.length;i9++){const v9=v8[i9];if(!(O(v9)))R("/input/reference_image_urls/"+i9,$type,"object");}}}}{const v10=v3.reference_video_urls;if(v10!==void 0){if(!(Array.isArray(v10)))R("/input/reference_video_urls",$type,"array");else{if(v10.length>5)R("/input/reference_video_urls",$maxItems,5);for(let i11=0;i11<v10.length;i11++){const v11=v10[i11];if(!(O(v11)))R("/input/reference_video_urls/"+i11,$type,"object");}}}}{const v12=v3.reference_audio_urls;if(v12!==void 0){if(!(Array.isArray(v12)))R("/input/reference_audio_urls",$type,"array");else{if(v12.length>5)R("/input/reference_audio_urls",$maxItems,5);for(let i13=0;i13<v12.length;i13++){const v13=v12[i13];if(!(O(v13)))R("/input/reference_audio_urls/"+i13,$type,"object");}}}}{const v14=v3.reference_file_urls;if(v14!==void 0){if(!(Array.isArray(v14)))R("/input/reference_file_urls",$type,"array");else{if(v14.length>1)R("/input/reference_file_urls",$maxItems,1);for(let i15=0;i15<v14.length;i15++){const v15=v14[i15];if(!(O(v15)))R("/input/reference_file_urls/"+i15,$type,"object");}}}}{const v16=v3.reference_link_urls;if(v16!==void 0){if(!(Array.isArray(v16)))R("/input/reference_link_urls",$type,"array");else{if(v16.length>1)R("/input/reference_link_urls",$maxItems,1);for(let i17=0;i17<v16.length;i17++){const v17=v16[i17];if(!(O(v17)))R("/input/reference_link_urls/"+i17,$type,"object");}}}}{const v18=v3.resolution;if(v18!==void 0){if(!(typeof v18=="string"))R("/input/resolution",$type,"string");else{if(v18!=="480P"&&v18!=="720P"&&v18!=="1080P")R("/input/resolution",$enum,A3);}}}{const v19=v3.aspect_ratio;if(v19!==void 0){if(!(typeof v19=="string"))R("/input/aspect_ratio",$type,"string");else{if(v19!=="adaptive"&&v19!=="16:9"&&v19!=="4:3"&&v19!=="1:1"&&v19!=="3:4"&&v19!=="9:16")R("/input/aspect_ratio",$enum,A4);}}}{const v20=v3.duration;if(v20!==void 0){if(!(Number.isInteger(v20)))R("/input/duration",$type,"integer");}}{const v21=v3.audio;if(v21!==void 0){if(!(typeof v21=="boolean"))R("/input/audio",$type,"boolean");}}{const v22=v3.seed;if(v22!==void 0){if(!(Number.isInteger(v22)))R("/input/seed",$type,"integer");else{if(v22<0)R("/input/seed",$minimum,0);if(v22>2147483647)R("/input/seed",$maximum,2147483647);}}}{const v23=v3.nsfw_checker;if(v23!==void 0){if(!(typeof v23=="boolean"))R("/input/nsfw_checker",$type,"boolean");}}}}}}});
export default validator;
