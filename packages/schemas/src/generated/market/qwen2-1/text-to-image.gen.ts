// This file is generated. Do not edit it by hand.
// Source: specs/market/qwen2-1/text-to-image.json
// Regenerate with: pnpm generate

import { createValidator, type KieValidator } from "../../../validator.js";
import { R, O, L, U } from "../../../runtime.js";
import { $additionalProperties, $enum, $format, $maxLength, $required, $type } from "../../../issues.js";
import type { components } from "../../types.gen.js";

/** The createTask body of `qwen2-1/text-to-image`. */
export type Request = components["schemas"]["Qwen21TextToImageRequest"];
/** The `input` object of `qwen2-1/text-to-image`. */
export type Input = components["schemas"]["Qwen21TextToImageInput"];

/** Model id this module validates. */
export const modelId = "qwen2-1/text-to-image";

const K0=["model","callBackUrl","input"];
const A1=["qwen2-1/text-to-image"];
const K2=["prompt","aspect_ratio","resolution","background","output_format","enhance_prompt","seed","nsfw_checker"];
const A3=["1:1","4:3","3:4","3:2","2:3","16:9","9:16","21:9","9:21"];
const A4=["1K","2K"];
const A5=["opaque","transparent"];
const A6=["png","webp","jpeg"];

/**
 * Validates a createTask body for `qwen2-1/text-to-image` (Standard Schema v1). Unknown fields are refused
 * unless `{ unknownFields: "allow" }` is passed to `validate`.
 * Spec: `@kie-market/specs/source/market/qwen2-1/text-to-image.json`.
 */
export const validator: KieValidator<Request> = createValidator<Request>(modelId, (x: any, u: boolean): void=>{if(!(O(x)))R("",$type,"object");else{if(x.model===void 0)R("",$required,"model");if(x.input===void 0)R("",$required,"input");if(!u)for(const k in x)if(k!=="model"&&k!=="callBackUrl"&&k!=="input")R("",$additionalProperties,k,K0);{const v1=x.model;if(v1!==void 0){if(!(typeof v1=="string"))R("/model",$type,"string");else{if(v1!=="qwen2-1/text-to-image")R("/model",$enum,A1);}}}{const v2=x.callBackUrl;if(v2!==void 0){if(!(typeof v2=="string"))R("/callBackUrl",$type,"string");else{if(!U(v2))R("/callBackUrl",$format,"uri");}}}{const v3=x.input;if(v3!==void 0){if(!(O(v3)))R("/input",$type,"object");else{if(v3.prompt===void 0)R("/input",$required,"prompt");if(!u)for(const k in v3)if(k!=="prompt"&&k!=="aspect_ratio"&&k!=="resolution"&&k!=="background"&&k!=="output_format"&&k!=="enhance_prompt"&&k!=="seed"&&k!=="nsfw_checker")R("/input",$additionalProperties,k,K2);{const v5=v3.prompt;if(v5!==void 0){if(!(typeof v5=="string"))R("/input/prompt",$type,"string");else{if(v5.length>5000&&L(v5,5000))R("/input/prompt",$maxLength,5000);}}}{const v6=v3.aspect_ratio;if(v6!==void 0){if(!(typeof v6=="string"))R("/input/aspect_ratio",$type,"string");else{if(v6!=="1:1"&&v6!=="4:3"&&v6!=="3:4"&&v6!=="3:2"&&v6!=="2:3"&&v6!=="16:9"&&v6!=="9:16"&&v6!=="21:9"&&v6!=="9:21")R("/input/aspect_ratio",$enum,A3);}}}{const v7=v3.resolution;if(v7!==void 0){if(!(typeof v7=="string"))R("/input/resolution",$type,"string");else{if(v7!=="1K"&&v7!=="2K")R("/input/resolution",$enum,A4);}}}{const v8=v3.background;if(v8!==void 0){if(!(typeof v8=="string"))R("/input/background",$type,"string");else{if(v8!=="opaque"&&v8!=="transparent")R("/input/background",$enum,A5);}}}{const v9=v3.output_format;if(v9!==void 0){if(!(typeof v9=="string"))R("/input/output_format",$type,"string");else{if(v9!=="png"&&v9!=="webp"&&v9!=="jpeg")R("/input/output_format",$enum,A6);}}}{const v10=v3.enhance_prompt;if(v10!==void 0){if(!(typeof v10=="boolean"))R("/input/enhance_prompt",$type,"boolean");}}{const v11=v3.seed;if(v11!==void 0){if(!(Number.isInteger(v11)))R("/input/seed",$type,"integer");}}{const v12=v3.nsfw_checker;if(v12!==void 0){if(!(typeof v12=="boolean"))R("/input/nsfw_checker",$type,"boolean");}}}}}}});
export default validator;
