// This file is generated. Do not edit it by hand.
// Source: specs/market/qwen2/image-edit.json
// Regenerate with: pnpm generate

import { createValidator, type KieValidator } from "../../../validator.js";
import { R, O, L, U } from "../../../runtime.js";
import { $additionalProperties, $anyOf, $enum, $format, $maxLength, $required, $type } from "../../../issues.js";
import type { components } from "../../types.gen.js";

/** The createTask body of `qwen2/image-edit`. */
export type Request = components["schemas"]["Qwen2ImageEditRequest"];
/** The `input` object of `qwen2/image-edit`. */
export type Input = components["schemas"]["Qwen2ImageEditInput"];

/** Model id this module validates. */
export const modelId = "qwen2/image-edit";

const K0=["model","callBackUrl","input"];
const A1=["qwen2/image-edit"];
const K2=["prompt","image_url","image_size","seed","output_format","nsfw_checker"];
function t0(x: any, u: boolean): boolean{if(!(typeof x=="string"))return false;return true}
function t1(x: any, u: boolean): boolean{if(!(Array.isArray(x)))return false;else{if(x.length<1)return false;if(x.length>1)return false;for(let i7=0;i7<x.length;i7++){const v7=x[i7];if(!(typeof v7=="string"))return false;}}return true}
const A3=["1:1","2:3","3:2","3:4","4:3","9:16","16:9","21:9"];
const A4=["jpeg","png"];

/**
 * Validates a createTask body for `qwen2/image-edit` (Standard Schema v1). Unknown fields are refused
 * unless `{ unknownFields: "allow" }` is passed to `validate`.
 * Spec: `@kie-market/specs/source/market/qwen2/image-edit.json`.
 */
export const validator: KieValidator<Request> = createValidator<Request>(modelId, (x: any, u: boolean): void=>{if(!(O(x)))R("",$type,"object");else{if(x.model===void 0)R("",$required,"model");if(x.input===void 0)R("",$required,"input");if(!u)for(const k in x)if(k!=="model"&&k!=="callBackUrl"&&k!=="input")R("",$additionalProperties,k,K0);{const v1=x.model;if(v1!==void 0){if(!(typeof v1=="string"))R("/model",$type,"string");else{if(v1!=="qwen2/image-edit")R("/model",$enum,A1);}}}{const v2=x.callBackUrl;if(v2!==void 0){if(!(typeof v2=="string"))R("/callBackUrl",$type,"string");else{if(!U(v2))R("/callBackUrl",$format,"uri");}}}{const v3=x.input;if(v3!==void 0){if(!(O(v3)))R("/input",$type,"object");else{if(v3.prompt===void 0)R("/input",$required,"prompt");if(v3.image_url===void 0)R("/input",$required,"image_url");if(!u)for(const k in v3)if(k!=="prompt"&&k!=="image_url"&&k!=="image_size"&&k!=="seed"&&k!=="output_format"&&k!=="nsfw_checker")R("/input",$additionalProperties,k,K2);{const v5=v3.prompt;if(v5!==void 0){if(!(typeof v5=="string"))R("/input/prompt",$type,"string");else{if(v5.length>800&&L(v5,800))R("/input/prompt",$maxLength,800);}}}{const v6=v3.image_url;if(v6!==void 0){if(!(t0(v6,u)||t1(v6,u)))R("/input/image_url",$anyOf,2);}}{const v8=v3.image_size;if(v8!==void 0){if(!(typeof v8=="string"))R("/input/image_size",$type,"string");else{if(v8!=="1:1"&&v8!=="2:3"&&v8!=="3:2"&&v8!=="3:4"&&v8!=="4:3"&&v8!=="9:16"&&v8!=="16:9"&&v8!=="21:9")R("/input/image_size",$enum,A3);}}}{const v9=v3.seed;if(v9!==void 0){if(!(Number.isInteger(v9)))R("/input/seed",$type,"integer");}}{const v10=v3.output_format;if(v10!==void 0){if(!(typeof v10=="string"))R("/input/output_format",$type,"string");else{if(v10!=="jpeg"&&v10!=="png")R("/input/output_format",$enum,A4);}}}{const v11=v3.nsfw_checker;if(v11!==void 0){if(!(typeof v11=="boolean"))R("/input/nsfw_checker",$type,"boolean");}}}}}}});
export default validator;
