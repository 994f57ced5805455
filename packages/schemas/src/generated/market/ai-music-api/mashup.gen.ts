// This file is generated. Do not edit it by hand.
// Source: specs/market/ai-music-api/mashup.json
// Regenerate with: pnpm generate

import { createValidator, type KieValidator } from "../../../validator.js";
import { R, O, U } from "../../../runtime.js";
import { $additionalProperties, $enum, $format, $maxItems, $maximum, $minItems, $minimum, $required, $type } from "../../../issues.js";
import type { components } from "../../types.gen.js";

/** The createTask body of `ai-music-api/mashup`. */
export type Request = components["schemas"]["AiMusicApiMashupRequest"];
/** The `input` object of `ai-music-api/mashup`. */
export type Input = components["schemas"]["AiMusicApiMashupInput"];

/** Model id this module validates. */
export const modelId = "ai-music-api/mashup";

const K0=["model","callBackUrl","input"];
const A1=["ai-music-api/mashup"];
const K2=["upload_url_list","prompt","style","title","custom_mode","instrumental","model","vocal_gender","style_weight","weirdness_constraint","audio_weight","duration"];
const A3=["V4","V4_5","V4_5PLUS","V4_5ALL","V5","V5_5","V6","V6_WILD","V6_MINI"];
const A4=["m","f"];

/**
 * Validates a createTask body for `ai-music-api/mashup` (Standard Schema v1). Unknown fields are refused
 * unless `{ unknownFields: "allow" }` is passed to `validate`.
 * Spec: `@kie-market/specs/source/market/ai-music-api/mashup.json`.
 */
export const validator: KieValidator<Request> = createValidator<Request>(modelId, (x: any, u: boolean): void=>{if(!(O(x)))R("",$type,"object");else{if(x.model===void 0)R("",$required,"model");if(x.input===void 0)R("",$required,"input");if(!u)for(const k in x)if(k!=="model"&&k!=="callBackUrl"&&k!=="input")R("",$additionalProperties,k,K0);{const v1=x.model;if(v1!==void 0){if(!(typeof v1=="string"))R("/model",$type,"string");else{if(v1!=="ai-music-api/mashup")R("/model",$enum,A1);}}}{const v2=x.callBackUrl;if(v2!==void 0){if(!(typeof v2=="string"))R("/callBackUrl",$type,"string");else{if(!U(v2))R("/callBackUrl",$format,"uri");}}}{const v3=x.input;if(v3!==void 0){if(!(O(v3)))R("/input",$type,"object");else{if(v3.model===void 0)R("/input",$required,"model");if(v3.style===void 0)R("/input",$required,"style");if(v3.title===void 0)R("/input",$required,"title");if(v3.upload_url_list===void 0)R("/input",$required,"upload_url_list");if(!u)for(const k in v3)if(k!=="upload_url_list"&&k!=="prompt"&&k!=="style"&&k!=="title"&&k!=="custom_mode"&&k!=="instrumental"&&k!=="model"&&k!=="vocal_gender"&&k!=="style_weight"&&k!=="weirdness_constraint"&&k!=="audio_weight"&&k!=="duration")R("/input",$additionalProperties,k,K2);{const v5=v3.upload_url_list;if(v5!==void 0){if(!(Array.isArray(v5)))R("/input/upload_url_list",$type,"array");else{if(v5.length<2)R("/input/upload_url_list",$minItems,2);if(v5.length>2)R("/input/upload_url_list",$maxItems,2);for(let i6=0;i6<v5.length;i6++){const v6=v5[i6];if(!(typeof v6=="string"))R("/input/upload_url_list/"+i6,$type,"string");else{if(!U(v6))R("/input/upload_url_list/"+i6,$format,"uri");}}}}}{const v7=v3.prompt;if(v7!==void 0){if(!(typeof v7=="string"))R("/input/prompt",$type,"string");}}{const v8=v3.style;if(v8!==void 0){if(!(typeof v8=="string"))R("/input/style",$type,"string");}}{const v9=v3.title;if(v9!==void 0){if(!(typeof v9=="string"))R("/input/title",$type,"string");}}{const v10=v3.custom_mode;if(v10!==void 0){if(!(typeof v10=="boolean"))R("/input/custom_mode",$type,"boolean");}}{const v11=v3.instrumental;if(v11!==void 0){if(!(typeof v11=="boolean"))R("/input/instrumental",$type,"boolean");}}{const v12=v3.model;if(v12!==void 0){if(!(typeof v12=="string"))R("/input/model",$type,"string");else{if(v12!=="V4"&&v12!=="V4_5"&&v12!=="V4_5PLUS"&&v12!=="V4_5ALL"&&v12!=="V5"&&v12!=="V5_5"&&v12!=="V6"&&v12!=="V6_WILD"&&v12!=="V6_MINI")R("/input/model",$enum,A3);}}}{const v13=v3.vocal_gender;if(v13!==void 0){if(!(typeof v13=="string"))R("/input/vocal_gender",$type,"string");else{if(v13!=="m"&&v13!=="f")R("/input/vocal_gender",$enum,A4);}}}{const v14=v3.style_weight;if(v14!==void 0){if(!(Number.isFinite(v14)))R("/input/style_weight",$type,"number");else{if(v14<0)R("/input/style_weight",$minimum,0);if(v14>1)R("/input/style_weight",$maximum,1);}}}{const v15=v3.weirdness_constraint;if(v15!==void 0){if(!(Number.isFinite(v15)))R("/input/weirdness_constraint",$type,"number");else{if(v15<0)R("/input/weirdness_constraint",$minimum,0);if(v15>1)R("/input/weirdness_constraint",$maximum,1);}}}{const v16=v3.audio_weight;if(v16!==void 0){if(!(Number.isFinite(v16)))R("/input/audio_weight",$type,"number");else{if(v16<0)R("/input/audio_weight",$minimum,0);if(v16>1)R("/input/audio_weight",$maximum,1);}}}{const v17=v3.duration;if(v17!==void 0){if(!(Number.isInteger(v17)))R("/input/duration",$type,"integer");else{if(v17<10)R("/input/duration",$minimum,10);if(v17>360)R("/input/duration",$maximum,360);}}}}}}}});
export default validator;
