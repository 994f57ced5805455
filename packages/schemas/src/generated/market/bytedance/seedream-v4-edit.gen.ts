// This file is generated. Do not edit it by hand.
// Source: specs/market/bytedance/seedream-v4-edit.json
// Regenerate with: pnpm generate

import { createValidator, type KieValidator } from "../../../validator.js";
import { R, O, L, U } from "../../../runtime.js";
import { $additionalProperties, $enum, $format, $maxItems, $maxLength, $maximum, $minimum, $required, $type } from "../../../issues.js";
import type { components } from "../../types.gen.js";

/** The createTask body of `bytedance/seedream-v4-edit`. */
export type Request = components["schemas"]["BytedanceSeedreamV4EditRequest"];
/** The `input` object of `bytedance/seedream-v4-edit`. */
export type Input = components["schemas"]["BytedanceSeedreamV4EditInput"];

/** Model id this module validates. */
export const modelId = "bytedance/seedream-v4-edit";

const K0=["model","callBackUrl","input"];
const A1=["bytedance/seedream-v4-edit"];
const K2=["prompt","image_urls","image_size","image_resolution","max_images","seed","nsfw_checker"];
const A3=["square","square_hd","portrait_4_3","portrait_3_2","portrait_16_9","landscape_4_3","landscape_3_2","landscape_16_9","landscape_21_9"];
const A4=["1K","2K","4K"];

/**
 * Validates a createTask body for `bytedance/seedream-v4-edit` (Standard Schema v1). Unknown fields are refused
 * unless `{ unknownFields: "allow" }` is passed to `validate`.
 * Spec: `@kie-market/specs/source/market/bytedance/seedream-v4-edit.json`.
 */
export const validator: KieValidator<Request> = createValidator<Request>(modelId, (x: any, u: boolean): void=>{if(!(O(x)))R("",$type,"object");else{if(x.model===void 0)R("",$required,"model");if(x.input===void 0)R("",$required,"input");if(!u)for(const k in x)if(k!=="model"&&k!=="callBackUrl"&&k!=="input")R("",$additionalProperties,k,K0);{const v1=x.model;if(v1!==void 0){if(!(typeof v1=="string"))R("/model",$type,"string");else{if(v1!=="bytedance/seedream-v4-edit")R("/model",$enum,A1);}}}{const v2=x.callBackUrl;if(v2!==void 0){if(!(typeof v2=="string"))R("/callBackUrl",$type,"string");else{if(!U(v2))R("/callBackUrl",$format,"uri");}}}{const v3=x.input;if(v3!==void 0){if(!(O(v3)))R("/input",$type,"object");else{if(v3.prompt===void 0)R("/input",$required,"prompt");if(v3.image_urls===void 0)R("/input",$required,"image_urls");if(!u)for(const k in v3)if(k!=="prompt"&&k!=="image_urls"&&k!=="image_size"&&k!=="image_resolution"&&k!=="max_images"&&k!=="seed"&&k!=="nsfw_checker")R("/input",$additionalProperties,k,K2);{const v5=v3.prompt;if(v5!==void 0){if(!(typeof v5=="string"))R("/input/prompt",$type,"string");else{if(v5.length>5000&&L(v5,5000))R("/input/prompt",$maxLength,5000);}}}{const v6=v3.image_urls;if(v6!==void 0){if(!(Array.isArray(v6)))R("/input/image_urls",$type,"array");else{if(v6.length>10)R("/input/image_urls",$maxItems,10);for(let i7=0;i7<v6.length;i7++){const v7=v6[i7];if(!(typeof v7=="string"))R("/input/image_urls/"+i7,$type,"string");else{if(!U(v7))R("/input/image_urls/"+i7,$format,"uri");}}}}}{const v8=v3.image_size;if(v8!==void 0){if(!(typeof v8=="string"))R("/input/image_size",$type,"string");else{if(v8!=="square"&&v8!=="square_hd"&&v8!=="portrait_4_3"&&v8!=="portrait_3_2"&&v8!=="portrait_16_9"&&v8!=="landscape_4_3"&&v8!=="landscape_3_2"&&v8!=="landscape_16_9"&&v8!=="landscape_21_9")R("/input/image_size",$enum,A3);}}}{const v9=v3.image_resolution;if(v9!==void 0){if(!(typeof v9=="string"))R("/input/image_resolution",$type,"string");else{if(v9!=="1K"&&v9!=="2K"&&v9!=="4K")R("/input/image_resolution",$enum,A4);}}}{const v10=v3.max_images;if(v10!==void 0){if(!(Number.isFinite(v10)))R("/input/max_images",$type,"number");else{if(v10<1)R("/input/max_images",$minimum,1);if(v10>6)R("/input/max_images",$maximum,6);}}}{const v11=v3.seed;if(v11!==void 0){if(!(Number.isInteger(v11)))R("/input/seed",$type,"integer");}}{const v12=v3.nsfw_checker;if(v12!==void 0){if(!(typeof v12=="boolean"))R("/input/nsfw_checker",$type,"boolean");}}}}}}});
export default validator;
