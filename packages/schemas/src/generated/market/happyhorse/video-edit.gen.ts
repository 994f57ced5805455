// This file is generated. Do not edit it by hand.
// Source: specs/market/happyhorse/video-edit.json
// Regenerate with: pnpm generate

import { createValidator, type KieValidator } from "../../../validator.js";
import { R, O, L, U } from "../../../runtime.js";
import { $additionalProperties, $enum, $format, $maxItems, $maxLength, $maximum, $minItems, $minimum, $required, $type } from "../../../issues.js";
import type { components } from "../../types.gen.js";

/** The createTask body of `happyhorse/video-edit`. */
export type Request = components["schemas"]["HappyhorseVideoEditRequest"];
/** The `input` object of `happyhorse/video-edit`. */
export type Input = components["schemas"]["HappyhorseVideoEditInput"];

/** Model id this module validates. */
export const modelId = "happyhorse/video-edit";

const K0=["model","callBackUrl","input"];
const A1=["happyhorse/video-edit"];
const K2=["prompt","video_url","reference_image","resolution","audio_setting","seed"];
const A3=["720p","1080p"];
const A4=["auto","origin"];

/**
 * Validates a createTask body for `happyhorse/video-edit` (Standard Schema v1). Unknown fields are refused
 * unless `{ unknownFields: "allow" }` is passed to `validate`.
 * Spec: `@kie-market/specs/source/market/happyhorse/video-edit.json`.
 */
export const validator: KieValidator<Request> = createValidator<Request>(modelId, (x: any, u: boolean): void=>{if(!(O(x)))R("",$type,"object");else{if(x.model===void 0)R("",$required,"model");if(x.input===void 0)R("",$required,"input");if(!u)for(const k in x)if(k!=="model"&&k!=="callBackUrl"&&k!=="input")R("",$additionalProperties,k,K0);{const v1=x.model;if(v1!==void 0){if(!(typeof v1=="string"))R("/model",$type,"string");else{if(v1!=="happyhorse/video-edit")R("/model",$enum,A1);}}}{const v2=x.callBackUrl;if(v2!==void 0){if(!(typeof v2=="string"))R("/callBackUrl",$type,"string");else{if(!U(v2))R("/callBackUrl",$format,"uri");}}}{const v3=x.input;if(v3!==void 0){if(!(O(v3)))R("/input",$type,"object");else{if(v3.prompt===void 0)R("/input",$required,"prompt");if(v3.video_url===void 0)R("/input",$required,"video_url");if(!u)for(const k in v3)if(k!=="prompt"&&k!=="video_url"&&k!=="reference_image"&&k!=="resolution"&&k!=="audio_setting"&&k!=="seed")R("/input",$additionalProperties,k,K2);{const v5=v3.prompt;if(v5!==void 0){if(!(typeof v5=="string"))R("/input/prompt",$type,"string");else{if(v5.length>5000&&L(v5,5000))R("/input/prompt",$maxLength,5000);}}}{const v6=v3.video_url;if(v6!==void 0){if(!(typeof v6=="string"))R("/input/video_url",$type,"string");}}{const v7=v3.reference_image;if(v7!==void 0){if(!(Array.isArray(v7)))R("/input/reference_image",$type,"array");else{if(v7.length<0)R("/input/reference_image",$minItems,0);if(v7.length>5)R("/input/reference_image",$maxItems,5);for(let i8=0;i8<v7.length;i8++){const v8=v7[i8];if(!(typeof v8=="string"))R("/input/reference_image/"+i8,$type,"string");}}}}{const v9=v3.resolution;if(v9!==void 0){if(!(typeof v9=="string"))R("/input/resolution",$type,"string");else{if(v9!=="720p"&&v9!=="1080p")R("/input/resolution",$enum,A3);}}}{const v10=v3.audio_setting;if(v10!==void 0){if(!(typeof v10=="string"))R("/input/audio_setting",$type,"string");else{if(v10!=="auto"&&v10!=="origin")R("/input/audio_setting",$enum,A4);}}}{const v11=v3.seed;if(v11!==void 0){if(!(Number.isInteger(v11)))R("/input/seed",$type,"integer");else{if(v11<0)R("/input/seed",$minimum,0);if(v11>2147483647)R("/input/seed",$maximum,2147483647);}}}}}}}});
export default validator;
