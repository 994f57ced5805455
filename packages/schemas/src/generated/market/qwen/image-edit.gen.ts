// This file is generated. Do not edit it by hand.
// Source: specs/market/qwen/image-edit.json
// Regenerate with: pnpm generate

import { createValidator, type KieValidator } from "../../../validator.js";
import { R, O, L, U } from "../../../runtime.js";
import { $additionalProperties, $enum, $format, $maxLength, $maximum, $minimum, $required, $type } from "../../../issues.js";
import type { components } from "../../types.gen.js";

/** The createTask body of `qwen/image-edit`. */
export type Request = components["schemas"]["QwenImageEditRequest"];
/** The `input` object of `qwen/image-edit`. */
export type Input = components["schemas"]["QwenImageEditInput"];

/** Model id this module validates. */
export const modelId = "qwen/image-edit";

const K0=["model","callBackUrl","input"];
const A1=["qwen/image-edit"];
const K2=["prompt","image_url","acceleration","image_size","num_inference_steps","seed","guidance_scale","sync_mode","num_images","enable_safety_checker","output_format","negative_prompt","nsfw_checker"];
const A3=["none","regular","high"];
const A4=["square","square_hd","portrait_4_3","portrait_16_9","landscape_4_3","landscape_16_9"];
const A5=["1","2","3","4"];
const A6=["jpeg","png"];

/**
 * Validates a createTask body for `qwen/image-edit` (Standard Schema v1). Unknown fields are refused
 * unless `{ unknownFields: "allow" }` is passed to `validate`.
 * Spec: `@kie-market/specs/source/market/qwen/image-edit.json`.
 */
export const validator: KieValidator<Request> = createValidator<Request>(modelId, (x: any, u: boolean): void=>{if(!(O(x)))R("",$type,"object");else{if(x.model===void 0)R("",$required,"model");if(x.input===void 0)R("",$required,"input");if(!u)for(const k in x)if(k!=="model"&&k!=="callBackUrl"&&k!=="input")R("",$additionalProperties,k,K0);{const v1=x.model;if(v1!==void 0){if(!(typeof v1=="string"))R("/model",$type,"string");else{if(v1!=="qwen/image-edit")R("/model",$enum,A1);}}}{const v2=x.callBackUrl;if(v2!==void 0){if(!(typeof v2=="string"))R("/callBackUrl",$type,"string");else{if(!U(v2))R("/callBackUrl",$format,"uri");}}}{const v3=x.input;if(v3!==void 0){if(!(O(v3)))R("/input",$type,"object");else{if(v3.prompt===void 0)R("/input",$required,"prompt");if(v3.image_url===void 0)R("/input",$required,"image_url");if(!u)for(const k in v3)if(k!=="prompt"&&k!=="image_url"&&k!=="acceleration"&&k!=="image_size"&&k!=="num_inference_steps"&&k!=="seed"&&k!=="guidance_scale"&&k!=="sync_mode"&&k!=="num_images"&&k!=="enable_safety_checker"&&k!=="output_format"&&k!=="negative_prompt"&&k!=="nsfw_checker")R("/input",$additionalProperties,k,K2);{const v5=v3.prompt;if(v5!==void 0){if(!(typeof v5=="string"))R("/input/prompt",$type,"string");else{if(v5.length>2000&&L(v5,2000))R("/input/prompt",$maxLength,2000);}}}{const v6=v3.image_url;if(v6!==void 0){if(!(typeof v6=="string"))R("/input/image_url",$type,"string");}}{const v7=v3.acceleration;if(v7!==void 0){if(!(typeof v7=="string"))R("/input/acceleration",$type,"string");else{if(v7!=="none"&&v7!=="regular"&&v7!=="high")R("/input/acceleration",$enum,A3);}}}{const v8=v3.image_size;if(v8!==void 0){if(!(typeof v8=="string"))R("/input/image_size",$type,"string");else{if(v8!=="square"&&v8!=="square_hd"&&v8!=="portrait_4_3"&&v8!=="portrait_16_9"&&v8!=="landscape_4_3"&&v8!=="landscape_16_9")R("/input/image_size",$enum,A4);}}}{const v9=v3.num_inference_steps;if(v9!==void 0){if(!(Number.isFinite(v9)))R("/input/num_inference_steps",$type,"number");else{if(v9<2)R("/input/num_inference_steps",$minimum,2);if(v9>49)R("/input/num_inference_steps",$maximum,49);}}}{const v10=v3.seed;if(v10!==void 0){if(!(Number.isInteger(v10)))R("/input/seed",$type,"integer");}}{const v11=v3.guidance_scale;if(v11!==void 0){if(!(Number.isFinite(v11)))R("/input/guidance_scale",$type,"number");else{if(v11<0)R("/input/guidance_scale",$minimum,0);if(v11>20)R("/input/guidance_scale",$maximum,20);}}}{const v12=v3.sync_mode;if(v12!==void 0){if(!(typeof v12=="boolean"))R("/input/sync_mode",$type,"boolean");}}{const v13=v3.num_images;if(v13!==void 0){if(!(typeof v13=="string"))R("/input/num_images",$type,"string");else{if(v13!=="1"&&v13!=="2"&&v13!=="3"&&v13!=="4")R("/input/num_images",$enum,A5);}}}{const v14=v3.enable_safety_checker;if(v14!==void 0){if(!(typeof v14=="boolean"))R("/input/enable_safety_checker",$type,"boolean");}}{const v15=v3.output_format;if(v15!==void 0){if(!(typeof v15=="string"))R("/input/output_format",$type,"string");else{if(v15!=="jpeg"&&v15!=="png")R("/input/output_format",$enum,A6);}}}{const v16=v3.negative_prompt;if(v16!==void 0){if(!(typeof v16=="string"))R("/input/negative_prompt",$type,"string");else{if(v16.length>500&&L(v16,500))R("/input/negative_prompt",$maxLength,500);}}}{const v17=v3.nsfw_checker;if(v17!==void 0){if(!(typeof v17=="boolean"))R("/input/nsfw_checker",$type,"boolean");}}}}}}});
export default validator;
