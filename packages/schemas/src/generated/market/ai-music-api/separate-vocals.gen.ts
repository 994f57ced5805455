// This file is generated. Do not edit it by hand.
// Source: specs/market/ai-music-api/separate-vocals.json
// Regenerate with: pnpm generate

import { createValidator, type KieValidator } from "../../../validator.js";
import { R, O, U } from "../../../runtime.js";
import { $additionalProperties, $enum, $format, $oneOf, $required, $type } from "../../../issues.js";
import type { components } from "../../types.gen.js";

/** The createTask body of `ai-music-api/separate-vocals`. */
export type Request = components["schemas"]["AiMusicApiSeparateVocalsRequest"];
/** The `input` object of `ai-music-api/separate-vocals`. */
export type Input = components["schemas"]["AiMusicApiSeparateVocalsInput"];

/** Model id this module validates. */
export const modelId = "ai-music-api/separate-vocals";

const K0=["model","callBackUrl","input"];
const A1=["ai-music-api/separate-vocals"];
const K2=["type","stem_name","task_id","audio_id","audio_url"];
function t0(x: any, u: boolean): boolean{if(!(O(x)))return false;else{if(x.task_id===void 0)return false;if(x.audio_id===void 0)return false;{const v10=x.task_id;if(v10!==void 0){if(!(typeof v10=="string"))return false;}}{const v11=x.audio_id;if(v11!==void 0){if(!(typeof v11=="string"))return false;}}}return true}
function t1(x: any, u: boolean): boolean{if(!(O(x)))return false;else{if(x.audio_url===void 0)return false;if(x.audio_id===void 0)return false;{const v12=x.audio_url;if(v12!==void 0){if(!(typeof v12=="string"))return false;else{if(!U(v12))return false;}}}{const v13=x.audio_id;if(v13!==void 0){if(!(typeof v13=="string"))return false;}}}return true}

/**
 * Validates a createTask body for `ai-music-api/separate-vocals` (Standard Schema v1). Unknown fields are refused
 * unless `{ unknownFields: "allow" }` is passed to `validate`.
 * Spec: `@kie-market/specs/source/market/ai-music-api/separate-vocals.json`.
 */
export const validator: KieValidator<Request> = createValidator<Request>(modelId, (x: any, u: boolean): void=>{if(!(O(x)))R("",$type,"object");else{if(x.model===void 0)R("",$required,"model");if(x.input===void 0)R("",$required,"input");if(!u)for(const k in x)if(k!=="model"&&k!=="callBackUrl"&&k!=="input")R("",$additionalProperties,k,K0);{const v1=x.model;if(v1!==void 0){if(!(typeof v1=="string"))R("/model",$type,"string");else{if(v1!=="ai-music-api/separate-vocals")R("/model",$enum,A1);}}}{const v2=x.callBackUrl;if(v2!==void 0){if(!(typeof v2=="string"))R("/callBackUrl",$type,"string");else{if(!U(v2))R("/callBackUrl",$format,"uri");}}}{const v3=x.input;if(v3!==void 0){if(!(O(v3)))R("/input",$type,"object");else{if(v3.stem_name===void 0)R("/input",$required,"stem_name");if(!u)for(const k in v3)if(k!=="type"&&k!=="stem_name"&&k!=="task_id"&&k!=="audio_id"&&k!=="audio_url")R("/input",$additionalProperties,k,K2);{const v5=v3.type;if(v5!==void 0){if(!(typeof v5=="string"))R("/input/type",$type,"string");}}{const v6=v3.stem_name;if(v6!==void 0){if(!(typeof v6=="string"))R("/input/stem_name",$type,"string");}}{const v7=v3.task_id;if(v7!==void 0){if(!(typeof v7=="string"))R("/input/task_id",$type,"string");}}{const v8=v3.audio_id;if(v8!==void 0){if(!(typeof v8=="string"))R("/input/audio_id",$type,"string");}}{const v9=v3.audio_url;if(v9!==void 0){if(!(typeof v9=="string"))R("/input/audio_url",$type,"string");else{if(!U(v9))R("/input/audio_url",$format,"uri");}}}}if(((+t0(v3,u))+(+t1(v3,u)))!==1)R("/input",$oneOf,2);}}}});
export default validator;
