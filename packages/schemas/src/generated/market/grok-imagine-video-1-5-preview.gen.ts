// This file is generated. Do not edit it by hand.
// Source: specs/market/grok-imagine-video-1-5-preview.json
// Regenerate with: pnpm generate

import { createValidator, type KieValidator } from "../../validator.js";
import { R, O, L, U } from "../../runtime.js";
import { $additionalProperties, $enum, $format, $maxItems, $maxLength, $maximum, $minimum, $multipleOf, $required, $type } from "../../issues.js";
import type { components } from "../types.gen.js";

/** The createTask body of `grok-imagine-video-1-5-preview`. */
export type Request = components["schemas"]["GrokImagineVideo15PreviewRequest"];
/** The `input` object of `grok-imagine-video-1-5-preview`. */
export type Input = components["schemas"]["GrokImagineVideo15PreviewInput"];

/** Model id this module validates. */
export const modelId = "grok-imagine-video-1-5-preview";

const K0=["model","callBackUrl","input"];
const A1=["grok-imagine-video-1-5-preview"];
const K2=["prompt","image_urls","aspect_ratio","resolution","duration","nsfw_checker"];
const A3=["1:1","16:9","9:16","3:2","2:3","auto"];
const A4=["480p","720p","1080p"];

/**
 * Validates a createTask body for `grok-imagine-video-1-5-preview` (Standard Schema v1). Unknown fields are refused
 * unless `{ unknownFields: "allow" }` is passed to `validate`.
 * Spec: `@kie-market/specs/source/market/grok-imagine-video-1-5-preview.json`.
 */
export const validator: KieValidator<Request> = createValidator<Request>(modelId, (x: any, u: boolean): void=>{if(!(O(x)))R("",$type,"object");else{if(x.model===void 0)R("",$required,"model");if(x.input===void 0)R("",$required,"input");if(!u)for(const k in x)if(k!=="model"&&k!=="callBackUrl"&&k!=="input")R("",$additionalProperties,k,K0);{const v1=x.model;if(v1!==void 0){if(!(typeof v1=="string"))R("/model",$type,"string");else{if(v1!=="grok-imagine-video-1-5-preview")R("/model",$enum,A1);}}}{const v2=x.callBackUrl;if(v2!==void 0){if(!(typeof v2=="string"))R("/callBackUrl",$type,"string");else{if(!U(v2))R("/callBackUrl",$format,"uri");}}}{const v3=x.input;if(v3!==void 0){if(!(O(v3)))R("/input",$type,"object");else{if(!u)for(const k in v3)if(k!=="prompt"&&k!=="image_urls"&&k!=="aspect_ratio"&&k!=="resolution"&&k!=="duration"&&k!=="nsfw_checker")R("/input",$additionalProperties,k,K2);{const v5=v3.prompt;if(v5!==void 0){if(!(typeof v5=="string"))R("/input/prompt",$type,"string");else{if(v5.length>4096&&L(v5,4096))R("/input/prompt",$maxLength,4096);}}}{const v6=v3.image_urls;if(v6!==void 0){if(!(Array.isArray(v6)))R("/input/image_urls",$type,"array");else{if(v6.length>7)R("/input/image_urls",$maxItems,7);for(let i7=0;i7<v6.length;i7++){const v7=v6[i7];if(!(typeof v7=="string"))R("/input/image_urls/"+i7,$type,"string");else{if(!U(v7))R("/input/image_urls/"+i7,$format,"uri");}}}}}{const v8=v3.aspect_ratio;if(v8!==void 0){if(!(typeof v8=="string"))R("/input/aspect_ratio",$type,"string");else{if(v8!=="1:1"&&v8!=="16:9"&&v8!=="9:16"&&v8!=="3:2"&&v8!=="2:3"&&v8!=="auto")R("/input/aspect_ratio",$enum,A3);}}}{const v9=v3.resolution;if(v9!==void 0){if(!(typeof v9=="string"))R("/input/resolution",$type,"string");else{if(v9!=="480p"&&v9!=="720p"&&v9!=="1080p")R("/input/resolution",$enum,A4);}}}{const v10=v3.duration;if(v10!==void 0){if(!(Number.isInteger(v10)))R("/input/duration",$type,"integer");else{if(v10<1)R("/input/duration",$minimum,1);if(v10>15)R("/input/duration",$maximum,15);if(!Number.isInteger(v10/1))R("/input/duration",$multipleOf,1);}}}{const v11=v3.nsfw_checker;if(v11!==void 0){if(!(typeof v11=="boolean"))R("/input/nsfw_checker",$type,"boolean");}}}}}}});
export default validator;
