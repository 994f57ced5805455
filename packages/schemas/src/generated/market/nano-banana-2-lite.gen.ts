// This file is generated. Do not edit it by hand.
// Source: specs/market/nano-banana-2-lite.json
// Regenerate with: pnpm generate

import { createValidator, type KieValidator } from "../../validator.js";
import { R, O, L, U } from "../../runtime.js";
import { $additionalProperties, $enum, $format, $maxItems, $maxLength, $required, $type } from "../../issues.js";
import type { components } from "../types.gen.js";

/** The createTask body of `nano-banana-2-lite`. */
export type Request = components["schemas"]["NanoBanana2LiteRequest"];
/** The `input` object of `nano-banana-2-lite`. */
export type Input = components["schemas"]["NanoBanana2LiteInput"];

/** Model id this module validates. */
export const modelId = "nano-banana-2-lite";

const K0=["model","callBackUrl","input"];
const A1=["nano-banana-2-lite"];
const K2=["image_urls","prompt","aspect_ratio"];
const A3=["1:1","1:4","1:8","2:3","3:2","3:4","4:1","4:3","4:5","5:4","8:1","9:16","16:9","21:9","auto"];

/**
 * Validates a createTask body for `nano-banana-2-lite` (Standard Schema v1). Unknown fields are refused
 * unless `{ unknownFields: "allow" }` is passed to `validate`.
 * Spec: `@kie-market/specs/source/market/nano-banana-2-lite.json`.
 */
export const validator: KieValidator<Request> = createValidator<Request>(modelId, (x: any, u: boolean): void=>{if(!(O(x)))R("",$type,"object");else{if(x.model===void 0)R("",$required,"model");if(x.input===void 0)R("",$required,"input");if(!u)for(const k in x)if(k!=="model"&&k!=="callBackUrl"&&k!=="input")R("",$additionalProperties,k,K0);{const v1=x.model;if(v1!==void 0){if(!(typeof v1=="string"))R("/model",$type,"string");else{if(v1!=="nano-banana-2-lite")R("/model",$enum,A1);}}}{const v2=x.callBackUrl;if(v2!==void 0){if(!(typeof v2=="string"))R("/callBackUrl",$type,"string");else{if(!U(v2))R("/callBackUrl",$format,"uri");}}}{const v3=x.input;if(v3!==void 0){if(!(O(v3)))R("/input",$type,"object");else{if(v3.prompt===void 0)R("/input",$required,"prompt");if(v3.aspect_ratio===void 0)R("/input",$required,"aspect_ratio");if(!u)for(const k in v3)if(k!=="image_urls"&&k!=="prompt"&&k!=="aspect_ratio")R("/input",$additionalProperties,k,K2);{const v5=v3.image_urls;if(v5!==void 0){if(!(Array.isArray(v5)))R("/input/image_urls",$type,"array");else{if(v5.length>10)R("/input/image_urls",$maxItems,10);for(let i6=0;i6<v5.length;i6++){const v6=v5[i6];if(!(typeof v6=="string"))R("/input/image_urls/"+i6,$type,"string");else{if(!U(v6))R("/input/image_urls/"+i6,$format,"uri");}}}}}{const v7=v3.prompt;if(v7!==void 0){if(!(typeof v7=="string"))R("/input/prompt",$type,"string");else{if(v7.length>20000&&L(v7,20000))R("/input/prompt",$maxLength,20000);}}}{const v8=v3.aspect_ratio;if(v8!==void 0){if(!(typeof v8=="string"))R("/input/aspect_ratio",$type,"string");else{if(v8!=="1:1"&&v8!=="1:4"&&v8!=="1:8"&&v8!=="2:3"&&v8!=="3:2"&&v8!=="3:4"&&v8!=="4:1"&&v8!=="4:3"&&v8!=="4:5"&&v8!=="5:4"&&v8!=="8:1"&&v8!=="9:16"&&v8!=="16:9"&&v8!=="21:9"&&v8!=="auto")R("/input/aspect_ratio",$enum,A3);}}}}}}}});
export default validator;
