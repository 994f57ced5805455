// This file is generated. Do not edit it by hand.
// Source: specs/market/grok-imagine/image-to-video.json
// Regenerate with: pnpm generate

import { createValidator, type KieValidator } from "../../../validator.js";
import { R, O, L, U } from "../../../runtime.js";
import { $additionalProperties, $enum, $format, $maxItems, $maxLength, $maximum, $minimum, $not, $required, $type } from "../../../issues.js";
import type { components } from "../../types.gen.js";

/** The createTask body of `grok-imagine/image-to-video`. */
export type Request = components["schemas"]["GrokImagineImageToVideoRequest"];
/** The `input` object of `grok-imagine/image-to-video`. */
export type Input = components["schemas"]["GrokImagineImageToVideoInput"];

/** Model id this module validates. */
export const modelId = "grok-imagine/image-to-video";

const K0=["model","callBackUrl","input"];
const A1=["grok-imagine/image-to-video"];
const K2=["image_urls","task_id","index","prompt","mode","duration","resolution","aspect_ratio","nsfw_checker"];
const A3=["fun","normal","spicy"];
const A4=["480p","720p","1080p"];
const A5=["2:3","3:2","1:1","16:9","9:16"];
const M6="task_id and image_urls cannot be used together";
function t0(x: any, u: boolean): boolean{if(O(x)){if(x.task_id===void 0)return false;if(x.image_urls===void 0)return false;}return true}

/**
 * Validates a createTask body for `grok-imagine/image-to-video` (Standard Schema v1). Unknown fields are refused
 * unless `{ unknownFields: "allow" }` is passed to `validate`.
 * Spec: `@kie-market/specs/source/market/grok-imagine/image-to-video.json`.
 */
export const validator: KieValidator<Request> = createValidator<Request>(modelId, (x: any, u: boolean): void=>{if(!(O(x)))R("",$type,"object");else{if(x.model===void 0)R("",$required,"model");if(x.input===void 0)R("",$required,"input");if(!u)for(const k in x)if(k!=="model"&&k!=="callBackUrl"&&k!=="input")R("",$additionalProperties,k,K0);{const v1=x.model;if(v1!==void 0){if(!(typeof v1=="string"))R("/model",$type,"string");else{if(v1!=="grok-imagine/image-to-video")R("/model",$enum,A1);}}}{const v2=x.callBackUrl;if(v2!==void 0){if(!(typeof v2=="string"))R("/callBackUrl",$type,"string");else{if(!U(v2))R("/callBackUrl",$format,"uri");}}}{const v3=x.input;if(v3!==void 0){if(!(O(v3)))R("/input",$type,"object");else{if(!u)for(const k in v3)if(k!=="image_urls"&&k!=="task_id"&&k!=="index"&&k!=="prompt"&&k!=="mode"&&k!=="duration"&&k!=="resolution"&&k!=="aspect_ratio"&&k!=="nsfw_checker")R("/input",$additionalProperties,k,K2);{const v5=v3.image_urls;if(v5!==void 0){if(!(Array.isArray(v5)))R("/input/image_urls",$type,"array");else{if(v5.length>7)R("/input/image_urls",$maxItems,7);for(let i6=0;i6<v5.length;i6++){const v6=v5[i6];if(!(typeof v6=="string"))R("/input/image_urls/"+i6,$type,"string");else{if(!U(v6))R("/input/image_urls/"+i6,$format,"uri");}}}}}{const v7=v3.task_id;if(v7!==void 0){if(!(typeof v7=="string"))R("/input/task_id",$type,"string");else{if(v7.length>100&&L(v7,100))R("/input/task_id",$maxLength,100);}}}{const v8=v3.index;if(v8!==void 0){if(!(Number.isInteger(v8)))R("/input/index",$type,"integer");else{if(v8<0)R("/input/index",$minimum,0);if(v8>5)R("/input/index",$maximum,5);}}}{const v9=v3.prompt;if(v9!==void 0){if(!(typeof v9=="string"))R("/input/prompt",$type,"string");}}{const v10=v3.mode;if(v10!==void 0){if(!(typeof v10=="string"))R("/input/mode",$type,"string");else{if(v10!=="fun"&&v10!=="normal"&&v10!=="spicy")R("/input/mode",$enum,A3);}}}{const v11=v3.duration;if(v11!==void 0){if(!(typeof v11=="string"))R("/input/duration",$type,"string");}}{const v12=v3.resolution;if(v12!==void 0){if(!(typeof v12=="string"))R("/input/resolution",$type,"string");else{if(v12!=="480p"&&v12!=="720p"&&v12!=="1080p")R("/input/resolution",$enum,A4);}}}{const v13=v3.aspect_ratio;if(v13!==void 0){if(!(typeof v13=="string"))R("/input/aspect_ratio",$type,"string");else{if(v13!=="2:3"&&v13!=="3:2"&&v13!=="1:1"&&v13!=="16:9"&&v13!=="9:16")R("/input/aspect_ratio",$enum,A5);}}}{const v14=v3.nsfw_checker;if(v14!==void 0){if(!(typeof v14=="boolean"))R("/input/nsfw_checker",$type,"boolean");}}}if(t0(v3,u))R("/input",$not,M6);}}}});
export default validator;
