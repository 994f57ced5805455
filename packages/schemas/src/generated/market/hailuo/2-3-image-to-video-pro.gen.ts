// This file is generated. Do not edit it by hand.
// Source: specs/market/hailuo/2-3-image-to-video-pro.json
// Regenerate with: pnpm generate

import { createValidator, type KieValidator } from "../../../validator.js";
import { R, O, L, U } from "../../../runtime.js";
import { $additionalProperties, $enum, $format, $maxLength, $not, $required, $type } from "../../../issues.js";
import type { components } from "../../types.gen.js";

/** The createTask body of `hailuo/2-3-image-to-video-pro`. */
export type Request = components["schemas"]["Hailuo23ImageToVideoProRequest"];
/** The `input` object of `hailuo/2-3-image-to-video-pro`. */
export type Input = components["schemas"]["Hailuo23ImageToVideoProInput"];

/** Model id this module validates. */
export const modelId = "hailuo/2-3-image-to-video-pro";

const K0=["model","callBackUrl","input"];
const A1=["hailuo/2-3-image-to-video-pro"];
const K2=["prompt","image_url","duration","resolution","nsfw_checker"];
const A3=["6","10"];
const A4=["768P","1080P"];
const M5="duration \"10\" is not supported with resolution \"1080P\"";
function t0(x: any, u: boolean): boolean{if(O(x)){if(x.duration===void 0)return false;if(x.resolution===void 0)return false;{const v10=x.duration;if(v10!==void 0){if(v10!=="10")return false;}}{const v11=x.resolution;if(v11!==void 0){if(v11!=="1080P")return false;}}}return true}

/**
 * Validates a createTask body for `hailuo/2-3-image-to-video-pro` (Standard Schema v1). Unknown fields are refused
 * unless `{ unknownFields: "allow" }` is passed to `validate`.
 * Spec: `@kie-market/specs/source/market/hailuo/2-3-image-to-video-pro.json`.
 */
export const validator: KieValidator<Request> = createValidator<Request>(modelId, (x: any, u: boolean): void=>{if(!(O(x)))R("",$type,"object");else{if(x.model===void 0)R("",$required,"model");if(x.input===void 0)R("",$required,"input");if(!u)for(const k in x)if(k!=="model"&&k!=="callBackUrl"&&k!=="input")R("",$additionalProperties,k,K0);{const v1=x.model;if(v1!==void 0){if(!(typeof v1=="string"))R("/model",$type,"string");else{if(v1!=="hailuo/2-3-image-to-video-pro")R("/model",$enum,A1);}}}{const v2=x.callBackUrl;if(v2!==void 0){if(!(typeof v2=="string"))R("/callBackUrl",$type,"string");else{if(!U(v2))R("/callBackUrl",$format,"uri");}}}{const v3=x.input;if(v3!==void 0){if(!(O(v3)))R("/input",$type,"object");else{if(v3.prompt===void 0)R("/input",$required,"prompt");if(v3.image_url===void 0)R("/input",$required,"image_url");if(!u)for(const k in v3)if(k!=="prompt"&&k!=="image_url"&&k!=="duration"&&k!=="resolution"&&k!=="nsfw_checker")R("/input",$additionalProperties,k,K2);{const v5=v3.prompt;if(v5!==void 0){if(!(typeof v5=="string"))R("/input/prompt",$type,"string");else{if(v5.length>5000&&L(v5,5000))R("/input/prompt",$maxLength,5000);}}}{const v6=v3.image_url;if(v6!==void 0){if(!(typeof v6=="string"))R("/input/image_url",$type,"string");}}{const v7=v3.duration;if(v7!==void 0){if(!(typeof v7=="string"))R("/input/duration",$type,"string");else{if(v7!=="6"&&v7!=="10")R("/input/duration",$enum,A3);}}}{const v8=v3.resolution;if(v8!==void 0){if(!(typeof v8=="string"))R("/input/resolution",$type,"string");else{if(v8!=="768P"&&v8!=="1080P")R("/input/resolution",$enum,A4);}}}{const v9=v3.nsfw_checker;if(v9!==void 0){if(!(typeof v9=="boolean"))R("/input/nsfw_checker",$type,"boolean");}}}if(t0(v3,u))R("/input",$not,M5);}}}});
export default validator;
