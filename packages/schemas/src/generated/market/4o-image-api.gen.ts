// This file is generated. Do not edit it by hand.
// Source: specs/market/4o-image-api.json
// Regenerate with: pnpm generate

import { createValidator, type KieValidator } from "../../validator.js";
import { R, O, U } from "../../runtime.js";
import { $additionalProperties, $enum, $format, $not, $required, $type } from "../../issues.js";
import type { components } from "../types.gen.js";

/** The createTask body of `4o-image-api`. */
export type Request = components["schemas"]["4oImageApiRequest"];
/** The `input` object of `4o-image-api`. */
export type Input = components["schemas"]["4oImageApiInput"];

/** Model id this module validates. */
export const modelId = "4o-image-api";

const K0=["model","callBackUrl","input"];
const A1=["4o-image-api"];
const K2=["prompt","files_url","size","file_url"];
const A3=["1:1","3:2","2:3"];
const M4="prompt is required unless files_url or file_url is given";
function t2(x: any, u: boolean): boolean{if(O(x)){if(x.prompt===void 0)return false;}return true}
function t3(x: any, u: boolean): boolean{if(O(x)){if(x.files_url===void 0)return false;}return true}
function t4(x: any, u: boolean): boolean{if(O(x)){if(x.file_url===void 0)return false;}return true}
function t1(x: any, u: boolean): boolean{if(!(t2(x,u)||t3(x,u)||t4(x,u)))return false;return true}
function t0(x: any, u: boolean): boolean{if(t1(x,u))return false;return true}

/**
 * Validates a createTask body for `4o-image-api` (Standard Schema v1). Unknown fields are refused
 * unless `{ unknownFields: "allow" }` is passed to `validate`.
 * Spec: `@kie-market/specs/source/market/4o-image-api.json`.
 */
export const validator: KieValidator<Request> = createValidator<Request>(modelId, (x: any, u: boolean): void=>{if(!(O(x)))R("",$type,"object");else{if(x.model===void 0)R("",$required,"model");if(x.input===void 0)R("",$required,"input");if(!u)for(const k in x)if(k!=="model"&&k!=="callBackUrl"&&k!=="input")R("",$additionalProperties,k,K0);{const v1=x.model;if(v1!==void 0){if(!(typeof v1=="string"))R("/model",$type,"string");else{if(v1!=="4o-image-api")R("/model",$enum,A1);}}}{const v2=x.callBackUrl;if(v2!==void 0){if(!(typeof v2=="string"))R("/callBackUrl",$type,"string");else{if(!U(v2))R("/callBackUrl",$format,"uri");}}}{const v3=x.input;if(v3!==void 0){if(!(O(v3)))R("/input",$type,"object");else{if(v3.size===void 0)R("/input",$required,"size");if(!u)for(const k in v3)if(k!=="prompt"&&k!=="files_url"&&k!=="size"&&k!=="file_url")R("/input",$additionalProperties,k,K2);{const v5=v3.prompt;if(v5!==void 0){if(!(typeof v5=="string"))R("/input/prompt",$type,"string");}}{const v6=v3.files_url;if(v6!==void 0){if(!(Array.isArray(v6)))R("/input/files_url",$type,"array");else{for(let i7=0;i7<v6.length;i7++){const v7=v6[i7];if(!(typeof v7=="string"))R("/input/files_url/"+i7,$type,"string");else{if(!U(v7))R("/input/files_url/"+i7,$format,"uri");}}}}}{const v8=v3.size;if(v8!==void 0){if(!(typeof v8=="string"))R("/input/size",$type,"string");else{if(v8!=="1:1"&&v8!=="3:2"&&v8!=="2:3")R("/input/size",$enum,A3);}}}{const v9=v3.file_url;if(v9!==void 0){if(!(typeof v9=="string"))R("/input/file_url",$type,"string");else{if(!U(v9))R("/input/file_url",$format,"uri");}}}}if(t0(v3,u))R("/input",$not,M4);}}}});
export default validator;
