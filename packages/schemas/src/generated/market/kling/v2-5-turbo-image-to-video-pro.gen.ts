// This file is generated. Do not edit it by hand.
// Source: specs/market/kling/v2-5-turbo-image-to-video-pro.json
// Regenerate with: pnpm generate

import { createValidator, type KieValidator } from "../../../validator.js";
import { R, O, L, U } from "../../../runtime.js";
import { $additionalProperties, $enum, $format, $maxLength, $maximum, $minimum, $required, $type } from "../../../issues.js";
import type { components } from "../../types.gen.js";

/** The createTask body of `kling/v2-5-turbo-image-to-video-pro`. */
export type Request = components["schemas"]["KlingV25TurboImageToVideoProRequest"];
/** The `input` object of `kling/v2-5-turbo-image-to-video-pro`. */
export type Input = components["schemas"]["KlingV25TurboImageToVideoProInput"];

/** Model id this module validates. */
export const modelId = "kling/v2-5-turbo-image-to-video-pro";

const K0=["model","callBackUrl","input"];
const A1=["kling/v2-5-turbo-image-to-video-pro"];
const K2=["prompt","image_url","tail_image_url","duration","negative_prompt","cfg_scale"];
const A3=["5","10"];

/**
 * Validates a createTask body for `kling/v2-5-turbo-image-to-video-pro` (Standard Schema v1). Unknown fields are refused
 * unless `{ unknownFields: "allow" }` is passed to `validate`.
 * Spec: `@kie-market/specs/source/market/kling/v2-5-turbo-image-to-video-pro.json`.
 */
export const validator: KieValidator<Request> = createValidator<Request>(modelId, (x: any, u: boolean): void=>{if(!(O(x)))R("",$type,"object");else{if(x.model===void 0)R("",$required,"model");if(x.input===void 0)R("",$required,"input");if(!u)for(const k in x)if(k!=="model"&&k!=="callBackUrl"&&k!=="input")R("",$additionalProperties,k,K0);{const v1=x.model;if(v1!==void 0){if(!(typeof v1=="string"))R("/model",$type,"string");else{if(v1!=="kling/v2-5-turbo-image-to-video-pro")R("/model",$enum,A1);}}}{const v2=x.callBackUrl;if(v2!==void 0){if(!(typeof v2=="string"))R("/callBackUrl",$type,"string");else{if(!U(v2))R("/callBackUrl",$format,"uri");}}}{const v3=x.input;if(v3!==void 0){if(!(O(v3)))R("/input",$type,"object");else{if(v3.prompt===void 0)R("/input",$required,"prompt");if(v3.image_url===void 0)R("/input",$required,"image_url");if(!u)for(const k in v3)if(k!=="prompt"&&k!=="image_url"&&k!=="tail_image_url"&&k!=="duration"&&k!=="negative_prompt"&&k!=="cfg_scale")R("/input",$additionalProperties,k,K2);{const v5=v3.prompt;if(v5!==void 0){if(!(typeof v5=="string"))R("/input/prompt",$type,"string");else{if(v5.length>2500&&L(v5,2500))R("/input/prompt",$maxLength,2500);}}}{const v6=v3.image_url;if(v6!==void 0){if(!(typeof v6=="string"))R("/input/image_url",$type,"string");}}{const v7=v3.tail_image_url;if(v7!==void 0){if(!(typeof v7=="string"))R("/input/tail_image_url",$type,"string");}}{const v8=v3.duration;if(v8!==void 0){if(!(typeof v8=="string"))R("/input/duration",$type,"string");else{if(v8!=="5"&&v8!=="10")R("/input/duration",$enum,A3);}}}{const v9=v3.negative_prompt;if(v9!==void 0){if(!(typeof v9=="string"))R("/input/negative_prompt",$type,"string");else{if(v9.length>500&&L(v9,500))R("/input/negative_prompt",$maxLength,500);}}}{const v10=v3.cfg_scale;if(v10!==void 0){if(!(Number.isFinite(v10)))R("/input/cfg_scale",$type,"number");else{if(v10<0)R("/input/cfg_scale",$minimum,0);if(v10>1)R("/input/cfg_scale",$maximum,1);}}}}}}}});
export default validator;
