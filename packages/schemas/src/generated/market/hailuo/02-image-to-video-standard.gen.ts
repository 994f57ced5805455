// This file is generated. Do not edit it by hand.
// Source: specs/market/hailuo/02-image-to-video-standard.json
// Regenerate with: pnpm generate

import { createValidator, type KieValidator } from "../../../validator.js";
import { R, O, L, U } from "../../../runtime.js";
import { $additionalProperties, $enum, $format, $maxLength, $required, $type } from "../../../issues.js";
import type { components } from "../../types.gen.js";

/** The createTask body of `hailuo/02-image-to-video-standard`. */
export type Request = components["schemas"]["Hailuo02ImageToVideoStandardRequest"];
/** The `input` object of `hailuo/02-image-to-video-standard`. */
export type Input = components["schemas"]["Hailuo02ImageToVideoStandardInput"];

/** Model id this module validates. */
export const modelId = "hailuo/02-image-to-video-standard";

const K0=["model","callBackUrl","input"];
const A1=["hailuo/02-image-to-video-standard"];
const K2=["prompt","image_url","end_image_url","duration","resolution","prompt_optimizer","nsfw_checker"];
const A3=["6","10"];
const A4=["512P","768P"];

/**
 * Validates a createTask body for `hailuo/02-image-to-video-standard` (Standard Schema v1). Unknown fields are refused
 * unless `{ unknownFields: "allow" }` is passed to `validate`.
 * Spec: `@kie-market/specs/source/market/hailuo/02-image-to-video-standard.json`.
 */
export const validator: KieValidator<Request> = createValidator<Request>(modelId, (x: any, u: boolean): void=>{if(!(O(x)))R("",$type,"object");else{if(x.model===void 0)R("",$required,"model");if(x.input===void 0)R("",$required,"input");if(!u)for(const k in x)if(k!=="model"&&k!=="callBackUrl"&&k!=="input")R("",$additionalProperties,k,K0);{const v1=x.model;if(v1!==void 0){if(!(typeof v1=="string"))R("/model",$type,"string");else{if(v1!=="hailuo/02-image-to-video-standard")R("/model",$enum,A1);}}}{const v2=x.callBackUrl;if(v2!==void 0){if(!(typeof v2=="string"))R("/callBackUrl",$type,"string");else{if(!U(v2))R("/callBackUrl",$format,"uri");}}}{const v3=x.input;if(v3!==void 0){if(!(O(v3)))R("/input",$type,"object");else{if(v3.prompt===void 0)R("/input",$required,"prompt");if(v3.image_url===void 0)R("/input",$required,"image_url");if(!u)for(const k in v3)if(k!=="prompt"&&k!=="image_url"&&k!=="end_image_url"&&k!=="duration"&&k!=="resolution"&&k!=="prompt_optimizer"&&k!=="nsfw_checker")R("/input",$additionalProperties,k,K2);{const v5=v3.prompt;if(v5!==void 0){if(!(typeof v5=="string"))R("/input/prompt",$type,"string");else{if(v5.length>1500&&L(v5,1500))R("/input/prompt",$maxLength,1500);}}}{const v6=v3.image_url;if(v6!==void 0){if(!(typeof v6=="string"))R("/input/image_url",$type,"string");}}{const v7=v3.end_image_url;if(v7!==void 0){if(!(typeof v7=="string"))R("/input/end_image_url",$type,"string");}}{const v8=v3.duration;if(v8!==void 0){if(!(typeof v8=="string"))R("/input/duration",$type,"string");else{if(v8!=="6"&&v8!=="10")R("/input/duration",$enum,A3);}}}{const v9=v3.resolution;if(v9!==void 0){if(!(typeof v9=="string"))R("/input/resolution",$type,"string");else{if(v9!=="512P"&&v9!=="768P")R("/input/resolution",$enum,A4);}}}{const v10=v3.prompt_optimizer;if(v10!==void 0){if(!(typeof v10=="boolean"))R("/input/prompt_optimizer",$type,"boolean");}}{const v11=v3.nsfw_checker;if(v11!==void 0){if(!(typeof v11=="boolean"))R("/input/nsfw_checker",$type,"boolean");}}}}}}});
export default validator;
