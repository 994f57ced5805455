// This file is generated. Do not edit it by hand.
// Source: specs/market/qwen3/pro-text-to-image.json
// Regenerate with: pnpm generate

import { createValidator, type KieValidator } from "../../../validator.js";
import { R, O, L, U } from "../../../runtime.js";
import { $additionalProperties, $enum, $format, $maxLength, $maximum, $minimum, $required, $type } from "../../../issues.js";
import type { components } from "../../types.gen.js";

/** The createTask body of `qwen3/pro-text-to-image`. */
export type Request = components["schemas"]["Qwen3ProTextToImageRequest"];
/** The `input` object of `qwen3/pro-text-to-image`. */
export type Input = components["schemas"]["Qwen3ProTextToImageInput"];

/** Model id this module validates. */
export const modelId = "qwen3/pro-text-to-image";

const K0=["model","callBackUrl","input"];
const A1=["qwen3/pro-text-to-image"];
const K2=["prompt","resolution","image_size","output_format","prompt_extend","nsfw_checker","negative_prompt","seed"];
const A3=["1K","2K"];
const A4=["1:1","3:2","2:3","4:3","3:4","16:9","9:16","21:9"];
const A5=["png","jpeg"];

/**
 * Validates a createTask body for `qwen3/pro-text-to-image` (Standard Schema v1). Unknown fields are refused
 * unless `{ unknownFields: "allow" }` is passed to `validate`.
 * Spec: `@kie-market/specs/source/market/qwen3/pro-text-to-image.json`.
 */
export const validator: KieValidator<Request> = createValidator<Request>(modelId, (x: any, u: boolean): void=>{if(!(O(x)))R("",$type,"object");else{if(x.model===void 0)R("",$required,"model");if(x.input===void 0)R("",$required,"input");if(!u)for(const k in x)if(k!=="model"&&k!=="callBackUrl"&&k!=="input")R("",$additionalProperties,k,K0);{const v1=x.model;if(v1!==void 0){if(!(typeof v1=="string"))R("/model",$type,"string");else{if(v1!=="qwen3/pro-text-to-image")R("/model",$enum,A1);}}}{const v2=x.callBackUrl;if(v2!==void 0){if(!(typeof v2=="string"))R("/callBackUrl",$type,"string");else{if(!U(v2))R("/callBackUrl",$format,"uri");}}}{const v3=x.input;if(v3!==void 0){if(!(O(v3)))R("/input",$type,"object");else{if(v3.prompt===void 0)R("/input",$required,"prompt");if(!u)for(const k in v3)if(k!=="prompt"&&k!=="resolution"&&k!=="image_size"&&k!=="output_format"&&k!=="prompt_extend"&&k!=="nsfw_checker"&&k!=="negative_prompt"&&k!=="seed")R("/input",$additionalProperties,k,K2);{const v5=v3.prompt;if(v5!==void 0){if(!(typeof v5=="string"))R("/input/prompt",$type,"string");else{if(v5.length>5000&&L(v5,5000))R("/input/prompt",$maxLength,5000);}}}{const v6=v3.resolution;if(v6!==void 0){if(!(typeof v6=="string"))R("/input/resolution",$type,"string");else{if(v6!=="1K"&&v6!=="2K")R("/input/resolution",$enum,A3);}}}{const v7=v3.image_size;if(v7!==void 0){if(!(typeof v7=="string"))R("/input/image_size",$type,"string");else{if(v7!=="1:1"&&v7!=="3:2"&&v7!=="2:3"&&v7!=="4:3"&&v7!=="3:4"&&v7!=="16:9"&&v7!=="9:16"&&v7!=="21:9")R("/input/image_size",$enum,A4);}}}{const v8=v3.output_format;if(v8!==void 0){if(!(typeof v8=="string"))R("/input/output_format",$type,"string");else{if(v8!=="png"&&v8!=="jpeg")R("/input/output_format",$enum,A5);}}}{const v9=v3.prompt_extend;if(v9!==void 0){if(!(typeof v9=="boolean"))R("/input/prompt_extend",$type,"boolean");}}{const v10=v3.nsfw_checker;if(v10!==void 0){if(!(typeof v10=="boolean"))R("/input/nsfw_checker",$type,"boolean");}}{const v11=v3.negative_prompt;if(v11!==void 0){if(!(typeof v11=="string"))R("/input/negative_prompt",$type,"string");else{if(v11.length>5000&&L(v11,5000))R("/input/negative_prompt",$maxLength,5000);}}}{const v12=v3.seed;if(v12!==void 0){if(!(Number.isInteger(v12)))R("/input/seed",$type,"integer");else{if(v12<0)R("/input/seed",$minimum,0);if(v12>2147483647)R("/input/seed",$maximum,2147483647);}}}}}}}});
export default validator;
