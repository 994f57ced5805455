// This file is generated. Do not edit it by hand.
// Source: specs/market/qwen/text-to-image.json
// Regenerate with: pnpm generate

import { createValidator, type KieValidator } from "../../../validator.js";
import { R, O, L, U } from "../../../runtime.js";
import { $additionalProperties, $enum, $format, $maxLength, $maximum, $minimum, $required, $type } from "../../../issues.js";
import type { components } from "../../types.gen.js";

/** The createTask body of `qwen/text-to-image`. */
export type Request = components["schemas"]["QwenTextToImageRequest"];
/** The `input` object of `qwen/text-to-image`. */
export type Input = components["schemas"]["QwenTextToImageInput"];

/** Model id this module validates. */
export const modelId = "qwen/text-to-image";

const K0=["model","callBackUrl","input"];
const A1=["qwen/text-to-image"];
const K2=["prompt","image_size","num_inference_steps","seed","guidance_scale","enable_safety_checker","output_format","negative_prompt","acceleration","nsfw_checker"];
const A3=["square","square_hd","portrait_4_3","portrait_16_9","landscape_4_3","landscape_16_9"];
const A4=["png","jpeg"];
const A5=["none","regular","high"];

/**
 * Validates a createTask body for `qwen/text-to-image` (Standard Schema v1). Unknown fields are refused
 * unless `{ unknownFields: "allow" }` is passed to `validate`.
 * Spec: `@kie-market/specs/source/market/qwen/text-to-image.json`.
 */
export const validator: KieValidator<Request> = createValidator<Request>(modelId, (x: any, u: boolean): void=>{if(!(O(x)))R("",$type,"object");else{if(x.model===void 0)R("",$required,"model");if(x.input===void 0)R("",$required,"input");if(!u)for(const k in x)if(k!=="model"&&k!=="callBackUrl"&&k!=="input")R("",$additionalProperties,k,K0);{const v1=x.model;if(v1!==void 0){if(!(typeof v1=="string"))R("/model",$type,"string");else{if(v1!=="qwen/text-to-image")R("/model",$enum,A1);}}}{const v2=x.callBackUrl;if(v2!==void 0){if(!(typeof v2=="string"))R("/callBackUrl",$type,"string");else{if(!U(v2))R("/callBackUrl",$format,"uri");}}}{const v3=x.input;if(v3!==void 0){if(!(O(v3)))R("/input",$type,"object");else{if(v3.prompt===void 0)R("/input",$required,"prompt");if(!u)for(const k in v3)if(k!=="prompt"&&k!=="image_size"&&k!=="num_inference_steps"&&k!=="seed"&&k!=="guidance_scale"&&k!=="enable_safety_checker"&&k!=="output_format"&&k!=="negative_prompt"&&k!=="acceleration"&&k!=="nsfw_checker")R("/input",$additionalProperties,k,K2);{const v5=v3.prompt;if(v5!==void 0){if(!(typeof v5=="string"))R("/input/prompt",$type,"string");else{if(v5.length>5000&&L(v5,5000))R("/input/prompt",$maxLength,5000);}}}{const v6=v3.image_size;if(v6!==void 0){if(!(typeof v6=="string"))R("/input/image_size",$type,"string");else{if(v6!=="square"&&v6!=="square_hd"&&v6!=="portrait_4_3"&&v6!=="portrait_16_9"&&v6!=="landscape_4_3"&&v6!=="landscape_16_9")R("/input/image_size",$enum,A3);}}}{const v7=v3.num_inference_steps;if(v7!==void 0){if(!(Number.isFinite(v7)))R("/input/num_inference_steps",$type,"number");else{if(v7<2)R("/input/num_inference_steps",$minimum,2);if(v7>250)R("/input/num_inference_steps",$maximum,250);}}}{const v8=v3.seed;if(v8!==void 0){if(!(Number.isInteger(v8)))R("/input/seed",$type,"integer");}}{const v9=v3.guidance_scale;if(v9!==void 0){if(!(Number.isFinite(v9)))R("/input/guidance_scale",$type,"number");else{if(v9<0)R("/input/guidance_scale",$minimum,0);if(v9>20)R("/input/guidance_scale",$maximum,20);}}}{const v10=v3.enable_safety_checker;if(v10!==void 0){if(!(typeof v10=="boolean"))R("/input/enable_safety_checker",$type,"boolean");}}{const v11=v3.output_format;if(v11!==void 0){if(!(typeof v11=="string"))R("/input/output_format",$type,"string");else{if(v11!=="png"&&v11!=="jpeg")R("/input/output_format",$enum,A4);}}}{const v12=v3.negative_prompt;if(v12!==void 0){if(!(typeof v12=="string"))R("/input/negative_prompt",$type,"string");else{if(v12.length>500&&L(v12,500))R("/input/negative_prompt",$maxLength,500);}}}{const v13=v3.acceleration;if(v13!==void 0){if(!(typeof v13=="string"))R("/input/acceleration",$type,"string");else{if(v13!=="none"&&v13!=="regular"&&v13!=="high")R("/input/acceleration",$enum,A5);}}}{const v14=v3.nsfw_checker;if(v14!==void 0){if(!(typeof v14=="boolean"))R("/input/nsfw_checker",$type,"boolean");}}}}}}});
export default validator;
