// This file is generated. Do not edit it by hand.
// Source: specs/market/minimax-h3/image-to-video.json
// Regenerate with: pnpm generate

import { createValidator, type KieValidator } from "../../../validator.js";
import { R, O, L, S, U } from "../../../runtime.js";
import { $additionalProperties, $enum, $format, $maxLength, $maximum, $minLength, $minimum, $not, $pattern, $required, $type } from "../../../issues.js";
import type { components } from "../../types.gen.js";

/** The createTask body of `minimax-h3/image-to-video`. */
export type Request = components["schemas"]["MinimaxH3ImageToVideoRequest"];
/** The `input` object of `minimax-h3/image-to-video`. */
export type Input = components["schemas"]["MinimaxH3ImageToVideoInput"];

/** Model id this module validates. */
export const modelId = "minimax-h3/image-to-video";

const K0=["model","callBackUrl","input"];
const A1=["minimax-h3/image-to-video"];
const K2=["prompt","first_frame_url","last_frame_url","duration","resolution"];
const P3=new RegExp("^(https?|oss)://","u");
const A4=[4,5,6,7,8,9,10,11,12,13,14,15];
const A5=["768P","2K"];
const M6="give first_frame_url or last_frame_url (or both)";
function t2(x: any, u: boolean): boolean{if(O(x)){if(x.first_frame_url===void 0)return false;}return true}
function t3(x: any, u: boolean): boolean{if(O(x)){if(x.last_frame_url===void 0)return false;}return true}
function t1(x: any, u: boolean): boolean{if(!(t2(x,u)||t3(x,u)))return false;return true}
function t0(x: any, u: boolean): boolean{if(t1(x,u))return false;return true}

/**
 * Validates a createTask body for `minimax-h3/image-to-video` (Standard Schema v1). Unknown fields are refused
 * unless `{ unknownFields: "allow" }` is passed to `validate`.
 * Spec: `@kie-market/specs/source/market/minimax-h3/image-to-video.json`.
 */
export const validator: KieValidator<Request> = createValidator<Request>(modelId, (x: any, u: boolean): void=>{if(!(O(x)))R("",$type,"object");else{if(x.model===void 0)R("",$required,"model");if(x.input===void 0)R("",$required,"input");if(!u)for(const k in x)if(k!=="model"&&k!=="callBackUrl"&&k!=="input")R("",$additionalProperties,k,K0);{const v1=x.model;if(v1!==void 0){if(!(typeof v1=="string"))R("/model",$type,"string");else{if(v1!=="minimax-h3/image-to-video")R("/model",$enum,A1);}}}{const v2=x.callBackUrl;if(v2!==void 0){if(!(typeof v2=="string"))R("/callBackUrl",$type,"string");else{if(!U(v2))R("/callBackUrl",$format,"uri");}}}{const v3=x.input;if(v3!==void 0){if(!(O(v3)))R("/input",$type,"object");else{if(v3.prompt===void 0)R("/input",$required,"prompt");if(v3.duration===void 0)R("/input",$required,"duration");if(!u)for(const k in v3)if(k!=="prompt"&&k!=="first_frame_url"&&k!=="last_frame_url"&&k!=="duration"&&k!=="resolution")R("/input",$additionalProperties,k,K2);{const v5=v3.prompt;if(v5!==void 0){if(!(typeof v5=="string"))R("/input/prompt",$type,"string");else{if(v5.length>7000&&L(v5,7000))R("/input/prompt",$maxLength,7000);if(v5.length<2&&S(v5,1))R("/input/prompt",$minLength,1);}}}{const v6=v3.first_frame_url;if(v6!==void 0){if(!(typeof v6=="string"))R("/input/first_frame_url",$type,"string");else{if(!P3.test(v6))R("/input/first_frame_url",$pattern,"^(https?|oss)://");if(!U(v6))R("/input/first_frame_url",$format,"uri");}}}{const v7=v3.last_frame_url;if(v7!==void 0){if(!(typeof v7=="string"))R("/input/last_frame_url",$type,"string");else{if(!P3.test(v7))R("/input/last_frame_url",$pattern,"^(https?|oss)://");if(!U(v7))R("/input/last_frame_url",$format,"uri");}}}{const v8=v3.duration;if(v8!==void 0){if(!(Number.isInteger(v8)))R("/input/duration",$type,"integer");else{if(v8!==4&&v8!==5&&v8!==6&&v8!==7&&v8!==8&&v8!==9&&v8!==10&&v8!==11&&v8!==12&&v8!==13&&v8!==14&&v8!==15)R("/input/duration",$enum,A4);if(v8<4)R("/input/duration",$minimum,4);if(v8>15)R("/input/duration",$maximum,15);}}}{const v9=v3.resolution;if(v9!==void 0){if(!(typeof v9=="string"))R("/input/resolution",$type,"string");else{if(v9!=="768P"&&v9!=="2K")R("/input/resolution",$enum,A5);}}}}if(t0(v3,u))R("/input",$not,M6);}}}});
export default validator;
