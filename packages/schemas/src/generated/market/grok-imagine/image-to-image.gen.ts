// This file is generated. Do not edit it by hand.
// Source: specs/market/grok-imagine/image-to-image.json
// Regenerate with: pnpm generate

import { createValidator, type KieValidator } from "../../../validator.js";
import { R, O, L, U } from "../../../runtime.js";
import { $additionalProperties, $enum, $format, $maxItems, $maxLength, $required, $type } from "../../../issues.js";
import type { components } from "../../types.gen.js";

/** The createTask body of `grok-imagine/image-to-image`. */
export type Request = components["schemas"]["GrokImagineImageToImageRequest"];
/** The `input` object of `grok-imagine/image-to-image`. */
export type Input = components["schemas"]["GrokImagineImageToImageInput"];

/** Model id this module validates. */
export const modelId = "grok-imagine/image-to-image";

const K0=["model","callBackUrl","input"];
const A1=["grok-imagine/image-to-image"];
const K2=["prompt","image_urls","nsfw_checker"];

/**
 * Validates a createTask body for `grok-imagine/image-to-image` (Standard Schema v1). Unknown fields are refused
 * unless `{ unknownFields: "allow" }` is passed to `validate`.
 * Spec: `@kie-market/specs/source/market/grok-imagine/image-to-image.json`.
 */
export const validator: KieValidator<Request> = createValidator<Request>(modelId, (x: any, u: boolean): void=>{if(!(O(x)))R("",$type,"object");else{if(x.model===void 0)R("",$required,"model");if(x.input===void 0)R("",$required,"input");if(!u)for(const k in x)if(k!=="model"&&k!=="callBackUrl"&&k!=="input")R("",$additionalProperties,k,K0);{const v1=x.model;if(v1!==void 0){if(!(typeof v1=="string"))R("/model",$type,"string");else{if(v1!=="grok-imagine/image-to-image")R("/model",$enum,A1);}}}{const v2=x.callBackUrl;if(v2!==void 0){if(!(typeof v2=="string"))R("/callBackUrl",$type,"string");else{if(!U(v2))R("/callBackUrl",$format,"uri");}}}{const v3=x.input;if(v3!==void 0){if(!(O(v3)))R("/input",$type,"object");else{if(v3.image_urls===void 0)R("/input",$required,"image_urls");if(!u)for(const k in v3)if(k!=="prompt"&&k!=="image_urls"&&k!=="nsfw_checker")R("/input",$additionalProperties,k,K2);{const v5=v3.prompt;if(v5!==void 0){if(!(typeof v5=="string"))R("/input/prompt",$type,"string");else{if(v5.length>390000&&L(v5,390000))R("/input/prompt",$maxLength,390000);}}}{const v6=v3.image_urls;if(v6!==void 0){if(!(Array.isArray(v6)))R("/input/image_urls",$type,"array");else{if(v6.length>5)R("/input/image_urls",$maxItems,5);for(let i7=0;i7<v6.length;i7++){const v7=v6[i7];if(!(typeof v7=="string"))R("/input/image_urls/"+i7,$type,"string");else{if(!U(v7))R("/input/image_urls/"+i7,$format,"uri");}}}}}{const v8=v3.nsfw_checker;if(v8!==void 0){if(!(typeof v8=="boolean"))R("/input/nsfw_checker",$type,"boolean");}}}}}}});
export default validator;
