// This file is generated. Do not edit it by hand.
// Source: specs/market/happyhorse-1-1/image-to-video.json
// Regenerate with: pnpm generate

import { createValidator, type KieValidator } from "../../../validator.js";
import { R, O, L, U } from "../../../runtime.js";
import { $additionalProperties, $enum, $format, $maxItems, $maxLength, $maximum, $minimum, $multipleOf, $required, $type } from "../../../issues.js";
import type { components } from "../../types.gen.js";

/** The createTask body of `happyhorse-1-1/image-to-video`. */
export type Request = components["schemas"]["Happyhorse11ImageToVideoRequest"];
/** The `input` object of `happyhorse-1-1/image-to-video`. */
export type Input = components["schemas"]["Happyhorse11ImageToVideoInput"];

/** Model id this module validates. */
export const modelId = "happyhorse-1-1/image-to-video";

const K0=["model","callBackUrl","input"];
const A1=["happyhorse-1-1/image-to-video"];
const K2=["prompt","image_urls","resolution","duration"];
const A3=["720p","1080p"];

/**
 * Validates a createTask body for `happyhorse-1-1/image-to-video` (Standard Schema v1). Unknown fields are refused
 * unless `{ unknownFields: "allow" }` is passed to `validate`.
 * Spec: `@kie-market/specs/source/market/happyhorse-1-1/image-to-video.json`.
 */
export const validator: KieValidator<Request> = createValidator<Request>(modelId, (x: any, u: boolean): void=>{if(!(O(x)))R("",$type,"object");else{if(x.model===void 0)R("",$required,"model");if(x.input===void 0)R("",$required,"input");if(!u)for(const k in x)if(k!=="model"&&k!=="callBackUrl"&&k!=="input")R("",$additionalProperties,k,K0);{const v1=x.model;if(v1!==void 0){if(!(typeof v1=="string"))R("/model",$type,"string");else{if(v1!=="happyhorse-1-1/image-to-video")R("/model",$enum,A1);}}}{const v2=x.callBackUrl;if(v2!==void 0){if(!(typeof v2=="string"))R("/callBackUrl",$type,"string");else{if(!U(v2))R("/callBackUrl",$format,"uri");}}}{const v3=x.input;if(v3!==void 0){if(!(O(v3)))R("/input",$type,"object");else{if(v3.image_urls===void 0)R("/input",$required,"image_urls");if(!u)for(const k in v3)if(k!=="prompt"&&k!=="image_urls"&&k!=="resolution"&&k!=="duration")R("/input",$additionalProperties,k,K2);{const v5=v3.prompt;if(v5!==void 0){if(!(typeof v5=="string"))R("/input/prompt",$type,"string");else{if(v5.length>5000&&L(v5,5000))R("/input/prompt",$maxLength,5000);}}}{const v6=v3.image_urls;if(v6!==void 0){if(!(Array.isArray(v6)))R("/input/image_urls",$type,"array");else{if(v6.length>1)R("/input/image_urls",$maxItems,1);for(let i7=0;i7<v6.length;i7++){const v7=v6[i7];if(!(typeof v7=="string"))R("/input/image_urls/"+i7,$type,"string");else{if(!U(v7))R("/input/image_urls/"+i7,$format,"uri");}}}}}{const v8=v3.resolution;if(v8!==void 0){if(!(typeof v8=="string"))R("/input/resolution",$type,"string");else{if(v8!=="720p"&&v8!=="1080p")R("/input/resolution",$enum,A3);}}}{const v9=v3.duration;if(v9!==void 0){if(!(Number.isFinite(v9)))R("/input/duration",$type,"number");else{if(v9<3)R("/input/duration",$minimum,3);if(v9>15)R("/input/duration",$maximum,15);if(!Number.isInteger(v9/1))R("/input/duration",$multipleOf,1);}}}}}}}});
export default validator;
