// This file is generated. Do not edit it by hand.
// Source: specs/market/google/gemini-omni-flash-1-1.json
// Regenerate with: pnpm generate

import { createValidator, type KieValidator } from "../../../validator.js";
import { R, O, L, U } from "../../../runtime.js";
import { $additionalProperties, $enum, $format, $maxLength, $minimum, $required, $type } from "../../../issues.js";
import type { components } from "../../types.gen.js";

/** The createTask body of `google/gemini-omni-flash-1-1`. */
export type Request = components["schemas"]["GoogleGeminiOmniFlash11Request"];
/** The `input` object of `google/gemini-omni-flash-1-1`. */
export type Input = components["schemas"]["GoogleGeminiOmniFlash11Input"];

/** Model id this module validates. */
export const modelId = "google/gemini-omni-flash-1-1";

const K0=["model","callBackUrl","input"];
const A1=["google/gemini-omni-flash-1-1"];
const K2=["prompt","image_urls","first_frame_url","last_frame_url","audio_ids","video_list","character_ids","duration","aspect_ratio","seed","resolution"];
const A3=["4","6","8","10"];
const A4=["16:9","9:16"];
const A5=["360p","720p","1080p","4k"];

/**
 * Validates a createTask body for `google/gemini-omni-flash-1-1` (Standard Schema v1). Unknown fields are refused
 * unless `{ unknownFields: "allow" }` is passed to `validate`.
 * Spec: `@kie-market/specs/source/market/google/gemini-omni-flash-1-1.json`.
 */
export const validator: KieValidator<Request> = createValidator<Request>(modelId, (x: any, u: boolean): void=>{if(!(O(x)))R("",$type,"object");else{if(x.model===void 0)R("",$required,"model");if(x.input===void 0)R("",$required,"input");if(!u)for(const k in x)if(k!=="model"&&k!=="callBackUrl"&&k!=="input")R("",$additionalProperties,k,K0);{const v1=x.model;if(v1!==void 0){if(!(typeof v1=="string"))R("/model",$type,"string");else{if(v1!=="google/gemini-omni-flash-1-1")R("/model",$enum,A1);}}}{const v2=x.callBackUrl;if(v2!==void 0){if(!(typeof v2=="string"))R("/callBackUrl",$type,"string");else{if(!U(v2))R("/callBackUrl",$format,"uri");}}}{const v3=x.input;if(v3!==void 0){if(!(O(v3)))R("/input",$type,"object");else{if(v3.prompt===void 0)R("/input",$required,"prompt");if(v3.duration===void 0)R("/input",$required,"duration");if(!u)for(const k in v3)if(k!=="prompt"&&k!=="image_urls"&&k!=="first_frame_url"&&k!=="last_frame_url"&&k!=="audio_ids"&&k!=="video_list"&&k!=="character_ids"&&k!=="duration"&&k!=="aspect_ratio"&&k!=="seed"&&k!=="resolution")R("/input",$additionalProperties,k,K2);{const v5=v3.prompt;if(v5!==void 0){if(!(typeof v5=="string"))R("/input/prompt",$type,"string");else{if(v5.length>20000&&L(v5,20000))R("/input/prompt",$maxLength,20000);}}}{const v6=v3.image_urls;if(v6!==void 0){if(!(Array.isArray(v6)))R("/input/image_urls",$type,"array");else{for(let i7=0;i7<v6.length;i7++){const v7=v6[i7];if(!(typeof v7=="string"))R("/input/image_urls/"+i7,$type,"string");else{if(!U(v7))R("/input/image_urls/"+i7,$format,"uri");}}}}}{const v8=v3.first_frame_url;if(v8!==void 0){if(!(typeof v8=="string"))R("/input/first_frame_url",$type,"string");else{if(!U(v8))R("/input/first_frame_url",$format,"uri");}}}{const v9=v3.last_frame_url;if(v9!==void 0){if(!(typeof v9=="string"))R("/input/last_frame_url",$type,"string");else{if(!U(v9))R("/input/last_frame_url",$format,"uri");}}}{const v10=v3.audio_ids;if(v10!==void 0){if(!(Array.isArray(v10)))R("/input/audio_ids",$type,"array");else{for(let i11=0;i11<v10.length;i11++){const v11=v10[i11];if(!(typeof v11=="string"))R("/input/audio_ids/"+i11,$type,"string");}}}}{const v12=v3.video_list;if(v12!==void 0){if(!(Array.isArray(v12)))R("/input/video_list",$type,"array");else{for(let i13=0;i13<v12.length;i13++){const v13=v12[i13];if(!(O(v13)))R("/input/video_list/"+i13,$type,"object");else{if(v13.url===void 0)R("/input/video_list/"+i13,$required,"url");if(v13.start===void 0)R("/input/video_list/"+i13,$required,"start");if(v13.ends===void 0)R("/input/video_list/"+i13,$required,"ends");{const v14=v13.url;if(v14!==void 0){if(!(typeof v14=="string"))R("/input/video_list/"+i13+"/url",$type,"string");else{if(!U(v14))R("/input/video_list/"+i13+"/url",$format,"uri");}}}{const v15=v13.start;if(v15!==void 0){if(!(Number.isFinite(v15)))R("/input/video_list/"+i13+"/start",$type,"number");else{if(v15<0)R("/input/video_list/"+i13+"/start",$minimum,0);}}}{const v16=v13.ends;if(v16!==void 0){if(!(Number.isFinite(v16)))R("/input/video_list/"+i13+"/ends",$type,"number");else{if(v16<0)R("/input/video_list/"+i13+"/ends",$minimum,0);}}}}}}}}{const v17=v3.character_ids;if(v17!==void 0){if(!(Array.isArray(v17)))R("/input/character_ids",$type,"array");else{for(let i18=0;i18<v17.length;i18++){const v18=v17[i18];if(!(typeof v18=="string"))R("/input/character_ids/"+i18,$type,"string");}}}}{const v19=v3.duration;if(v19!==void 0){if(!(typeof v19=="string"))R("/input/duration",$type,"string");else{if(v19!=="4"&&v19!=="6"&&v19!=="8"&&v19!=="10")R("/input/duration",$enum,A3);}}}{const v20=v3.aspect_ratio;if(v20!==void 0){if(!(typeof v20=="string"))R("/input/aspect_ratio",$type,"string");else{if(v20!=="16:9"&&v20!=="9:16")R("/input/aspect_ratio",$enum,A4);}}}{const v21=v3.seed;if(v21!==void 0){if(!(Number.isInteger(v21)))R("/input/seed",$type,"integer");}}{const v22=v3.resolution;if(v22!==void 0){if(!(typeof v22=="string"))R("/input/resolution",$type,"string");else{if(v22!=="360p"&&v22!=="720p"&&v22!=="1080p"&&v22!=="4k")R("/input/resolution",$enum,A5);}}}}}}}});
export default validator;
