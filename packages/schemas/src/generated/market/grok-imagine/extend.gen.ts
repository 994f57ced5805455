// This file is generated. Do not edit it by hand.
// Source: specs/market/grok-imagine/extend.json
// Regenerate with: pnpm generate

import { createValidator, type KieValidator } from "../../../validator.js";
import { R, O, L, U } from "../../../runtime.js";
import { $additionalProperties, $anyOf, $enum, $format, $maxLength, $minimum, $required, $type } from "../../../issues.js";
import type { components } from "../../types.gen.js";

/** The createTask body of `grok-imagine/extend`. */
export type Request = components["schemas"]["GrokImagineExtendRequest"];
/** The `input` object of `grok-imagine/extend`. */
export type Input = components["schemas"]["GrokImagineExtendInput"];

/** Model id this module validates. */
export const modelId = "grok-imagine/extend";

const K0=["model","callBackUrl","input"];
const A1=["grok-imagine/extend"];
const K2=["task_id","prompt","extend_at","extend_times"];
function t0(x: any, u: boolean): boolean{if(!(Number.isFinite(x)))return false;else{if(x!==6&&x!==10)return false;}return true}
function t1(x: any, u: boolean): boolean{if(!(typeof x=="string"))return false;else{if(x!=="6"&&x!=="10")return false;}return true}

/**
 * Validates a createTask body for `grok-imagine/extend` (Standard Schema v1). Unknown fields are refused
 * unless `{ unknownFields: "allow" }` is passed to `validate`.
 * Spec: `@kie-market/specs/source/market/grok-imagine/extend.json`.
 */
export const validator: KieValidator<Request> = createValidator<Request>(modelId, (x: any, u: boolean): void=>{if(!(O(x)))R("",$type,"object");else{if(x.model===void 0)R("",$required,"model");if(x.input===void 0)R("",$required,"input");if(!u)for(const k in x)if(k!=="model"&&k!=="callBackUrl"&&k!=="input")R("",$additionalProperties,k,K0);{const v1=x.model;if(v1!==void 0){if(!(typeof v1=="string"))R("/model",$type,"string");else{if(v1!=="grok-imagine/extend")R("/model",$enum,A1);}}}{const v2=x.callBackUrl;if(v2!==void 0){if(!(typeof v2=="string"))R("/callBackUrl",$type,"string");else{if(!U(v2))R("/callBackUrl",$format,"uri");}}}{const v3=x.input;if(v3!==void 0){if(!(O(v3)))R("/input",$type,"object");else{if(v3.task_id===void 0)R("/input",$required,"task_id");if(v3.prompt===void 0)R("/input",$required,"prompt");if(v3.extend_at===void 0)R("/input",$required,"extend_at");if(v3.extend_times===void 0)R("/input",$required,"extend_times");if(!u)for(const k in v3)if(k!=="task_id"&&k!=="prompt"&&k!=="extend_at"&&k!=="extend_times")R("/input",$additionalProperties,k,K2);{const v5=v3.task_id;if(v5!==void 0){if(!(typeof v5=="string"))R("/input/task_id",$type,"string");else{if(v5.length>100&&L(v5,100))R("/input/task_id",$maxLength,100);}}}{const v6=v3.prompt;if(v6!==void 0){if(!(typeof v6=="string"))R("/input/prompt",$type,"string");}}{const v7=v3.extend_at;if(v7!==void 0){if(!(Number.isFinite(v7)))R("/input/extend_at",$type,"number");else{if(v7<0)R("/input/extend_at",$minimum,0);}}}{const v8=v3.extend_times;if(v8!==void 0){if(!(t0(v8,u)||t1(v8,u)))R("/input/extend_times",$anyOf,2);}}}}}}});
export default validator;
