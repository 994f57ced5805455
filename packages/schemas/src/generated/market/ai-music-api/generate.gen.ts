// This file is generated. Do not edit it by hand.
// Source: specs/market/ai-music-api/generate.json
// Regenerate with: pnpm generate

import { createValidator, type KieValidator } from "../../../validator.js";
import { R, O, U } from "../../../runtime.js";
import { $additionalProperties, $enum, $format, $maxItems, $maximum, $minimum, $required, $type } from "../../../issues.js";
import type { components } from "../../types.gen.js";

/** The createTask body of `ai-music-api/generate`. */
export type Request = components["schemas"]["AiMusicApiGenerateRequest"];
/** The `input` object of `ai-music-api/generate`. */
export type Input = components["schemas"]["AiMusicApiGenerateInput"];

/** Model id this module validates. */
export const modelId = "ai-music-api/generate";

const K0=["model","callBackUrl","input"];
const A1=["ai-music-api/generate"];
const K2=["prompt","style","title","custom_mode","instrumental","model","negative_tags","vocal_gender","style_weight","weirdness_constraint","audio_weight","persona_id","persona_model","duration","image_urls","variety","lyrics","audio_urls","video_urls"];
const A3=["V4","V4_5","V4_5PLUS","V4_5ALL","V5","V5_5","V6","V6_MINI","V6_WILD"];
const A4=["m","f"];
const A5=["style_persona","voice_persona"];

/**
 * Validates a createTask body for `ai-music-api/generate` (Standard Schema v1). Unknown fields are refused
 * unless `{ unknownFields: "allow" }` is passed to `validate`.
 * Spec: `@kie-market/specs/source/market/ai-music-api/generate.json`.
 */
