// This file is generated. Do not edit it by hand.
// Source: specs/market/google/nano-banana.json
// Regenerate with: pnpm generate

import { createValidator, type KieValidator } from "../../../validator.js";
import { R, O, L, U } from "../../../runtime.js";
import { $additionalProperties, $enum, $format, $maxLength, $required, $type } from "../../../issues.js";
import type { components } from "../../types.gen.js";

/** The createTask body of `google/nano-banana`. */
export type Request = components["schemas"]["GoogleNanoBananaRequest"];
/** The `input` object of `google/nano-banana`. */
export type Input = components["schemas"]["GoogleNanoBananaInput"];

/** Model id this module validates. */
export const modelId = "google/nano-banana";

const K0=["model","callBackUrl","input"];
const A1=["google/nano-banana"];
const K2=["prompt","output_format","aspect_ratio","image_size","nsfw_checker"];
const A3=["png","jpeg"];
const A4=["1:1","9:16","16:9","3:4","4:3","3:2","2:3","5:4","4:5","21:9","auto"];

/**
 * Validates a createTask body for `google/nano-banana` (Standard Schema v1). Unknown fields are refused
 * unless `{ unknownFields: "allow" }` is passed to `validate`.
 * Spec: `@kie-market/specs/source/market/google/nano-banana.json`.
 */
export const validator: KieValidator<Request> = createValidator<Request>(modelId, (x: any, u: boolean): void=>{if(!(O(x)))R("",$type,"object");else{if(x.model===void 0)R("",$required,"model");if(x.input===void 0)R("",$required,"input");if(!u)for(const k in x)if(k!=="model"&&k!=="callBackUrl"&&k!=="input")R("",$additionalProperties,k,K0);{const v1=x.model;if(v1!==void 0){if(!(typeof v1=="string"))R("/model",$type,"string");else{if(v1!=="google/nano-banana")R("/model",$enum,A1);}}}{const v2=x.callBackUrl;if(v2!==void 0){if(!(typeof v2=="string"))R("/callBackUrl",$type,"string");else{if(!U(v2))R("/callBackUrl",$format,"uri");}}}{const v3=x.input;if(v3!==void 0){if(!(O(v3)))R("/input",$type,"object");else{if(v3.prompt===void 0)R("/input",$required,"prompt");if(!u)for(const k in v3)if(k!=="prompt"&&k!=="output_format"&&k!=="aspect_ratio"&&k!=="image_size"&&k!=="nsfw_checker")R("/input",$additionalProperties,k,K2);{const v5=v3.prompt;if(v5!==void 0){if(!(typeof v5=="string"))R("/input/prompt",$type,"string");else{if(v5.length>5000&&L(v5,5000))R("/input/prompt",$maxLength,5000);}}}{const v6=v3.output_format;if(v6!==void 0){if(!(typeof v6=="string"))R("/input/output_format",$type,"string");else{if(v6!=="png"&&v6!=="jpeg")R("/input/output_format",$enum,A3);}}}{const v7=v3.aspect_ratio;if(v7!==void 0){if(!(typeof v7=="string"))R("/input/aspect_ratio",$type,"string");else{if(v7!=="1:1"&&v7!=="9:16"&&v7!=="16:9"&&v7!=="3:4"&&v7!=="4:3"&&v7!=="3:2"&&v7!=="2:3"&&v7!=="5:4"&&v7!=="4:5"&&v7!=="21:9"&&v7!=="auto")R("/input/aspect_ratio",$enum,A4);}}}{const v8=v3.image_size;if(v8!==void 0){if(!(typeof v8=="string"))R("/input/image_size",$type,"string");else{if(v8!=="1:1"&&v8!=="9:16"&&v8!=="16:9"&&v8!=="3:4"&&v8!=="4:3"&&v8!=="3:2"&&v8!=="2:3"&&v8!=="5:4"&&v8!=="4:5"&&v8!=="21:9"&&v8!=="auto")R("/input/image_size",$enum,A4);}}}{const v9=v3.nsfw_checker;if(v9!==void 0){if(!(typeof v9=="boolean"))R("/input/nsfw_checker",$type,"boolean");}}}}}}});
export default validator;
