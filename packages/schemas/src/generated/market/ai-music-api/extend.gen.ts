// This file is generated. Do not edit it by hand.
// Source: specs/market/ai-music-api/extend.json
// Regenerate with: pnpm generate

import { createValidator, type KieValidator } from "../../../validator.js";
import { R, O, U } from "../../../runtime.js";
import { $additionalProperties, $enum, $format, $maximum, $minimum, $required, $type } from "../../../issues.js";
import type { components } from "../../types.gen.js";

/** The createTask body of `ai-music-api/extend`. */
export type Request = components["schemas"]["AiMusicApiExtendRequest"];
/** The `input` object of `ai-music-api/extend`. */
export type Input = components["schemas"]["AiMusicApiExtendInput"];

/** Model id this module validates. */
export const modelId = "ai-music-api/extend";

const K0=["model","callBackUrl","input"];
const A1=["ai-music-api/extend"];
const K2=["default_param_flag","audio_id","prompt","style","title","continue_at","model","negative_tags","vocal_gender","style_weight","weirdness_constraint","audio_weight","persona_id","persona_model","instrumental"];
const A3=["V4","V4_5","V4_5PLUS","V4_5ALL","V5","V5_5","V6","V6_WILD","V6_MINI"];
const A4=["m","f"];
const A5=["style_persona","voice_persona"];

/**
 * Validates a createTask body for `ai-music-api/extend` (Standard Schema v1). Unknown fields are refused
 * unless `{ unknownFields: "allow" }` is passed to `validate`.
 * Spec: `@kie-market/specs/source/market/ai-music-api/extend.json`.
 */
export const validator: KieValidator<Request> = createValidator<Request>(modelId, (x: any, u: boolean): void=>{if(!(O(x)))R("",$type,"object");else{if(x.model===void 0)R("",$required,"model");if(x.input===void 0)R("",$required,"input");if(!u)for(const k in x)if(k!=="model"&&k!=="callBackUrl"&&k!=="input")R("",$additionalProperties,k,K0);{const v1=x.model;if(v1!==void 0){if(!(typeof v1=="string"))R("/model",$type,"string");else{if(v1!=="ai-music-api/extend")R("/model",$enum,A1);}}}{const v2=x.callBackUrl;if(v2!==void 0){if(!(typeof v2=="string"))R("/callBackUrl",$type,"string");else{if(!U(v2))R("/callBackUrl",$format,"uri");}}}{const v3=x.input;if(v3!==void 0){if(!(O(v3)))R("/input",$type,"object");else{if(v3.audio_id===void 0)R("/input",$required,"audio_id");if(v3.model===void 0)R("/input",$required,"model");if(!u)for(const k in v3)if(k!=="default_param_flag"&&k!=="audio_id"&&k!=="prompt"&&k!=="style"&&k!=="title"&&k!=="continue_at"&&k!=="model"&&k!=="negative_tags"&&k!=="vocal_gender"&&k!=="style_weight"&&k!=="weirdness_constraint"&&k!=="audio_weight"&&k!=="persona_id"&&k!=="persona_model"&&k!=="instrumental")R("/input",$additionalProperties,k,K2);{const v5=v3.default_param_flag;if(v5!==void 0){if(!(typeof v5=="boolean"))R("/input/default_param_flag",$type,"boolean");}}{const v6=v3.audio_id;if(v6!==void 0){if(!(typeof v6=="string"))R("/input/audio_id",$type,"string");}}{const v7=v3.prompt;if(v7!==void 0){if(!(typeof v7=="string"))R("/input/prompt",$type,"string");}}{const v8=v3.style;if(v8!==void 0){if(!(typeof v8=="string"))R("/input/style",$type,"string");}}{const v9=v3.title;if(v9!==void 0){if(!(typeof v9=="string"))R("/input/title",$type,"string");}}{const v10=v3.continue_at;if(v10!==void 0){if(!(Number.isFinite(v10)))R("/input/continue_at",$type,"number");}}{const v11=v3.model;if(v11!==void 0){if(!(typeof v11=="string"))R("/input/model",$type,"string");else{if(v11!=="V4"&&v11!=="V4_5"&&v11!=="V4_5PLUS"&&v11!=="V4_5ALL"&&v11!=="V5"&&v11!=="V5_5"&&v11!=="V6"&&v11!=="V6_WILD"&&v11!=="V6_MINI")R("/input/model",$enum,A3);}}}{const v12=v3.negative_tags;if(v12!==void 0){if(!(typeof v12=="string"))R("/input/negative_tags",$type,"string");}}{const v13=v3.vocal_gender;if(v13!==void 0){if(!(typeof v13=="string"))R("/input/vocal_gender",$type,"string");else{if(v13!=="m"&&v13!=="f")R("/input/vocal_gender",$enum,A4);}}}{const v14=v3.style_weight;if(v14!==void 0){if(!(Number.isFinite(v14)))R("/input/style_weight",$type,"number");else{if(v14<0)R("/input/style_weight",$minimum,0);if(v14>1)R("/input/style_weight",$maximum,1);}}}{const v15=v3.weirdness_constraint;if(v15!==void 0){if(!(Number.isFinite(v15)))R("/input/weirdness_constraint",$type,"number");else{if(v15<0)R("/input/weirdness_constraint",$minimum,0);if(v15>1)R("/input/weirdness_constraint",$maximum,1);}}}{const v16=v3.audio_weight;if(v16!==void 0){if(!(Number.isFinite(v16)))R("/input/audio_weight",$type,"number");else{if(v16<0)R("/input/audio_weight",$minimum,0);if(v16>1)R("/input/audio_weight",$maximum,1);}}}{const v17=v3.persona_id;if(v17!==void 0){if(!(typeof v17=="string"))R("/input/persona_id",$type,"string");}}{const v18=v3.persona_model;if(v18!==void 0){if(!(typeof v18=="string"))R("/input/persona_model",$type,"string");else{if(v18!=="style_persona"&&v18!=="voice_persona")R("/input/persona_model",$enum,A5);}}}{const v19=v3.instrumental;if(v19!==void 0){if(!(typeof v19=="boolean"))R("/input/instrumental",$type,"boolean");}}}}}}});
export default validator;
