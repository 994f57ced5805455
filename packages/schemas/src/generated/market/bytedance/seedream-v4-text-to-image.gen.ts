// This file is generated. Do not edit it by hand.
// Source: specs/market/bytedance/seedream-v4-text-to-image.json
// Regenerate with: pnpm generate

import { createValidator, type KieValidator } from "../../../validator.js";
import { R, O, L, U } from "../../../runtime.js";
import { $additionalProperties, $enum, $format, $maxLength, $maximum, $minimum, $required, $type } from "../../../issues.js";
import type { components } from "../../types.gen.js";

/** The createTask body of `bytedance/seedream-v4-text-to-image`. */
export type Request = components["schemas"]["BytedanceSeedreamV4TextToImageRequest"];
/** The `input` object of `bytedance/seedream-v4-text-to-image`. */
export type Input = components["schemas"]["BytedanceSeedreamV4TextToImageInput"];

/** Model id this module validates. */
export const modelId = "bytedance/seedream-v4-text-to-image";

const K0=["model","callBackUrl","input"];
const A1=["bytedance/seedream-v4-text-to-image"];
const K2=["prompt","image_size","image_resolution","max_images","seed","nsfw_checker"];
const A3=["square","square_hd","portrait_4_3","portrait_3_2","portrait_16_9","landscape_4_3","landscape_3_2","landscape_16_9","landscape_21_9"];
const A4=["1K","2K","4K"];

/**
 * Validates a createTask body for `bytedance/seedream-v4-text-to-image` (Standard Schema v1). Unknown fields are refused
 * unless `{ unknownFields: "allow" }` is passed to `validate`.
 * Spec: `@kie-market/specs/source/market/bytedance/seedream-v4-text-to-image.json`.
 */
export const validator: KieValidator<Request> = createValidator<Request>(modelId, (x: any, u: boolean): void=>{if(!(O(x)))R("",$type,"object");else{if(x.model===void 0)R("",$required,"model");if(x.input===void 0)R("",$required,"input");if(!u)for(const k in x)if(k!=="model"&&k!=="callBackUrl"&&k!=="input")R("",$additionalProperties,k,K0);{const v1=x.model;if(v1!==void 0){if(!(typeof v1=="string"))R("/model",$type,"string");else{if(v1!=="bytedance/seedream-v4-text-to-image")R("/model",$enum,A1);}}}{const v2=x.callBackUrl;if(v2!==void 0){if(!(typeof v2=="string"))R("/callBackUrl",$type,"string");else{if(!U(v2))R("/callBackUrl",$format,"uri");}}}{const v3=x.input;if(v3!==void 0){if(!(O(v3)))R("/input",$type,"object");else{if(v3.prompt===void 0)R("/input",$required,"prompt");if(!u)for(const k in v3)if(k!=="prompt"&&k!=="image_size"&&k!=="image_resolution"&&k!=="max_images"&&k!=="seed"&&k!=="nsfw_checker")R("/input",$additionalProperties,k,K2);{const v5=v3.prompt;if(v5!==void 0){if(!(typeof v5=="string"))R("/input/prompt",$type,"string");else{if(v5.length>5000&&L(v5,5000))R("/input/prompt",$maxLength,5000);}}}{const v6=v3.image_size;if(v6!==void 0){if(!(typeof v6=="string"))R("/input/image_size",$type,"string");else{if(v6!=="square"&&v6!=="square_hd"&&v6!=="portrait_4_3"&&v6!=="portrait_3_2"&&v6!=="portrait_16_9"&&v6!=="landscape_4_3"&&v6!=="landscape_3_2"&&v6!=="landscape_16_9"&&v6!=="landscape_21_9")R("/input/image_size",$enum,A3);}}}{const v7=v3.image_resolution;if(v7!==void 0){if(!(typeof v7=="string"))R("/input/image_resolution",$type,"string");else{if(v7!=="1K"&&v7!=="2K"&&v7!=="4K")R("/input/image_resolution",$enum,A4);}}}{const v8=v3.max_images;if(v8!==void 0){if(!(Number.isFinite(v8)))R("/input/max_images",$type,"number");else{if(v8<1)R("/input/max_images",$minimum,1);if(v8>6)R("/input/max_images",$maximum,6);}}}{const v9=v3.seed;if(v9!==void 0){if(!(Number.isInteger(v9)))R("/input/seed",$type,"integer");}}{const v10=v3.nsfw_checker;if(v10!==void 0){if(!(typeof v10=="boolean"))R("/input/nsfw_checker",$type,"boolean");}}}}}}});
export default validator;
