// This file is generated. Do not edit it by hand.
// Source: specs/market/wan/2-7-videoedit.json
// Regenerate with: pnpm generate

import { createValidator, type KieValidator } from "../../../validator.js";
import { R, O, L, U } from "../../../runtime.js";
import { $additionalProperties, $enum, $format, $maxLength, $maximum, $minimum, $required, $type } from "../../../issues.js";
import type { components } from "../../types.gen.js";

/** The createTask body of `wan/2-7-videoedit`. */
export type Request = components["schemas"]["Wan27VideoeditRequest"];
/** The `input` object of `wan/2-7-videoedit`. */
export type Input = components["schemas"]["Wan27VideoeditInput"];

/** Model id this module validates. */
export const modelId = "wan/2-7-videoedit";

const K0=["model","callBackUrl","input"];
const A1=["wan/2-7-videoedit"];
const K2=["prompt","negative_prompt","video_url","reference_image","resolution","aspect_ratio","duration","audio_setting","prompt_extend","watermark","seed","nsfw_checker"];
const A3=["720p","1080p"];
const A4=["16:9","9:16","1:1","4:3","3:4"];
const A5=["auto","origin"];

/**
 * Validates a createTask body for `wan/2-7-videoedit` (Standard Schema v1). Unknown fields are refused
 * unless `{ unknownFields: "allow" }` is passed to `validate`.
 * Spec: `@kie-market/specs/source/market/wan/2-7-videoedit.json`.
 */
export const validator: KieValidator<Request> = createValidator<Request>(modelId, (x: any, u: boolean): void=>{if(!(O(x)))R("",$type,"object");else{if(x.model===void 0)R("",$required,"model");if(x.input===void 0)R("",$required,"input");if(!u)for(const k in x)if(k!=="model"&&k!=="callBackUrl"&&k!=="input")R("",$additionalProperties,k,K0);{const v1=x.model;if(v1!==void 0){if(!(typeof v1=="string"))R("/model",$type,"string");else{if(v1!=="wan/2-7-videoedit")R("/model",$enum,A1);}}}{const v2=x.callBackUrl;if(v2!==void 0){if(!(typeof v2=="string"))R("/callBackUrl",$type,"string");else{if(!U(v2))R("/callBackUrl",$format,"uri");}}}{const v3=x.input;if(v3!==void 0){if(!(O(v3)))R("/input",$type,"object");else{if(v3.video_url===void 0)R("/input",$required,"video_url");if(!u)for(const k in v3)if(k!=="prompt"&&k!=="negative_prompt"&&k!=="video_url"&&k!=="reference_image"&&k!=="resolution"&&k!=="aspect_ratio"&&k!=="duration"&&k!=="audio_setting"&&k!=="prompt_extend"&&k!=="watermark"&&k!=="seed"&&k!=="nsfw_checker")R("/input",$additionalProperties,k,K2);{const v5=v3.prompt;if(v5!==void 0){if(!(typeof v5=="string"))R("/input/prompt",$type,"string");else{if(v5.length>5000&&L(v5,5000))R("/input/prompt",$maxLength,5000);}}}{const v6=v3.negative_prompt;if(v6!==void 0){if(!(typeof v6=="string"))R("/input/negative_prompt",$type,"string");else{if(v6.length>500&&L(v6,500))R("/input/negative_prompt",$maxLength,500);}}}{const v7=v3.video_url;if(v7!==void 0){if(!(typeof v7=="string"))R("/input/video_url",$type,"string");else{if(!U(v7))R("/input/video_url",$format,"uri");}}}{const v8=v3.reference_image;if(v8!==void 0){if(!(typeof v8=="string"))R("/input/reference_image",$type,"string");else{if(!U(v8))R("/input/reference_image",$format,"uri");}}}{const v9=v3.resolution;if(v9!==void 0){if(!(typeof v9=="string"))R("/input/resolution",$type,"string");else{if(v9!=="720p"&&v9!=="1080p")R("/input/resolution",$enum,A3);}}}{const v10=v3.aspect_ratio;if(v10!==void 0){if(!(typeof v10=="string"))R("/input/aspect_ratio",$type,"string");else{if(v10!=="16:9"&&v10!=="9:16"&&v10!=="1:1"&&v10!=="4:3"&&v10!=="3:4")R("/input/aspect_ratio",$enum,A4);}}}{const v11=v3.duration;if(v11!==void 0){if(!(Number.isInteger(v11)))R("/input/duration",$type,"integer");else{if(v11<0)R("/input/duration",$minimum,0);if(v11>10)R("/input/duration",$maximum,10);}}}{const v12=v3.audio_setting;if(v12!==void 0){if(!(typeof v12=="string"))R("/input/audio_setting",$type,"string");else{if(v12!=="auto"&&v12!=="origin")R("/input/audio_setting",$enum,A5);}}}{const v13=v3.prompt_extend;if(v13!==void 0){if(!(typeof v13=="boolean"))R("/input/prompt_extend",$type,"boolean");}}{const v14=v3.watermark;if(v14!==void 0){if(!(typeof v14=="boolean"))R("/input/watermark",$type,"boolean");}}{const v15=v3.seed;if(v15!==void 0){if(!(Number.isInteger(v15)))R("/input/seed",$type,"integer");else{if(v15<0)R("/input/seed",$minimum,0);if(v15>2147483647)R("/input/seed",$maximum,2147483647);}}}{const v16=v3.nsfw_checker;if(v16!==void 0){if(!(typeof v16=="boolean"))R("/input/nsfw_checker",$type,"boolean");}}}}}}});
export default validator;