export const validator: KieValidator<Request> = createValidator<Request>(modelId, (x: any, u: boolean): void=>{if(!(O(x)))R("",$type,"object");else{if(x.model===void 0)R("",$required,"model");if(x.input===void 0)R("",$required,"input");if(!u)for(const k in x)if(k!=="model"&&k!=="callBackUrl"&&k!=="input")R("",$additionalProperties,k,K0);{const v1=x.model;if(v1!==void 0){if(!(typeof v1=="string"))R("/model",$type,"string");else{if(v1!=="ai-music-api/generate")R("/model",$enum,A1);}}}{const v2=x.callBackUrl;if(v2!==void 0){if(!(typeof v2=="string"))R("/callBackUrl",$type,"string");else{if(!U(v2))R("/callBackUrl",$format,"uri");}}}{const v3=x.input;if(v3!==void 0){if(!(O(v3)))R("/input",$type,"object");else{if(v3.custom_mode===void 0)R("/input",$required,"custom_mode");if(v3.instrumental===void 0)R("/input",$required,"instrumental");if(v3.model===void 0)R("/input",$required,"model");if(!u)for(const k in v3)if(k!=="prompt"&&k!=="style"&&k!=="title"&&k!=="custom_mode"&&k!=="instrumental"&&k!=="model"&&k!=="negative_tags"&&k!=="vocal_gender"&&k!=="style_weight"&&k!=="weirdness_constraint"&&k!=="audio_weight"&&k!=="persona_id"&&k!=="persona_model"&&k!=="duration"&&k!=="image_urls"&&k!=="variety"&&k!=="lyrics"&&k!=="audio_urls"&&k!=="video_urls")R("/input",$additionalProperties,k,K2);{const v5=v3.prompt;if(v5!==void 0){if(!(typeof v5=="string"))R("/input/prompt",$type,"string");}}{const v6=v3.style;if(v6!==void 0){if(!(typeof v6=="string"))R("/input/style",$type,"string");}}{const v7=v3.title;if(v7!==void 0){if(!(typeof v7=="string"))R("/input/title",$type,"string");}}{const v8=v3.custom_mode;if(v8!==void 0){if(!(typeof v8=="boolean"))R("/input/custom_mode",$type,"boolean");}}{const v9=v3.instrumental;if(v9!==void 0){if(!(typeof v9=="boolean"))R("/input/instrumental",$type,"boolean");}}{const v10=v3.model;if(v10!==void 0){if(!(typeof v10=="string"))R("/input/model",$type,"string");else{if(v10!=="V4"&&v10!=="V4_5"&&v10!=="V4_5PLUS"&&v10!=="V4_5ALL"&&v10!=="V5"&&v10!=="V5_5"&&v10!=="V6"&&v10!=="V6_MINI"&&v10!=="V6_WILD")R("/input/model",$enum,A3);}}}{const v11=v3.negative_tags;if(v11!==void 0){if(!(typeof v11=="string"))R("/input/negative_tags",$type,"string");}}{const v12=v3.vocal_gender;if(v12!==void 0){if(!(typeof v12=="string"))R("/input/vocal_gender",$type,"string");else{if(v12!=="m"&&v12!=="f")R("/input/vocal_gender",$enum,A4);}}}{const v13=v3.style_weight;if(v13!==void 0){if(!(Number.isFinite(v13)))R("/input/style_weight",$type,"number");else{if(v13<0)R("/input/style_weight",$minimum,0);if(v13>1)R("/input/style_weight",$maximum,1);}}}{const v14=v3.weirdness_constraint;if(v14!==void 0){if(!(Number.isFinite(v14)))R("/input/weirdness_constraint",$type,"number");else{if(v14<0)R("/input/weirdness_constraint",$minimum,0);if(v14>1)R("/input/weirdness_constraint",$maximum,1);}}}{const v15=v3.audio_weight;if(v15!==void 0){if(!(Number.isFinite(v15)))R("/input/audio_weight",$type,"number");else{if(v15<0)R("/input/audio_weight",$minimum,0);if(v15>1)R("/input/audio_weight",$maximum,1);}}}{const v16=v3.persona_id;if(v16!==void 0){if(!(typeof v16=="string"))R("/input/persona_id",$type,"string");}}{const v17=v3.persona_model;if(v17!==void 0){if(!(typeof v17=="string"))R("/input/persona_model",$type,"string");else{if(v17!=="style_persona"&&v17!=="voice_persona")R("/input/persona_model",$enum,A5);}}}{const v18=v3.duration;if(v18!==void 0){if(!(Number.isFinite(v18)))R("/input/duration",$type,"number");else{if(v18<10)R("/input/duration",$minimum,10);if(v18>360)R("/input/duration",$maximum,360);}}}{const v19=v3.image_urls;if(v19!==void 0){if(!(Array.isArray(v19)))R("/input/image_urls",$type,"array");else{if(v19.length>5)R("/input/image_urls",$maxItems,5);for(let i20=0;i20<v19.length;i20++){const v20=v19[i20];if(!(typeof v20=="string"))R("/input/image_urls/"+i20,$type,"string");}}}}{const v21=v3.variety;if(v21!==void 0){if(!(Number.isFinite(v21)))R("/input/variety",$type,"number");else{if(v21<0)R("/input/variety",$minimum,0);if(v21>4)R("/input/variety",$maximum,4);}}}{const v22=v3.lyrics;if(v22!==void 0){if(!(typeof v22=="string"))R("/input/lyrics",$type,"string");}}{const v23=v3.audio_urls;if(v23!==void 0){if(!(Array.isArray(v23)))R("/input/audio_urls",$type,"array");else{for(let i24=0;i24<v23.length;i24++){const v24=v23[i24];if(!(typeof v24=="string"))R("/input/audio_urls/"+i24,$type,"string");}}}}{const v25=v3.video_urls;if(v25!==void 0){if(!(Array.isArray(v25)))R("/input/video_urls",$type,"array");else{if(v25.length>1)R("/input/video_urls",$maxItems,1);for(let i26=0;i26<v25.length;i26++){const v26=v25[i26];if(!(typeof v26=="string"))R("/input/video_urls/"+i26,$type,"string");}}}}}}}}});
export default validator;
