// This file is generated. Do not edit it by hand.
// Source: specs/market/qwen3/pro-image-to-image.json
// Regenerate with: pnpm generate

import { createValidator, type KieValidator } from "../../../validator.js";
import { R, O, L, U } from "../../../runtime.js";
import { $additionalProperties, $enum, $format, $maxItems, $maxLength, $maximum, $minItems, $minimum, $required, $type } from "../../../issues.js";
import type { components } from "../../types.gen.js";

/** The createTask body of `qwen3/pro-image-to-image`. */
export type Request = components["schemas"]["Qwen3ProImageToImageRequest"];
/** The `input` object of `qwen3/pro-image-to-image`. */
export type Input = components["schemas"]["Qwen3ProImageToImageInput"];

/** Model id this module validates. */
export const modelId = "qwen3/pro-image-to-image";

const K0=["model","callBackUrl","input"];
const A1=["qwen3/pro-image-to-image"];
const K2=["image_urls","prompt","resolution","image_size","output_format","prompt_extend","nsfw_checker","negative_prompt","seed"];
const A3=["1K","2K"];
const A4=["1:1","3:2","2:3","4:3","3:4","16:9","9:16","21:9"];
const A5=["png","jpeg"];

/**
 * Validates a createTask body for `qwen3/pro-image-to-image` (Standard Schema v1). Unknown fields are refused
 * unless `{ unknownFields: "allow" }` is passed to `validate`.
 * Spec: `@kie-market/specs/source/market/qwen3/pro-image-to-image.json`.
 */
export const validator: KieValidator<Request> = createValidator<Request>(modelId, (x: any, u: boolean): void=>{if(!(O(x)))R("",$type,"object");else{if(x.model===void 0)R("",$required,"model");if(x.input===void 0)R("",$required,"input");if(!u)for(const k in x)if(k!=="model"&&k!=="callBackUrl"&&k!=="input")R("",$additionalProperties,k,K0);{const v1=x.model;if(v1!==void 0){if(!(typeof v1=="string"))R("/model",$type,"string");else{if(v1!=="qwen3/pro-image-to-image")R("/model",$enum,A1);}}}{const v2=x.callBackUrl;if(v2!==void 0){if(!(typeof v2=="string"))R("/callBackUrl",$type,"string");else{if(!U(v2))R("/callBackUrl",$format,"uri");}}}{const v3=x.input;if(v3!==void 0){if(!(O(v3)))R("/input",$type,"object");else{if(v3.image_urls===void 0)R("/input",$required,"image_urls");if(v3.prompt===void 0)R("/input",$required,"prompt");if(!u)for(const k in v3)if(k!=="image_urls"&&k!=="prompt"&&k!=="resolution"&&k!=="image_size"&&k!=="output_format"&&k!=="prompt_extend"&&k!=="nsfw_checker"&&k!=="negative_prompt"&&k!=="seed")R("/input",$additionalProperties,k,K2);{const v5=v3.image_urls;if(v5!==void 0){if(!(Array.isArray(v5)))R("/input/image_urls",$type,"array");else{if(v5.length<1)R("/input/image_urls",$minItems,1);if(v5.length>3)R("/input/image_urls",$maxItems,3);for(let i6=0;i6<v5.length;i6++){const v6=v5[i6];if(!(typeof v6=="string"))R("/input/image_urls/"+i6,$type,"string");else{if(!U(v6))R("/input/image_urls/"+i6,$format,"uri");}}}}}{const v7=v3.prompt;if(v7!==void 0){if(!(typeof v7=="string"))R("/input/prompt",$type,"string");else{if(v7.length>5000&&L(v7,5000))R("/input/prompt",$maxLength,5000);}}}{const v8=v3.resolution;if(v8!==void 0){if(!(typeof v8=="string"))R("/input/resolution",$type,"string");else{if(v8!=="1K"&&v8!=="2K")R("/input/resolution",$enum,A3);}}}{const v9=v3.image_size;if(v9!==void 0){if(!(typeof v9=="string"))R("/input/image_size",$type,"string");else{if(v9!=="1:1"&&v9!=="3:2"&&v9!=="2:3"&&v9!=="4:3"&&v9!=="3:4"&&v9!=="16:9"&&v9!=="9:16"&&v9!=="21:9")R("/input/image_size",$enum,A4);}}}{const v10=v3.output_format;if(v10!==void 0){if(!(typeof v10=="string"))R("/input/output_format",$type,"string");else{if(v10!=="png"&&v10!=="jpeg")R("/input/output_format",$enum,A5);}}}{const v11=v3.prompt_extend;if(v11!==void 0){if(!(typeof v11=="boolean"))R("/input/prompt_extend",$type,"boolean");}}{const v12=v3.nsfw_checker;if(v12!==void 0){if(!(typeof v12=="boolean"))R("/input/nsfw_checker",$type,"boolean");}}{const v13=v3.negative_prompt;if(v13!==void 0){if(!(typeof v13=="string"))R("/input/negative_prompt",$type,"string");else{if(v13.length>5000&&L(v13,5000))R("/input/negative_prompt",$maxLength,5000);}}}{const v14=v3.seed;if(v14!==void 0){if(!(Number.isInteger(v14)))R("/input/seed",$type,"integer");else{if(v14<0)R("/input/seed",$minimum,0);if(v14>2147483647)R("/input/seed",$maximum,2147483647);}}}}}}}});
export default validator;
