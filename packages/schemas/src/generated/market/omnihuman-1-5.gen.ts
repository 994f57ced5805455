// This file is generated. Do not edit it by hand.
// Source: specs/market/omnihuman-1-5.json
// Regenerate with: pnpm generate

import { createValidator, type KieValidator } from "../../validator.js";
import { R, O, L, U } from "../../runtime.js";
import { $additionalProperties, $enum, $format, $maxItems, $maxLength, $required, $type } from "../../issues.js";
import type { components } from "../types.gen.js";

/** The createTask body of `omnihuman-1-5`. */
export type Request = components["schemas"]["Omnihuman15Request"];
/** The `input` object of `omnihuman-1-5`. */
export type Input = components["schemas"]["Omnihuman15Input"];

/** Model id this module validates. */
export const modelId = "omnihuman-1-5";

const K0=["model","callBackUrl","input"];
const A1=["omnihuman-1-5"];
const K2=["image_url","mask_url","audio_url","prompt","output_resolution","pe_fast_mode","seed"];
const A3=["720","1080"];

/**
 * Validates a createTask body for `omnihuman-1-5` (Standard Schema v1). Unknown fields are refused
 * unless `{ unknownFields: "allow" }` is passed to `validate`.
 * Spec: `@kie-market/specs/source/market/omnihuman-1-5.json`.
 */
export const validator: KieValidator<Request> = createValidator<Request>(modelId, (x: any, u: boolean): void=>{if(!(O(x)))R("",$type,"object");else{if(x.model===void 0)R("",$required,"model");if(x.input===void 0)R("",$required,"input");if(!u)for(const k in x)if(k!=="model"&&k!=="callBackUrl"&&k!=="input")R("",$additionalProperties,k,K0);{const v1=x.model;if(v1!==void 0){if(!(typeof v1=="string"))R("/model",$type,"string");else{if(v1!=="omnihuman-1-5")R("/model",$enum,A1);}}}{const v2=x.callBackUrl;if(v2!==void 0){if(!(typeof v2=="string"))R("/callBackUrl",$type,"string");else{if(!U(v2))R("/callBackUrl",$format,"uri");}}}{const v3=x.input;if(v3!==void 0){if(!(O(v3)))R("/input",$type,"object");else{if(v3.image_url===void 0)R("/input",$required,"image_url");if(v3.audio_url===void 0)R("/input",$required,"audio_url");if(!u)for(const k in v3)if(k!=="image_url"&&k!=="mask_url"&&k!=="audio_url"&&k!=="prompt"&&k!=="output_resolution"&&k!=="pe_fast_mode"&&k!=="seed")R("/input",$additionalProperties,k,K2);{const v5=v3.image_url;if(v5!==void 0){if(!(typeof v5=="string"))R("/input/image_url",$type,"string");else{if(!U(v5))R("/input/image_url",$format,"uri");}}}{const v6=v3.mask_url;if(v6!==void 0){if(!(Array.isArray(v6)))R("/input/mask_url",$type,"array");else{if(v6.length>5)R("/input/mask_url",$maxItems,5);for(let i7=0;i7<v6.length;i7++){const v7=v6[i7];if(!(typeof v7=="string"))R("/input/mask_url/"+i7,$type,"string");else{if(!U(v7))R("/input/mask_url/"+i7,$format,"uri");}}}}}{const v8=v3.audio_url;if(v8!==void 0){if(!(typeof v8=="string"))R("/input/audio_url",$type,"string");else{if(!U(v8))R("/input/audio_url",$format,"uri");}}}{const v9=v3.prompt;if(v9!==void 0){if(!(typeof v9=="string"))R("/input/prompt",$type,"string");else{if(v9.length>300&&L(v9,300))R("/input/prompt",$maxLength,300);}}}{const v10=v3.output_resolution;if(v10!==void 0){if(!(typeof v10=="string"))R("/input/output_resolution",$type,"string");else{if(v10!=="720"&&v10!=="1080")R("/input/output_resolution",$enum,A3);}}}{const v11=v3.pe_fast_mode;if(v11!==void 0){if(!(typeof v11=="boolean"))R("/input/pe_fast_mode",$type,"boolean");}}{const v12=v3.seed;if(v12!==void 0){if(!(Number.isInteger(v12)))R("/input/seed",$type,"integer");}}}}}}});
export default validator;
