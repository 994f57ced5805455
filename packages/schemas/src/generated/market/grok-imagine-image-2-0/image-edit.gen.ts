// This file is generated. Do not edit it by hand.
// Source: specs/market/grok-imagine-image-2-0/image-edit.json
// Regenerate with: pnpm generate

import { createValidator, type KieValidator } from "../../../validator.js";
import { R, O, L, U } from "../../../runtime.js";
import { $additionalProperties, $enum, $format, $maxItems, $maxLength, $required, $type } from "../../../issues.js";
import type { components } from "../../types.gen.js";

/** The createTask body of `grok-imagine-image-2-0/image-edit`. */
export type Request = components["schemas"]["GrokImagineImage20ImageEditRequest"];
/** The `input` object of `grok-imagine-image-2-0/image-edit`. */
export type Input = components["schemas"]["GrokImagineImage20ImageEditInput"];

/** Model id this module validates. */
export const modelId = "grok-imagine-image-2-0/image-edit";

const K0=["model","callBackUrl","input"];
const A1=["grok-imagine-image-2-0/image-edit"];
const K2=["prompt","aspect_ratio","image_urls"];
const A3=["1:1","2:3","3:2","16:9","9:16","auto"];

/**
 * Validates a createTask body for `grok-imagine-image-2-0/image-edit` (Standard Schema v1). Unknown fields are refused
 * unless `{ unknownFields: "allow" }` is passed to `validate`.
 * Spec: `@kie-market/specs/source/market/grok-imagine-image-2-0/image-edit.json`.
 */
export const validator: KieValidator<Request> = createValidator<Request>(modelId, (x: any, u: boolean): void=>{if(!(O(x)))R("",$type,"object");else{if(x.model===void 0)R("",$required,"model");if(x.input===void 0)R("",$required,"input");if(!u)for(const k in x)if(k!=="model"&&k!=="callBackUrl"&&k!=="input")R("",$additionalProperties,k,K0);{const v1=x.model;if(v1!==void 0){if(!(typeof v1=="string"))R("/model",$type,"string");else{if(v1!=="grok-imagine-image-2-0/image-edit")R("/model",$enum,A1);}}}{const v2=x.callBackUrl;if(v2!==void 0){if(!(typeof v2=="string"))R("/callBackUrl",$type,"string");else{if(!U(v2))R("/callBackUrl",$format,"uri");}}}{const v3=x.input;if(v3!==void 0){if(!(O(v3)))R("/input",$type,"object");else{if(v3.aspect_ratio===void 0)R("/input",$required,"aspect_ratio");if(v3.image_urls===void 0)R("/input",$required,"image_urls");if(!u)for(const k in v3)if(k!=="prompt"&&k!=="aspect_ratio"&&k!=="image_urls")R("/input",$additionalProperties,k,K2);{const v5=v3.prompt;if(v5!==void 0){if(!(typeof v5=="string"))R("/input/prompt",$type,"string");else{if(v5.length>390000&&L(v5,390000))R("/input/prompt",$maxLength,390000);}}}{const v6=v3.aspect_ratio;if(v6!==void 0){if(!(typeof v6=="string"))R("/input/aspect_ratio",$type,"string");else{if(v6!=="1:1"&&v6!=="2:3"&&v6!=="3:2"&&v6!=="16:9"&&v6!=="9:16"&&v6!=="auto")R("/input/aspect_ratio",$enum,A3);}}}{const v7=v3.image_urls;if(v7!==void 0){if(!(Array.isArray(v7)))R("/input/image_urls",$type,"array");else{if(v7.length>5)R("/input/image_urls",$maxItems,5);for(let i8=0;i8<v7.length;i8++){const v8=v7[i8];if(!(typeof v8=="string"))R("/input/image_urls/"+i8,$type,"string");else{if(!U(v8))R("/input/image_urls/"+i8,$format,"uri");}}}}}}}}}});
export default validator;
