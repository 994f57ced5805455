// This file is generated. Do not edit it by hand.
// Source: specs/market/ai-music-api/add-instrumental.json
// Regenerate with: pnpm generate

import { createValidator, type KieValidator } from "../../../validator.js";
import { R, O, L, U } from "../../../runtime.js";
import { $additionalProperties, $enum, $format, $maxLength, $maximum, $minimum, $required, $type } from "../../../issues.js";
import type { components } from "../../types.gen.js";

/** The createTask body of `ai-music-api/add-instrumental`. */
export type Request = components["schemas"]["AiMusicApiAddInstrumentalRequest"];
/** The `input` object of `ai-music-api/add-instrumental`. */
export type Input = components["schemas"]["AiMusicApiAddInstrumentalInput"];

/** Model id this module validates. */
export const modelId = "ai-music-api/add-instrumental";

const K0=["model","callBackUrl","input"];
const A1=["ai-music-api/add-instrumental"];
const K2=["upload_url","model","title","negative_tags","tags","vocal_gender","style_weight","weirdness_constraint","audio_weight"];
const A3=["V4_5PLUS","V5","V5_5","V6","V6_MINI","V6_WILD"];
const A4=["m","f"];

/**
 * Validates a createTask body for `ai-music-api/add-instrumental` (Standard Schema v1). Unknown fields are refused
 * unless `{ unknownFields: "allow" }` is passed to `validate`.
 * Spec: `@kie-market/specs/source/market/ai-music-api/add-instrumental.json`.
 */
export const validator: KieValidator<Request> = createValidator<Request>(modelId, (x: any, u: boolean): void=>{if(!(O(x)))R("",$type,"object");else{if(x.model===void 0)R("",$required,"model");if(x.input===void 0)R("",$required,"input");if(!u)for(const k in x)if(k!=="model"&&k!=="callBackUrl"&&k!=="input")R("",$additionalProperties,k,K0);{const v1=x.model;if(v1!==void 0){if(!(typeof v1=="string"))R("/model",$type,"string");else{if(v1!=="ai-music-api/add-instrumental")R("/model",$enum,A1);}}}{const v2=x.callBackUrl;if(v2!==void 0){if(!(typeof v2=="string"))R("/callBackUrl",$type,"string");else{if(!U(v2))R("/callBackUrl",$format,"uri");}}}{const v3=x.input;if(v3!==void 0){if(!(O(v3)))R("/input",$type,"object");else{if(v3.upload_url===void 0)R("/input",$required,"upload_url");if(v3.title===void 0)R("/input",$required,"title");if(v3.negative_tags===void 0)R("/input",$required,"negative_tags");if(v3.tags===void 0)R("/input",$required,"tags");if(!u)for(const k in v3)if(k!=="upload_url"&&k!=="model"&&k!=="title"&&k!=="negative_tags"&&k!=="tags"&&k!=="vocal_gender"&&k!=="style_weight"&&k!=="weirdness_constraint"&&k!=="audio_weight")R("/input",$additionalProperties,k,K2);{const v5=v3.upload_url;if(v5!==void 0){if(!(typeof v5=="string"))R("/input/upload_url",$type,"string");else{if(!U(v5))R("/input/upload_url",$format,"uri");}}}{const v6=v3.model;if(v6!==void 0){if(!(typeof v6=="string"))R("/input/model",$type,"string");else{if(v6!=="V4_5PLUS"&&v6!=="V5"&&v6!=="V5_5"&&v6!=="V6"&&v6!=="V6_MINI"&&v6!=="V6_WILD")R("/input/model",$enum,A3);}}}{const v7=v3.title;if(v7!==void 0){if(!(typeof v7=="string"))R("/input/title",$type,"string");}}{const v8=v3.negative_tags;if(v8!==void 0){if(!(typeof v8=="string"))R("/input/negative_tags",$type,"string");else{if(v8.length>200&&L(v8,200))R("/input/negative_tags",$maxLength,200);}}}{const v9=v3.tags;if(v9!==void 0){if(!(typeof v9=="string"))R("/input/tags",$type,"string");else{if(v9.length>1000&&L(v9,1000))R("/input/tags",$maxLength,1000);}}}{const v10=v3.vocal_gender;if(v10!==void 0){if(!(typeof v10=="string"))R("/input/vocal_gender",$type,"string");else{if(v10!=="m"&&v10!=="f")R("/input/vocal_gender",$enum,A4);}}}{const v11=v3.style_weight;if(v11!==void 0){if(!(Number.isFinite(v11)))R("/input/style_weight",$type,"number");else{if(v11<0)R("/input/style_weight",$minimum,0);if(v11>1)R("/input/style_weight",$maximum,1);}}}{const v12=v3.weirdness_constraint;if(v12!==void 0){if(!(Number.isFinite(v12)))R("/input/weirdness_constraint",$type,"number");else{if(v12<0)R("/input/weirdness_constraint",$minimum,0);if(v12>1)R("/input/weirdness_constraint",$maximum,1);}}}{const v13=v3.audio_weight;if(v13!==void 0){if(!(Number.isFinite(v13)))R("/input/audio_weight",$type,"number");else{if(v13<0)R("/input/audio_weight",$minimum,0);if(v13>1)R("/input/audio_weight",$maximum,1);}}}}}}}});
export default validator;
