// This file is generated. Do not edit it by hand.
// Source: specs/market/ai-music-api/upload-and-cover-audio.json
// Regenerate with: pnpm generate

import { createValidator, type KieValidator } from "../../../validator.js";
import { R, O, U } from "../../../runtime.js";
import { $additionalProperties, $enum, $format, $maxItems, $maximum, $minimum, $required, $type } from "../../../issues.js";
import type { components } from "../../types.gen.js";

/** The createTask body of `ai-music-api/upload-and-cover-audio`. */
export type Request = components["schemas"]["AiMusicApiUploadAndCoverAudioRequest"];
/** The `input` object of `ai-music-api/upload-and-cover-audio`. */
export type Input = components["schemas"]["AiMusicApiUploadAndCoverAudioInput"];

/** Model id this module validates. */
export const modelId = "ai-music-api/upload-and-cover-audio";

const K0=["model","callBackUrl","input"];
const A1=["ai-music-api/upload-and-cover-audio"];
const K2=["upload_url","image_urls","prompt","style","title","custom_mode","instrumental","model","negative_tags","vocal_gender","style_weight","weirdness_constraint","audio_weight","persona_id","persona_model","duration"];
const A3=["V4","V4_5","V4_5PLUS","V4_5ALL","V5","V5_5","V6","V6_WILD","V6_MINI"];
const A4=["m","f"];
const A5=["voice_persona","style_persona"];

/**
 * Validates a createTask body for `ai-music-api/upload-and-cover-audio` (Standard Schema v1). Unknown fields are refused
 * unless `{ unknownFields: "allow" }` is passed to `validate`.
 * Spec: `@kie-market/specs/source/market/ai-music-api/upload-and-cover-audio.json`.
 */
export const validator: KieValidator<Request> = createValidator<Request>(modelId, (x: any, u: boolean): void=>{if(!(O(x)))R("",$type,"object");else{if(x.model===void 0)R("",$required,"model");if(x.input===void 0)R("",$required,"input");if(!u)for(const k in x)if(k!=="model"&&k!=="callBackUrl"&&k!=="input")R("",$additionalProperties,k,K0);{const v1=x.model;if(v1!==void 0){if(!(typeof v1=="string"))R("/model",$type,"string");else{if(v1!=="ai-music-api/upload-and-cover-audio")R("/model",$enum,A1);}}}{const v2=x.callBackUrl;if(v2!==void 0){if(!(typeof v2=="string"))R("/callBackUrl",$type,"string");else{if(!U(v2))R("/callBackUrl",$format,"uri");}}}{const v3=x.input;if(v3!==void 0){if(!(O(v3)))R("/input",$type,"object");else{if(v3.instrumental===void 0)R("/input",$required,"instrumental");if(v3.model===void 0)R("/input",$required,"model");if(v3.upload_url===void 0)R("/input",$required,"upload_url");if(!u)for(const k in v3)if(k!=="upload_url"&&k!=="image_urls"&&k!=="prompt"&&k!=="style"&&k!=="title"&&k!=="custom_mode"&&k!=="instrumental"&&k!=="model"&&k!=="negative_tags"&&k!=="vocal_gender"&&k!=="style_weight"&&k!=="weirdness_constraint"&&k!=="audio_weight"&&k!=="persona_id"&&k!=="persona_model"&&k!=="duration")R("/input",$additionalProperties,k,K2);{const v5=v3.upload_url;if(v5!==void 0){if(!(typeof v5=="string"))R("/input/upload_url",$type,"string");else{if(!U(v5))R("/input/upload_url",$format,"uri");}}}{const v6=v3.image_urls;if(v6!==void 0){if(!(Array.isArray(v6)))R("/input/image_urls",$type,"array");else{if(v6.length>5)R("/input/image_urls",$maxItems,5);for(let i7=0;i7<v6.length;i7++){const v7=v6[i7];if(!(typeof v7=="string"))R("/input/image_urls/"+i7,$type,"string");}}}}{const v8=v3.prompt;if(v8!==void 0){if(!(typeof v8=="string"))R("/input/prompt",$type,"string");}}{const v9=v3.style;if(v9!==void 0){if(!(typeof v9=="string"))R("/input/style",$type,"string");}}{const v10=v3.title;if(v10!==void 0){if(!(typeof v10=="string"))R("/input/title",$type,"string");}}{const v11=v3.custom_mode;if(v11!==void 0){if(!(typeof v11=="boolean"))R("/input/custom_mode",$type,"boolean");}}{const v12=v3.instrumental;if(v12!==void 0){if(!(typeof v12=="boolean"))R("/input/instrumental",$type,"boolean");}}{const v13=v3.model;if(v13!==void 0){if(!(typeof v13=="string"))R("/input/model",$type,"string");else{if(v13!=="V4"&&v13!=="V4_5"&&v13!=="V4_5PLUS"&&v13!=="V4_5ALL"&&v13!=="V5"&&v13!=="V5_5"&&v13!=="V6"&&v13!=="V6_WILD"&&v13!=="V6_MINI")R("/input/model",$enum,A3);}}}{const v14=v3.negative_tags;if(v14!==void 0){if(!(typeof v14=="string"))R("/input/negative_tags",$type,"string");}}{const v15=v3.vocal_gender;if(v15!==void 0){if(!(typeof v15=="string"))R("/input/vocal_gender",$type,"string");else{if(v15!=="m"&&v15!=="f")R("/input/vocal_gender",$enum,A4);}}}{const v16=v3.style_weight;if(v16!==void 0){if(!(Number.isFinite(v16)))R("/input/style_weight",$type,"number");else{if(v16<0)R("/input/style_weight",$minimum,0);if(v16>1)R("/input/style_weight",$maximum,1);}}}{const v17=v3.weirdness_constraint;if(v17!==void 0){if(!(Number.isFinite(v17)))R("/input/weirdness_constraint",$type,"number");else{if(v17<0)R("/input/weirdness_constraint",$minimum,0);if(v17>1)R("/input/weirdness_constraint",$maximum,1);}}}{const v18=v3.audio_weight;if(v18!==void 0){if(!(Number.isFinite(v18)))R("/input/audio_weight",$type,"number");else{if(v18<0)R("/input/audio_weight",$minimum,0);if(v18>1)R("/input/audio_weight",$maximum,1);}}}{const v19=v3.persona_id;if(v19!==void 0){if(!(typeof v19=="string"))R("/input/persona_id",$type,"string");}}{const v20=v3.persona_model;if(v20!==void 0){if(!(typeof v20=="string"))R("/input/persona_model",$type,"string");else{if(v20!=="voice_persona"&&v20!=="style_persona")R("/input/persona_model",$enum,A5);}}}{const v21=v3.duration;if(v21!==void 0){if(!(Number.isInteger(v21)))R("/input/duration",$type,"integer");else{if(v21<10)R("/input/duration",$minimum,10);if(v21>360)R("/input/duration",$maximum,360);}}}}}}}});
export default validator;
