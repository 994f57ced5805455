// This file is generated. Do not edit it by hand.
// Source: specs/market/gemini-omni-video.json
// Regenerate with: pnpm generate

import { createValidator, type KieValidator } from "../../validator.js";
import { R, O, L, U } from "../../runtime.js";
import { $additionalProperties, $enum, $format, $maxItems, $maxLength, $minimum, $required, $type } from "../../issues.js";
import type { components } from "../types.gen.js";

/** The createTask body of `gemini-omni-video`. */
export type Request = components["schemas"]["GeminiOmniVideoRequest"];
/** The `input` object of `gemini-omni-video`. */
export type Input = components["schemas"]["GeminiOmniVideoInput"];

/** Model id this module validates. */
export const modelId = "gemini-omni-video";

const K0=["model","callBackUrl","input"];
const A1=["gemini-omni-video"];
const K2=["prompt","image_urls","audio_ids","video_list","character_ids","duration","aspect_ratio","seed","resolution"];
const A3=["4","6","8","10"];
const A4=["16:9","9:16"];
const A5=["720p","1080p","4k"];

/**
 * Validates a createTask body for `gemini-omni-video` (Standard Schema v1). Unknown fields are refused
 * unless `{ unknownFields: "allow" }` is passed to `validate`.
 * Spec: `@kie-market/specs/source/market/gemini-omni-video.json`.
 */
export const validator: KieValidator<Request> = createValidator<Request>(modelId, (x: any, u: boolean): void=>{if(!(O(x)))R("",$type,"object");else{if(x.model===void 0)R("",$required,"model");if(x.input===void 0)R("",$required,"input");if(!u)for(const k in x)if(k!=="model"&&k!=="callBackUrl"&&k!=="input")R("",$additionalProperties,k,K0);{const v1=x.model;if(v1!==void 0){if(!(typeof v1=="string"))R("/model",$type,"string");else{if(v1!=="gemini-omni-video")R("/model",$enum,A1);}}}{const v2=x.callBackUrl;if(v2!==void 0){if(!(typeof v2=="string"))R("/callBackUrl",$type,"string");else{if(!U(v2))R("/callBackUrl",$format,"uri");}}}{const v3=x.input;if(v3!==void 0){if(!(O(v3)))R("/input",$type,"object");else{if(v3.prompt===void 0)R("/input",$required,"prompt");if(v3.duration===void 0)R("/input",$required,"duration");if(!u)for(const k in v3)if(k!=="prompt"&&k!=="image_urls"&&k!=="audio_ids"&&k!=="video_list"&&k!=="character_ids"&&k!=="duration"&&k!=="aspect_ratio"&&k!=="seed"&&k!=="resolution")R("/input",$additionalProperties,k,K2);{const v5=v3.prompt;if(v5!==void 0){if(!(typeof v5=="string"))R("/input/prompt",$type,"string");else{if(v5.length>20000&&L(v5,20000))R("/input/prompt",$maxLength,20000);}}}{const v6=v3.image_urls;if(v6!==void 0){if(!(Array.isArray(v6)))R("/input/image_urls",$type,"array");else{if(v6.length>7)R("/input/image_urls",$maxItems,7);for(let i7=0;i7<v6.length;i7++){const v7=v6[i7];if(!(typeof v7=="string"))R("/input/image_urls/"+i7,$type,"string");else{if(!U(v7))R("/input/image_urls/"+i7,$format,"uri");}}}}}{const v8=v3.audio_ids;if(v8!==void 0){if(!(Array.isArray(v8)))R("/input/audio_ids",$type,"array");else{if(v8.length>3)R("/input/audio_ids",$maxItems,3);for(let i9=0;i9<v8.length;i9++){const v9=v8[i9];if(!(typeof v9=="string"))R("/input/audio_ids/"+i9,$type,"string");}}}}{const v10=v3.video_list;if(v10!==void 0){if(!(Array.isArray(v10)))R("/input/video_list",$type,"array");else{if(v10.length>1)R("/input/video_list",$maxItems,1);for(let i11=0;i11<v10.length;i11++){const v11=v10[i11];if(!(O(v11)))R("/input/video_list/"+i11,$type,"object");else{if(v11.url===void 0)R("/input/video_list/"+i11,$required,"url");if(v11.start===void 0)R("/input/video_list/"+i11,$required,"start");if(v11.ends===void 0)R("/input/video_list/"+i11,$required,"ends");{const v12=v11.url;if(v12!==void 0){if(!(typeof v12=="string"))R("/input/video_list/"+i11+"/url",$type,"string");else{if(!U(v12))R("/input/video_list/"+i11+"/url",$format,"uri");}}}{const v13=v11.start;if(v13!==void 0){if(!(Number.isFinite(v13)))R("/input/video_list/"+i11+"/start",$type,"number");else{if(v13<0)R("/input/video_list/"+i11+"/start",$minimum,0);}}}{const v14=v11.ends;if(v14!==void 0){if(!(Number.isFinite(v14)))R("/input/video_list/"+i11+"/ends",$type,"number");else{if(v14<0)R("/input/video_list/"+i11+"/ends",$minimum,0);}}}}}}}}{const v15=v3.character_ids;if(v15!==void 0){if(!(Array.isArray(v15)))R("/input/character_ids",$type,"array");else{for(let i16=0;i16<v15.length;i16++){const v16=v15[i16];if(!(typeof v16=="string"))R("/input/character_ids/"+i16,$type,"string");}}}}{const v17=v3.duration;if(v17!==void 0){if(!(typeof v17=="string"))R("/input/duration",$type,"string");else{if(v17!=="4"&&v17!=="6"&&v17!=="8"&&v17!=="10")R("/input/duration",$enum,A3);}}}{const v18=v3.aspect_ratio;if(v18!==void 0){if(!(typeof v18=="string"))R("/input/aspect_ratio",$type,"string");else{if(v18!=="16:9"&&v18!=="9:16")R("/input/aspect_ratio",$enum,A4);}}}{const v19=v3.seed;if(v19!==void 0){if(!(Number.isInteger(v19)))R("/input/seed",$type,"integer");}}{const v20=v3.resolution;if(v20!==void 0){if(!(typeof v20=="string"))R("/input/resolution",$type,"string");else{if(v20!=="720p"&&v20!=="1080p"&&v20!=="4k")R("/input/resolution",$enum,A5);}}}}}}}});
export default validator;
