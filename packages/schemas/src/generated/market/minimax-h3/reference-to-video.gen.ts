// This file is generated. Do not edit it by hand.
// Source: specs/market/minimax-h3/reference-to-video.json
// Regenerate with: pnpm generate

import { createValidator, type KieValidator } from "../../../validator.js";
import { R, O, L, S, U } from "../../../runtime.js";
import { $additionalProperties, $enum, $format, $maxItems, $maxLength, $maximum, $minLength, $minimum, $not, $pattern, $required, $type } from "../../../issues.js";
import type { components } from "../../types.gen.js";

/** The createTask body of `minimax-h3/reference-to-video`. */
export type Request = components["schemas"]["MinimaxH3ReferenceToVideoRequest"];
/** The `input` object of `minimax-h3/reference-to-video`. */
export type Input = components["schemas"]["MinimaxH3ReferenceToVideoInput"];

/** Model id this module validates. */
export const modelId = "minimax-h3/reference-to-video";

const K0=["model","callBackUrl","input"];
const A1=["minimax-h3/reference-to-video"];
const K2=["prompt","reference_image_urls","reference_video_urls","reference_audio_urls","aspect_ratio","duration","resolution"];
const P3=new RegExp("^(https?|oss)://","u");
const A4=["adaptive","21:9","16:9","4:3","1:1","3:4","9:16"];
const A5=[4,5,6,7,8,9,10,11,12,13,14,15];
const A6=["768P","2K"];
const M7="give reference_image_urls or reference_video_urls (or both)";
function t2(x: any, u: boolean): boolean{if(O(x)){if(x.reference_image_urls===void 0)return false;}return true}
function t3(x: any, u: boolean): boolean{if(O(x)){if(x.reference_video_urls===void 0)return false;}return true}
function t1(x: any, u: boolean): boolean{if(!(t2(x,u)||t3(x,u)))return false;return true}
function t0(x: any, u: boolean): boolean{if(t1(x,u))return false;return true}

/**
 * Validates a createTask body for `minimax-h3/reference-to-video` (Standard Schema v1). Unknown fields are refused
 * unless `{ unknownFields: "allow" }` is passed to `validate`.
 * Spec: `@kie-market/specs/source/market/minimax-h3/reference-to-video.json`.
 */
export const validator: KieValidator<Request> = createValidator<Request>(modelId, (x: any, u: boolean): void=>{if(!(O(x)))R("",$type,"object");else{if(x.model===void 0)R("",$required,"model");if(x.input===void 0)R("",$required,"input");if(!u)for(const k in x)if(k!=="model"&&k!=="callBackUrl"&&k!=="input")R("",$additionalProperties,k,K0);{const v1=x.model;if(v1!==void 0){if(!(typeof v1=="string"))R("/model",$type,"string");else{if(v1!=="minimax-h3/reference-to-video")R("/model",$enum,A1);}}}{const v2=x.callBackUrl;if(v2!==void 0){if(!(typeof v2=="string"))R("/callBackUrl",$type,"string");else{if(!U(v2))R("/callBackUrl",$format,"uri");}}}{const v3=x.input;if(v3!==void 0){if(!(O(v3)))R("/input",$type,"object");else{if(v3.prompt===void 0)R("/input",$required,"prompt");if(v3.duration===void 0)R("/input",$required,"duration");if(!u)for(const k in v3)if(k!=="prompt"&&k!=="reference_image_urls"&&k!=="reference_video_urls"&&k!=="reference_audio_urls"&&k!=="aspect_ratio"&&k!=="duration"&&k!=="resolution")R("/input",$additionalProperties,k,K2);{const v5=v3.prompt;if(v5!==void 0){if(!(typeof v5=="string"))R("/input/prompt",$type,"string");else{if(v5.length>7000&&L(v5,7000))R("/input/prompt",$maxLength,7000);if(v5.length<2&&S(v5,1))R("/input/prompt",$minLength,1);}}}{const v6=v3.reference_image_urls;if(v6!==void 0){if(!(Array.isArray(v6)))R("/input/reference_image_urls",$type,"array");else{if(v6.length>9)R("/input/reference_image_urls",$maxItems,9);for(let i7=0;i7<v6.length;i7++){const v7=v6[i7];if(!(typeof v7=="string"))R("/input/reference_image_urls/"+i7,$type,"string");else{if(!P3.test(v7))R("/input/reference_image_urls/"+i7,$pattern,"^(https?|oss)://");if(!U(v7))R("/input/reference_image_urls/"+i7,$format,"uri");}}}}}{const v8=v3.reference_video_urls;if(v8!==void 0){if(!(Array.isArray(v8)))R("/input/reference_video_urls",$type,"array");else{if(v8.length>3)R("/input/reference_video_urls",$maxItems,3);for(let i9=0;i9<v8.length;i9++){const v9=v8[i9];if(!(typeof v9=="string"))R("/input/reference_video_urls/"+i9,$type,"string");else{if(!P3.test(v9))R("/input/reference_video_urls/"+i9,$pattern,"^(https?|oss)://");if(!U(v9))R("/input/reference_video_urls/"+i9,$format,"uri");}}}}}{const v10=v3.reference_audio_urls;if(v10!==void 0){if(!(Array.isArray(v10)))R("/input/reference_audio_urls",$type,"array");else{if(v10.length>3)R("/input/reference_audio_urls",$maxItems,3);for(let i11=0;i11<v10.length;i11++){const v11=v10[i11];if(!(typeof v11=="string"))R("/input/reference_audio_urls/"+i11,$type,"string");else{if(!P3.test(v11))R("/input/reference_audio_urls/"+i11,$pattern,"^(https?|oss)://");if(!U(v11))R("/input/reference_audio_urls/"+i11,$format,"uri");}}}}}{const v12=v3.aspect_ratio;if(v12!==void 0){if(!(typeof v12=="string"))R("/input/aspect_ratio",$type,"string");else{if(v12!=="adaptive"&&v12!=="21:9"&&v12!=="16:9"&&v12!=="4:3"&&v12!=="1:1"&&v12!=="3:4"&&v12!=="9:16")R("/input/aspect_ratio",$enum,A4);}}}{const v13=v3.duration;if(v13!==void 0){if(!(Number.isInteger(v13)))R("/input/duration",$type,"integer");else{if(v13!==4&&v13!==5&&v13!==6&&v13!==7&&v13!==8&&v13!==9&&v13!==10&&v13!==11&&v13!==12&&v13!==13&&v13!==14&&v13!==15)R("/input/duration",$enum,A5);if(v13<4)R("/input/duration",$minimum,4);if(v13>15)R("/input/duration",$maximum,15);}}}{const v14=v3.resolution;if(v14!==void 0){if(!(typeof v14=="string"))R("/input/resolution",$type,"string");else{if(v14!=="768P"&&v14!=="2K")R("/input/resolution",$enum,A6);}}}}if(t0(v3,u))R("/input",$not,M7);}}}});
export default validator;
