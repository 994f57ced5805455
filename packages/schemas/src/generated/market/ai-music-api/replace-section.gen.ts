// This file is generated. Do not edit it by hand.
// Source: specs/market/ai-music-api/replace-section.json
// Regenerate with: pnpm generate

import { createValidator, type KieValidator } from "../../../validator.js";
import { R, O, U } from "../../../runtime.js";
import { $additionalProperties, $enum, $format, $minimum, $oneOf, $required, $type } from "../../../issues.js";
import type { components } from "../../types.gen.js";

/** The createTask body of `ai-music-api/replace-section`. */
export type Request = components["schemas"]["AiMusicApiReplaceSectionRequest"];
/** The `input` object of `ai-music-api/replace-section`. */
export type Input = components["schemas"]["AiMusicApiReplaceSectionInput"];

/** Model id this module validates. */
export const modelId = "ai-music-api/replace-section";

const K0=["model","callBackUrl","input"];
const A1=["ai-music-api/replace-section"];
const K2=["prompt","tags","title","negative_tags","infill_start_s","infill_end_s","full_lyrics","task_id","audio_id","upload_url","model"];
const A3=["V4","V4_5","V4_5PLUS","V4_5ALL","V5","V5_5","V6","V6_MINI","V6_WILD"];
function t0(x: any, u: boolean): boolean{if(!(O(x)))return false;else{if(x.task_id===void 0)return false;if(x.audio_id===void 0)return false;{const v16=x.task_id;if(v16!==void 0){if(!(typeof v16=="string"))return false;}}{const v17=x.audio_id;if(v17!==void 0){if(!(typeof v17=="string"))return false;}}}return true}
function t1(x: any, u: boolean): boolean{if(!(O(x)))return false;else{if(x.upload_url===void 0)return false;if(x.model===void 0)return false;{const v18=x.upload_url;if(v18!==void 0){if(!(typeof v18=="string"))return false;else{if(!U(v18))return false;}}}{const v19=x.model;if(v19!==void 0){if(!(typeof v19=="string"))return false;else{if(v19!=="V4"&&v19!=="V4_5"&&v19!=="V4_5PLUS"&&v19!=="V4_5ALL"&&v19!=="V5"&&v19!=="V5_5"&&v19!=="V6"&&v19!=="V6_MINI"&&v19!=="V6_WILD")return false;}}}}return true}

/**
 * Validates a createTask body for `ai-music-api/replace-section` (Standard Schema v1). Unknown fields are refused
 * unless `{ unknownFields: "allow" }` is passed to `validate`.
 * Spec: `@kie-market/specs/source/market/ai-music-api/replace-section.json`.
 */
export const validator: KieValidator<Request> = createValidator<Request>(modelId, (x: any, u: boolean): void=>{if(!(O(x)))R("",$type,"object");else{if(x.model===void 0)R("",$required,"model");if(x.input===void 0)R("",$required,"input");if(!u)for(const k in x)if(k!=="model"&&k!=="callBackUrl"&&k!=="input")R("",$additionalProperties,k,K0);{const v1=x.model;if(v1!==void 0){if(!(typeof v1=="string"))R("/model",$type,"string");else{if(v1!=="ai-music-api/replace-section")R("/model",$enum,A1);}}}{const v2=x.callBackUrl;if(v2!==void 0){if(!(typeof v2=="string"))R("/callBackUrl",$type,"string");else{if(!U(v2))R("/callBackUrl",$format,"uri");}}}{const v3=x.input;if(v3!==void 0){if(!(O(v3)))R("/input",$type,"object");else{if(v3.full_lyrics===void 0)R("/input",$required,"full_lyrics");if(v3.infill_end_s===void 0)R("/input",$required,"infill_end_s");if(v3.infill_start_s===void 0)R("/input",$required,"infill_start_s");if(v3.prompt===void 0)R("/input",$required,"prompt");if(v3.tags===void 0)R("/input",$required,"tags");if(v3.title===void 0)R("/input",$required,"title");if(!u)for(const k in v3)if(k!=="prompt"&&k!=="tags"&&k!=="title"&&k!=="negative_tags"&&k!=="infill_start_s"&&k!=="infill_end_s"&&k!=="full_lyrics"&&k!=="task_id"&&k!=="audio_id"&&k!=="upload_url"&&k!=="model")R("/input",$additionalProperties,k,K2);{const v5=v3.prompt;if(v5!==void 0){if(!(typeof v5=="string"))R("/input/prompt",$type,"string");}}{const v6=v3.tags;if(v6!==void 0){if(!(typeof v6=="string"))R("/input/tags",$type,"string");}}{const v7=v3.title;if(v7!==void 0){if(!(typeof v7=="string"))R("/input/title",$type,"string");}}{const v8=v3.negative_tags;if(v8!==void 0){if(!(typeof v8=="string"))R("/input/negative_tags",$type,"string");}}{const v9=v3.infill_start_s;if(v9!==void 0){if(!(Number.isFinite(v9)))R("/input/infill_start_s",$type,"number");else{if(v9<0)R("/input/infill_start_s",$minimum,0);}}}{const v10=v3.infill_end_s;if(v10!==void 0){if(!(Number.isFinite(v10)))R("/input/infill_end_s",$type,"number");else{if(v10<0)R("/input/infill_end_s",$minimum,0);}}}{const v11=v3.full_lyrics;if(v11!==void 0){if(!(typeof v11=="string"))R("/input/full_lyrics",$type,"string");}}{const v12=v3.task_id;if(v12!==void 0){if(!(typeof v12=="string"))R("/input/task_id",$type,"string");}}{const v13=v3.audio_id;if(v13!==void 0){if(!(typeof v13=="string"))R("/input/audio_id",$type,"string");}}{const v14=v3.upload_url;if(v14!==void 0){if(!(typeof v14=="string"))R("/input/upload_url",$type,"string");else{if(!U(v14))R("/input/upload_url",$format,"uri");}}}{const v15=v3.model;if(v15!==void 0){if(!(typeof v15=="string"))R("/input/model",$type,"string");else{if(v15!=="V4"&&v15!=="V4_5"&&v15!=="V4_5PLUS"&&v15!=="V4_5ALL"&&v15!=="V5"&&v15!=="V5_5"&&v15!=="V6"&&v15!=="V6_MINI"&&v15!=="V6_WILD")R("/input/model",$enum,A3);}}}}if(((+t0(v3,u))+(+t1(v3,u)))!==1)R("/input",$oneOf,2);}}}});
export default validator;
