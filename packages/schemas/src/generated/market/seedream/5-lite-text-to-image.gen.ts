// This file is generated. Do not edit it by hand.
// Source: specs/market/seedream/5-lite-text-to-image.json
// Regenerate with: pnpm generate

import { createValidator, type KieValidator } from "../../../validator.js";
import { R, O, L, S, U } from "../../../runtime.js";
import { $additionalProperties, $enum, $format, $maxLength, $minLength, $required, $type } from "../../../issues.js";
import type { components } from "../../types.gen.js";

/** The createTask body of `seedream/5-lite-text-to-image`. */
export type Request = components["schemas"]["Seedream5LiteTextToImageRequest"];
/** The `input` object of `seedream/5-lite-text-to-image`. */
export type Input = components["schemas"]["Seedream5LiteTextToImageInput"];

/** Model id this module validates. */
export const modelId = "seedream/5-lite-text-to-image";

const K0=["model","callBackUrl","input"];
const A1=["seedream/5-lite-text-to-image"];
const K2=["prompt","aspect_ratio","quality","output_format","nsfw_checker"];
const A3=["1:1","4:3","3:4","16:9","9:16","2:3","3:2","21:9"];
const A4=["basic","high","ultra"];
const A5=["png","jpeg"];

/**
 * Validates a createTask body for `seedream/5-lite-text-to-image` (Standard Schema v1). Unknown fields are refused
 * unless `{ unknownFields: "allow" }` is passed to `validate`.
 * Spec: `@kie-market/specs/source/market/seedream/5-lite-text-to-image.json`.
 */
export const validator: KieValidator<Request> = createValidator<Request>(modelId, (x: any, u: boolean): void=>{if(!(O(x)))R("",$type,"object");else{if(x.model===void 0)R("",$required,"model");if(x.input===void 0)R("",$required,"input");if(!u)for(const k in x)if(k!=="model"&&k!=="callBackUrl"&&k!=="input")R("",$additionalProperties,k,K0);{const v1=x.model;if(v1!==void 0){if(!(typeof v1=="string"))R("/model",$type,"string");else{if(v1!=="seedream/5-lite-text-to-image")R("/model",$enum,A1);}}}{const v2=x.callBackUrl;if(v2!==void 0){if(!(typeof v2=="string"))R("/callBackUrl",$type,"string");else{if(!U(v2))R("/callBackUrl",$format,"uri");}}}{const v3=x.input;if(v3!==void 0){if(!(O(v3)))R("/input",$type,"object");else{if(v3.prompt===void 0)R("/input",$required,"prompt");if(v3.aspect_ratio===void 0)R("/input",$required,"aspect_ratio");if(v3.quality===void 0)R("/input",$required,"quality");if(!u)for(const k in v3)if(k!=="prompt"&&k!=="aspect_ratio"&&k!=="quality"&&k!=="output_format"&&k!=="nsfw_checker")R("/input",$additionalProperties,k,K2);{const v5=v3.prompt;if(v5!==void 0){if(!(typeof v5=="string"))R("/input/prompt",$type,"string");else{if(v5.length>3000&&L(v5,3000))R("/input/prompt",$maxLength,3000);if(v5.length<6&&S(v5,3))R("/input/prompt",$minLength,3);}}}{const v6=v3.aspect_ratio;if(v6!==void 0){if(!(typeof v6=="string"))R("/input/aspect_ratio",$type,"string");else{if(v6!=="1:1"&&v6!=="4:3"&&v6!=="3:4"&&v6!=="16:9"&&v6!=="9:16"&&v6!=="2:3"&&v6!=="3:2"&&v6!=="21:9")R("/input/aspect_ratio",$enum,A3);}}}{const v7=v3.quality;if(v7!==void 0){if(!(typeof v7=="string"))R("/input/quality",$type,"string");else{if(v7!=="basic"&&v7!=="high"&&v7!=="ultra")R("/input/quality",$enum,A4);}}}{const v8=v3.output_format;if(v8!==void 0){if(!(typeof v8=="string"))R("/input/output_format",$type,"string");else{if(v8!=="png"&&v8!=="jpeg")R("/input/output_format",$enum,A5);}}}{const v9=v3.nsfw_checker;if(v9!==void 0){if(!(typeof v9=="boolean"))R("/input/nsfw_checker",$type,"boolean");}}}}}}});
export default validator;
