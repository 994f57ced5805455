// This file is generated. Do not edit it by hand.
// Source: specs/market/google/imagen4-ultra.json
// Regenerate with: pnpm generate

import { createValidator, type KieValidator } from "../../../validator.js";
import { R, O, L, U } from "../../../runtime.js";
import { $additionalProperties, $enum, $format, $maxLength, $required, $type } from "../../../issues.js";
import type { components } from "../../types.gen.js";

/** The createTask body of `google/imagen4-ultra`. */
export type Request = components["schemas"]["GoogleImagen4UltraRequest"];
/** The `input` object of `google/imagen4-ultra`. */
export type Input = components["schemas"]["GoogleImagen4UltraInput"];

/** Model id this module validates. */
export const modelId = "google/imagen4-ultra";

const K0=["model","callBackUrl","input"];
const A1=["google/imagen4-ultra"];
const K2=["prompt","negative_prompt","aspect_ratio","seed"];
const A3=["1:1","16:9","9:16","3:4","4:3","auto"];

/**
 * Validates a createTask body for `google/imagen4-ultra` (Standard Schema v1). Unknown fields are refused
 * unless `{ unknownFields: "allow" }` is passed to `validate`.
 * Spec: `@kie-market/specs/source/market/google/imagen4-ultra.json`.
 */
export const validator: KieValidator<Request> = createValidator<Request>(modelId, (x: any, u: boolean): void=>{if(!(O(x)))R("",$type,"object");else{if(x.model===void 0)R("",$required,"model");if(x.input===void 0)R("",$required,"input");if(!u)for(const k in x)if(k!=="model"&&k!=="callBackUrl"&&k!=="input")R("",$additionalProperties,k,K0);{const v1=x.model;if(v1!==void 0){if(!(typeof v1=="string"))R("/model",$type,"string");else{if(v1!=="google/imagen4-ultra")R("/model",$enum,A1);}}}{const v2=x.callBackUrl;if(v2!==void 0){if(!(typeof v2=="string"))R("/callBackUrl",$type,"string");else{if(!U(v2))R("/callBackUrl",$format,"uri");}}}{const v3=x.input;if(v3!==void 0){if(!(O(v3)))R("/input",$type,"object");else{if(v3.prompt===void 0)R("/input",$required,"prompt");if(!u)for(const k in v3)if(k!=="prompt"&&k!=="negative_prompt"&&k!=="aspect_ratio"&&k!=="seed")R("/input",$additionalProperties,k,K2);{const v5=v3.prompt;if(v5!==void 0){if(!(typeof v5=="string"))R("/input/prompt",$type,"string");else{if(v5.length>5000&&L(v5,5000))R("/input/prompt",$maxLength,5000);}}}{const v6=v3.negative_prompt;if(v6!==void 0){if(!(typeof v6=="string"))R("/input/negative_prompt",$type,"string");else{if(v6.length>5000&&L(v6,5000))R("/input/negative_prompt",$maxLength,5000);}}}{const v7=v3.aspect_ratio;if(v7!==void 0){if(!(typeof v7=="string"))R("/input/aspect_ratio",$type,"string");else{if(v7!=="1:1"&&v7!=="16:9"&&v7!=="9:16"&&v7!=="3:4"&&v7!=="4:3"&&v7!=="auto")R("/input/aspect_ratio",$enum,A3);}}}{const v8=v3.seed;if(v8!==void 0){if(!(typeof v8=="string"))R("/input/seed",$type,"string");else{if(v8.length>500&&L(v8,500))R("/input/seed",$maxLength,500);}}}}}}}});
export default validator;
