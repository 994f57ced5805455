// This file is generated. Do not edit it by hand.
// Source: specs/market/nano-banana-pro.json
// Regenerate with: pnpm generate

import { createValidator, type KieValidator } from "../../validator.js";
import { R, O, L, U } from "../../runtime.js";
import { $additionalProperties, $enum, $format, $maxItems, $maxLength, $required, $type } from "../../issues.js";
import type { components } from "../types.gen.js";

/** The createTask body of `nano-banana-pro`. */
export type Request = components["schemas"]["NanoBananaProRequest"];
/** The `input` object of `nano-banana-pro`. */
export type Input = components["schemas"]["NanoBananaProInput"];

/** Model id this module validates. */
export const modelId = "nano-banana-pro";

const K0=["model","callBackUrl","input"];
const A1=["nano-banana-pro"];
const K2=["prompt","image_input","aspect_ratio","resolution","output_format"];
const A3=["1:1","2:3","3:2","3:4","4:3","4:5","5:4","9:16","16:9","21:9","auto"];
const A4=["1K","2K","4K"];
const A5=["png","jpg"];

/**
 * Validates a createTask body for `nano-banana-pro` (Standard Schema v1). Unknown fields are refused
 * unless `{ unknownFields: "allow" }` is passed to `validate`.
 * Spec: `@kie-market/specs/source/market/nano-banana-pro.json`.
 */
export const validator: KieValidator<Request> = createValidator<Request>(modelId, (x: any, u: boolean): void=>{if(!(O(x)))R("",$type,"object");else{if(x.model===void 0)R("",$required,"model");if(x.input===void 0)R("",$required,"input");if(!u)for(const k in x)if(k!=="model"&&k!=="callBackUrl"&&k!=="input")R("",$additionalProperties,k,K0);{const v1=x.model;if(v1!==void 0){if(!(typeof v1=="string"))R("/model",$type,"string");else{if(v1!=="nano-banana-pro")R("/model",$enum,A1);}}}{const v2=x.callBackUrl;if(v2!==void 0){if(!(typeof v2=="string"))R("/callBackUrl",$type,"string");else{if(!U(v2))R("/callBackUrl",$format,"uri");}}}{const v3=x.input;if(v3!==void 0){if(!(O(v3)))R("/input",$type,"object");else{if(v3.prompt===void 0)R("/input",$required,"prompt");if(!u)for(const k in v3)if(k!=="prompt"&&k!=="image_input"&&k!=="aspect_ratio"&&k!=="resolution"&&k!=="output_format")R("/input",$additionalProperties,k,K2);{const v5=v3.prompt;if(v5!==void 0){if(!(typeof v5=="string"))R("/input/prompt",$type,"string");else{if(v5.length>10000&&L(v5,10000))R("/input/prompt",$maxLength,10000);}}}{const v6=v3.image_input;if(v6!==void 0){if(!(Array.isArray(v6)))R("/input/image_input",$type,"array");else{if(v6.length>8)R("/input/image_input",$maxItems,8);for(let i7=0;i7<v6.length;i7++){const v7=v6[i7];if(!(typeof v7=="string"))R("/input/image_input/"+i7,$type,"string");else{if(!U(v7))R("/input/image_input/"+i7,$format,"uri");}}}}}{const v8=v3.aspect_ratio;if(v8!==void 0){if(!(typeof v8=="string"))R("/input/aspect_ratio",$type,"string");else{if(v8!=="1:1"&&v8!=="2:3"&&v8!=="3:2"&&v8!=="3:4"&&v8!=="4:3"&&v8!=="4:5"&&v8!=="5:4"&&v8!=="9:16"&&v8!=="16:9"&&v8!=="21:9"&&v8!=="auto")R("/input/aspect_ratio",$enum,A3);}}}{const v9=v3.resolution;if(v9!==void 0){if(!(typeof v9=="string"))R("/input/resolution",$type,"string");else{if(v9!=="1K"&&v9!=="2K"&&v9!=="4K")R("/input/resolution",$enum,A4);}}}{const v10=v3.output_format;if(v10!==void 0){if(!(typeof v10=="string"))R("/input/output_format",$type,"string");else{if(v10!=="png"&&v10!=="jpg")R("/input/output_format",$enum,A5);}}}}}}}});
export default validator;
