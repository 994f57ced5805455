// This file is generated. Do not edit it by hand.
// Source: specs/market/wan/2-7-r2v.json
// Regenerate with: pnpm generate

import { createValidator, type KieValidator } from "../../../validator.js";
import { R, O, L, U } from "../../../runtime.js";
import { $additionalProperties, $enum, $format, $maxItems, $maxLength, $maximum, $minimum, $required, $type } from "../../../issues.js";
import type { components } from "../../types.gen.js";

/** The createTask body of `wan/2-7-r2v`. */
export type Request = components["schemas"]["Wan27R2vRequest"];
/** The `input` object of `wan/2-7-r2v`. */
export type Input = components["schemas"]["Wan27R2vInput"];

/** Model id this module validates. */
export const modelId = "wan/2-7-r2v";

const K0=["model","callBackUrl","input"];
const A1=["wan/2-7-r2v"];
const K2=["prompt","negative_prompt","reference_image","reference_video","first_frame","reference_voice","resolution","aspect_ratio","duration","prompt_extend","watermark","seed","nsfw_checker"];
const A3=["720p","1080p"];
const A4=["16:9","9:16","1:1","4:3","3:4"];

/**
 * Validates a createTask body for `wan/2-7-r2v` (Standard Schema v1). Unknown fields are refused
 * unless `{ unknownFields: "allow" }` is passed to `validate`.
 * Spec: `@kie-market/specs/source/market/wan/2-7-r2v.json`.
 */
export const validator: KieValidator<Request> = createValidator<Request>(modelId, (x: any, u: boolean): void=>{if(!(O(x)))R("",$type,"object");else{if(x.model===void 0)R("",$required,"model");if(x.input===void 0)R("",$required,"input");if(!u)for(const k in x)if(k!=="model"&&k!=="callBackUrl"&&k!=="input")R("",$additionalProperties,k,K0);{const v1=x.model;if(v1!==void 0){if(!(typeof v1=="string"))R("/model",$type,"string");else{if(v1!=="wan/2-7-r2v")R("/model",$enum,A1);}}}{const v2=x.callBackUrl;if(v2!==void 0){if(!(typeof v2=="string"))R("/callBackUrl",$type,"string");else{if(!U(v2))R("/callBackUrl",$format,"uri");}}}{const v3=x.input;if(v3!==void 0){if(!(O(v3)))R("/input",$type,"object");else{if(v3.prompt===void 0)R("/input",$required,"prompt");if(!u)for(const k in v3)if(k!=="prompt"&&k!=="negative_prompt"&&k!=="reference_image"&&k!=="reference_video"&&k!=="first_frame"&&k!=="reference_voice"&&k!=="resolution"&&k!=="aspect_ratio"&&k!=="duration"&&k!=="prompt_extend"&&k!=="watermark"&&k!=="seed"&&k!=="nsfw_checker")R("/input",$additionalProperties,k,K2);{const v5=v3.prompt;if(v5!==void 0){if(!(typeof v5=="string"))R("/input/prompt",$type,"string");else{if(v5.length>5000&&L(v5,5000))R("/input/prompt",$maxLength,5000);}}}{const v6=v3.negative_prompt;if(v6!==void 0){if(!(typeof v6=="string"))R("/input/negative_prompt",$type,"string");else{if(v6.length>500&&L(v6,500))R("/input/negative_prompt",$maxLength,500);}}}{const v7=v3.reference_image;if(v7!==void 0){if(!(Array.isArray(v7)))R("/input/reference_image",$type,"array");else{if(v7.length>5)R("/input/reference_image",$maxItems,5);for(let i8=0;i8<v7.length;i8++){const v8=v7[i8];if(!(typeof v8=="string"))R("/input/reference_image/"+i8,$type,"string");else{if(!U(v8))R("/input/reference_image/"+i8,$format,"uri");}}}}}{const v9=v3.reference_video;if(v9!==void 0){if(!(Array.isArray(v9)))R("/input/reference_video",$type,"array");else{if(v9.length>5)R("/input/reference_video",$maxItems,5);for(let i10=0;i10<v9.length;i10++){const v10=v9[i10];if(!(typeof v10=="string"))R("/input/reference_video/"+i10,$type,"string");else{if(!U(v10))R("/input/reference_video/"+i10,$format,"uri");}}}}}{const v11=v3.first_frame;if(v11!==void 0){if(!(typeof v11=="string"))R("/input/first_frame",$type,"string");else{if(!U(v11))R("/input/first_frame",$format,"uri");}}}{const v12=v3.reference_voice;if(v12!==void 0){if(!(typeof v12=="string"))R("/input/reference_voice",$type,"string");else{if(!U(v12))R("/input/reference_voice",$format,"uri");}}}{const v13=v3.resolution;if(v13!==void 0){if(!(typeof v13=="string"))R("/input/resolution",$type,"string");else{if(v13!=="720p"&&v13!=="1080p")R("/input/resolution",$enum,A3);}}}{const v14=v3.aspect_ratio;if(v14!==void 0){if(!(typeof v14=="string"))R("/input/aspect_ratio",$type,"string");else{if(v14!=="16:9"&&v14!=="9:16"&&v14!=="1:1"&&v14!=="4:3"&&v14!=="3:4")R("/input/aspect_ratio",$enum,A4);}}}{const v15=v3.duration;if(v15!==void 0){if(!(Number.isInteger(v15)))R("/input/duration",$type,"integer");else{if(v15<2)R("/input/duration",$minimum,2);if(v15>10)R("/input/duration",$maximum,10);}}}{const v16=v3.prompt_extend;if(v16!==void 0){if(!(typeof v16=="boolean"))R("/input/prompt_extend",$type,"boolean");}}{const v17=v3.watermark;if(v17!==void 0){if(!(typeof v17=="boolean"))R("/input/watermark",$type,"boolean");}}{const v18=v3.seed;if(v18!==void 0){if(!(Number.isInteger(v18)))R("/input/seed",$type,"integer");else{if(v18<0)R("/input/seed",$minimum,0);if(v18>2147483647)R("/input/seed",$maximum,2147483647);}}}{const v19=v3.nsfw_checker;if(v19!==void 0){if(!(typeof v19=="boolean"))R("/input/nsfw_checker",$type,"boolean");}}}}}}});
export default validator;
