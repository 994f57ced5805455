// This file is generated. Do not edit it by hand.
// Source: specs/market/flux-2/flex-image-to-image.json
// Regenerate with: pnpm generate

import { createValidator, type KieValidator } from "../../../validator.js";
import { R, O, L, U } from "../../../runtime.js";
import { $additionalProperties, $enum, $format, $maxItems, $maxLength, $required, $type } from "../../../issues.js";
import type { components } from "../../types.gen.js";

/** The createTask body of `flux-2/flex-image-to-image`. */
export type Request = components["schemas"]["Flux2FlexImageToImageRequest"];
/** The `input` object of `flux-2/flex-image-to-image`. */
export type Input = components["schemas"]["Flux2FlexImageToImageInput"];

/** Model id this module validates. */
export const modelId = "flux-2/flex-image-to-image";

const K0=["model","callBackUrl","input"];
const A1=["flux-2/flex-image-to-image"];
const K2=["input_urls","prompt","aspect_ratio","resolution","nsfw_checker"];
const A3=["1:1","4:3","3:4","16:9","9:16","3:2","2:3","auto"];
const A4=["1K","2K"];

/**
 * Validates a createTask body for `flux-2/flex-image-to-image` (Standard Schema v1). Unknown fields are refused
 * unless `{ unknownFields: "allow" }` is passed to `validate`.
 * Spec: `@kie-market/specs/source/market/flux-2/flex-image-to-image.json`.
 */
export const validator: KieValidator<Request> = createValidator<Request>(modelId, (x: any, u: boolean): void=>{if(!(O(x)))R("",$type,"object");else{if(x.model===void 0)R("",$required,"model");if(x.input===void 0)R("",$required,"input");if(!u)for(const k in x)if(k!=="model"&&k!=="callBackUrl"&&k!=="input")R("",$additionalProperties,k,K0);{const v1=x.model;if(v1!==void 0){if(!(typeof v1=="string"))R("/model",$type,"string");else{if(v1!=="flux-2/flex-image-to-image")R("/model",$enum,A1);}}}{const v2=x.callBackUrl;if(v2!==void 0){if(!(typeof v2=="string"))R("/callBackUrl",$type,"string");else{if(!U(v2))R("/callBackUrl",$format,"uri");}}}{const v3=x.input;if(v3!==void 0){if(!(O(v3)))R("/input",$type,"object");else{if(v3.input_urls===void 0)R("/input",$required,"input_urls");if(v3.prompt===void 0)R("/input",$required,"prompt");if(v3.aspect_ratio===void 0)R("/input",$required,"aspect_ratio");if(v3.resolution===void 0)R("/input",$required,"resolution");if(!u)for(const k in v3)if(k!=="input_urls"&&k!=="prompt"&&k!=="aspect_ratio"&&k!=="resolution"&&k!=="nsfw_checker")R("/input",$additionalProperties,k,K2);{const v5=v3.input_urls;if(v5!==void 0){if(!(Array.isArray(v5)))R("/input/input_urls",$type,"array");else{if(v5.length>8)R("/input/input_urls",$maxItems,8);for(let i6=0;i6<v5.length;i6++){const v6=v5[i6];if(!(typeof v6=="string"))R("/input/input_urls/"+i6,$type,"string");else{if(!U(v6))R("/input/input_urls/"+i6,$format,"uri");}}}}}{const v7=v3.prompt;if(v7!==void 0){if(!(typeof v7=="string"))R("/input/prompt",$type,"string");else{if(v7.length>5000&&L(v7,5000))R("/input/prompt",$maxLength,5000);}}}{const v8=v3.aspect_ratio;if(v8!==void 0){if(!(typeof v8=="string"))R("/input/aspect_ratio",$type,"string");else{if(v8!=="1:1"&&v8!=="4:3"&&v8!=="3:4"&&v8!=="16:9"&&v8!=="9:16"&&v8!=="3:2"&&v8!=="2:3"&&v8!=="auto")R("/input/aspect_ratio",$enum,A3);}}}{const v9=v3.resolution;if(v9!==void 0){if(!(typeof v9=="string"))R("/input/resolution",$type,"string");else{if(v9!=="1K"&&v9!=="2K")R("/input/resolution",$enum,A4);}}}{const v10=v3.nsfw_checker;if(v10!==void 0){if(!(typeof v10=="boolean"))R("/input/nsfw_checker",$type,"boolean");}}}}}}});
export default validator;
