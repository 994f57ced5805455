// This file is generated. Do not edit it by hand.
// Source: specs/market/qwen2-1/image-to-image.json
// Regenerate with: pnpm generate

import { createValidator, type KieValidator } from "../../../validator.js";
import { R, O, L, U } from "../../../runtime.js";
import { $additionalProperties, $enum, $format, $maxItems, $maxLength, $minItems, $required, $type } from "../../../issues.js";
import type { components } from "../../types.gen.js";

/** The createTask body of `qwen2-1/image-to-image`. */
export type Request = components["schemas"]["Qwen21ImageToImageRequest"];
/** The `input` object of `qwen2-1/image-to-image`. */
export type Input = components["schemas"]["Qwen21ImageToImageInput"];

/** Model id this module validates. */
export const modelId = "qwen2-1/image-to-image";

const K0=["model","callBackUrl","input"];
const A1=["qwen2-1/image-to-image"];
const K2=["image_urls","prompt","mask_url","aspect_ratio","resolution","background","output_format","enhance_prompt","seed","nsfw_checker"];
const A3=["auto","1:1","4:3","3:4","3:2","2:3","16:9","9:16","21:9","9:21"];
const A4=["1K","2K"];
const A5=["opaque","transparent"];
const A6=["png","webp","jpeg"];

/**
 * Validates a createTask body for `qwen2-1/image-to-image` (Standard Schema v1). Unknown fields are refused
 * unless `{ unknownFields: "allow" }` is passed to `validate`.
 * Spec: `@kie-market/specs/source/market/qwen2-1/image-to-image.json`.
 */
export const validator: KieValidator<Request> = createValidator<Request>(modelId, (x: any, u: boolean): void=>{if(!(O(x)))R("",$type,"object");else{if(x.model===void 0)R("",$required,"model");if(x.input===void 0)R("",$required,"input");if(!u)for(const k in x)if(k!=="model"&&k!=="callBackUrl"&&k!=="input")R("",$additionalProperties,k,K0);{const v1=x.model;if(v1!==void 0){if(!(typeof v1=="string"))R("/model",$type,"string");else{if(v1!=="qwen2-1/image-to-image")R("/model",$enum,A1);}}}{const v2=x.callBackUrl;if(v2!==void 0){if(!(typeof v2=="string"))R("/callBackUrl",$type,"string");else{if(!U(v2))R("/callBackUrl",$format,"uri");}}}{const v3=x.input;if(v3!==void 0){if(!(O(v3)))R("/input",$type,"object");else{if(v3.image_urls===void 0)R("/input",$required,"image_urls");if(v3.prompt===void 0)R("/input",$required,"prompt");if(!u)for(const k in v3)if(k!=="image_urls"&&k!=="prompt"&&k!=="mask_url"&&k!=="aspect_ratio"&&k!=="resolution"&&k!=="background"&&k!=="output_format"&&k!=="enhance_prompt"&&k!=="seed"&&k!=="nsfw_checker")R("/input",$additionalProperties,k,K2);{const v5=v3.image_urls;if(v5!==void 0){if(!(Array.isArray(v5)))R("/input/image_urls",$type,"array");else{if(v5.length<1)R("/input/image_urls",$minItems,1);if(v5.length>10)R("/input/image_urls",$maxItems,10);for(let i6=0;i6<v5.length;i6++){const v6=v5[i6];if(!(typeof v6=="string"))R("/input/image_urls/"+i6,$type,"string");else{if(!U(v6))R("/input/image_urls/"+i6,$format,"uri");}}}}}{const v7=v3.prompt;if(v7!==void 0){if(!(typeof v7=="string"))R("/input/prompt",$type,"string");else{if(v7.length>5000&&L(v7,5000))R("/input/prompt",$maxLength,5000);}}}{const v8=v3.mask_url;if(v8!==void 0){if(!(typeof v8=="string"))R("/input/mask_url",$type,"string");else{if(!U(v8))R("/input/mask_url",$format,"uri");}}}{const v9=v3.aspect_ratio;if(v9!==void 0){if(!(typeof v9=="string"))R("/input/aspect_ratio",$type,"string");else{if(v9!=="auto"&&v9!=="1:1"&&v9!=="4:3"&&v9!=="3:4"&&v9!=="3:2"&&v9!=="2:3"&&v9!=="16:9"&&v9!=="9:16"&&v9!=="21:9"&&v9!=="9:21")R("/input/aspect_ratio",$enum,A3);}}}{const v10=v3.resolution;if(v10!==void 0){if(!(typeof v10=="string"))R("/input/resolution",$type,"string");else{if(v10!=="1K"&&v10!=="2K")R("/input/resolution",$enum,A4);}}}{const v11=v3.background;if(v11!==void 0){if(!(typeof v11=="string"))R("/input/background",$type,"string");else{if(v11!=="opaque"&&v11!=="transparent")R("/input/background",$enum,A5);}}}{const v12=v3.output_format;if(v12!==void 0){if(!(typeof v12=="string"))R("/input/output_format",$type,"string");else{if(v12!=="png"&&v12!=="webp"&&v12!=="jpeg")R("/input/output_format",$enum,A6);}}}{const v13=v3.enhance_prompt;if(v13!==void 0){if(!(typeof v13=="boolean"))R("/input/enhance_prompt",$type,"boolean");}}{const v14=v3.seed;if(v14!==void 0){if(!(Number.isInteger(v14)))R("/input/seed",$type,"integer");}}{const v15=v3.nsfw_checker;if(v15!==void 0){if(!(typeof v15=="boolean"))R("/input/nsfw_checker",$type,"boolean");}}}}}}});
export default validator;
