// This file is generated. Do not edit it by hand.
// Source: specs/market/google/nano-banana-edit.json
// Regenerate with: pnpm generate

import { createValidator, type KieValidator } from "../../../validator.js";
import { R, O, L, U } from "../../../runtime.js";
import { $additionalProperties, $enum, $format, $maxItems, $maxLength, $required, $type } from "../../../issues.js";
import type { components } from "../../types.gen.js";

/** The createTask body of `google/nano-banana-edit`. */
export type Request = components["schemas"]["GoogleNanoBananaEditRequest"];
/** The `input` object of `google/nano-banana-edit`. */
export type Input = components["schemas"]["GoogleNanoBananaEditInput"];

/** Model id this module validates. */
export const modelId = "google/nano-banana-edit";

const K0=["model","callBackUrl","input"];
const A1=["google/nano-banana-edit"];
const K2=["prompt","image_urls","output_format","aspect_ratio","image_size"];
const A3=["png","jpeg"];
const A4=["1:1","9:16","16:9","3:4","4:3","3:2","2:3","5:4","4:5","21:9","auto"];

/**
 * Validates a createTask body for `google/nano-banana-edit` (Standard Schema v1). Unknown fields are refused
 * unless `{ unknownFields: "allow" }` is passed to `validate`.
 * Spec: `@kie-market/specs/source/market/google/nano-banana-edit.json`.
 */
export const validator: KieValidator<Request> = createValidator<Request>(modelId, (x: any, u: boolean): void=>{if(!(O(x)))R("",$type,"object");else{if(x.model===void 0)R("",$required,"model");if(x.input===void 0)R("",$required,"input");if(!u)for(const k in x)if(k!=="model"&&k!=="callBackUrl"&&k!=="input")R("",$additionalProperties,k,K0);{const v1=x.model;if(v1!==void 0){if(!(typeof v1=="string"))R("/model",$type,"string");else{if(v1!=="google/nano-banana-edit")R("/model",$enum,A1);}}}{const v2=x.callBackUrl;if(v2!==void 0){if(!(typeof v2=="string"))R("/callBackUrl",$type,"string");else{if(!U(v2))R("/callBackUrl",$format,"uri");}}}{const v3=x.input;if(v3!==void 0){if(!(O(v3)))R("/input",$type,"object");else{if(v3.prompt===void 0)R("/input",$required,"prompt");if(v3.image_urls===void 0)R("/input",$required,"image_urls");if(!u)for(const k in v3)if(k!=="prompt"&&k!=="image_urls"&&k!=="output_format"&&k!=="aspect_ratio"&&k!=="image_size")R("/input",$additionalProperties,k,K2);{const v5=v3.prompt;if(v5!==void 0){if(!(typeof v5=="string"))R("/input/prompt",$type,"string");else{if(v5.length>5000&&L(v5,5000))R("/input/prompt",$maxLength,5000);}}}{const v6=v3.image_urls;if(v6!==void 0){if(!(Array.isArray(v6)))R("/input/image_urls",$type,"array");else{if(v6.length>10)R("/input/image_urls",$maxItems,10);for(let i7=0;i7<v6.length;i7++){const v7=v6[i7];if(!(typeof v7=="string"))R("/input/image_urls/"+i7,$type,"string");else{if(!U(v7))R("/input/image_urls/"+i7,$format,"uri");}}}}}{const v8=v3.output_format;if(v8!==void 0){if(!(typeof v8=="string"))R("/input/output_format",$type,"string");else{if(v8!=="png"&&v8!=="jpeg")R("/input/output_format",$enum,A3);}}}{const v9=v3.aspect_ratio;if(v9!==void 0){if(!(typeof v9=="string"))R("/input/aspect_ratio",$type,"string");else{if(v9!=="1:1"&&v9!=="9:16"&&v9!=="16:9"&&v9!=="3:4"&&v9!=="4:3"&&v9!=="3:2"&&v9!=="2:3"&&v9!=="5:4"&&v9!=="4:5"&&v9!=="21:9"&&v9!=="auto")R("/input/aspect_ratio",$enum,A4);}}}{const v10=v3.image_size;if(v10!==void 0){if(!(typeof v10=="string"))R("/input/image_size",$type,"string");else{if(v10!=="1:1"&&v10!=="9:16"&&v10!=="16:9"&&v10!=="3:4"&&v10!=="4:3"&&v10!=="3:2"&&v10!=="2:3"&&v10!=="5:4"&&v10!=="4:5"&&v10!=="21:9"&&v10!=="auto")R("/input/image_size",$enum,A4);}}}}}}}});
export default validator;
