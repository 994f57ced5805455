// This file is generated. Do not edit it by hand.
// Source: specs/market/pixverse-v6/extend.json
// Regenerate with: pnpm generate

import { createValidator, type KieValidator } from "../../../validator.js";
import { R, O, L, S, U } from "../../../runtime.js";
import { $additionalProperties, $anyOf, $enum, $format, $not, $required, $type } from "../../../issues.js";
import type { components } from "../../types.gen.js";

/** The createTask body of `pixverse-v6/extend`. */
export type Request = components["schemas"]["PixverseV6ExtendRequest"];
/** The `input` object of `pixverse-v6/extend`. */
export type Input = components["schemas"]["PixverseV6ExtendInput"];

/** Model id this module validates. */
export const modelId = "pixverse-v6/extend";

const K0=["model","callBackUrl","input"];
const A1=["pixverse-v6/extend"];
function t0(x: any, u: boolean): boolean{if(!(O(x)))return false;else{if(x.prompt===void 0)return false;if(x.duration===void 0)return false;if(x.quality===void 0)return false;if(x.taskId===void 0)return false;if(!u)for(const k in x)if(k!=="prompt"&&k!=="duration"&&k!=="quality"&&k!=="generate_audio_switch"&&k!=="seed"&&k!=="taskId")return false;{const v5=x.prompt;if(v5!==void 0){if(!(typeof v5=="string"))return false;else{if(v5.length>5000&&L(v5,5000))return false;if(v5.length<6&&S(v5,3))return false;}}}{const v6=x.duration;if(v6!==void 0){if(!(Number.isInteger(v6)))return false;else{if(v6<1)return false;if(v6>15)return false;}}}{const v7=x.quality;if(v7!==void 0){if(!(typeof v7=="string"))return false;else{if(v7!=="360p"&&v7!=="540p"&&v7!=="720p"&&v7!=="1080p")return false;}}}{const v8=x.generate_audio_switch;if(v8!==void 0){if(!(typeof v8=="boolean"))return false;}}{const v9=x.seed;if(v9!==void 0){if(!(Number.isInteger(v9)))return false;else{if(v9<0)return false;if(v9>2147483647)return false;}}}{const v10=x.taskId;if(v10!==void 0){if(!(typeof v10=="string"))return false;}}}return true}
function t1(x: any, u: boolean): boolean{if(!(O(x)))return false;else{if(x.prompt===void 0)return false;if(x.duration===void 0)return false;if(x.quality===void 0)return false;if(x.video_url===void 0)return false;if(!u)for(const k in x)if(k!=="prompt"&&k!=="duration"&&k!=="quality"&&k!=="generate_audio_switch"&&k!=="seed"&&k!=="video_url")return false;{const v12=x.prompt;if(v12!==void 0){if(!(typeof v12=="string"))return false;else{if(v12.length>5000&&L(v12,5000))return false;if(v12.length<6&&S(v12,3))return false;}}}{const v13=x.duration;if(v13!==void 0){if(!(Number.isInteger(v13)))return false;else{if(v13<1)return false;if(v13>15)return false;}}}{const v14=x.quality;if(v14!==void 0){if(!(typeof v14=="string"))return false;else{if(v14!=="360p"&&v14!=="540p"&&v14!=="720p"&&v14!=="1080p")return false;}}}{const v15=x.generate_audio_switch;if(v15!==void 0){if(!(typeof v15=="boolean"))return false;}}{const v16=x.seed;if(v16!==void 0){if(!(Number.isInteger(v16)))return false;else{if(v16<0)return false;if(v16>2147483647)return false;}}}{const v17=x.video_url;if(v17!==void 0){if(!(typeof v17=="string"))return false;}}}return true}
const M2="give taskId or video_url, not both";
function t2(x: any, u: boolean): boolean{if(O(x)){if(x.taskId===void 0)return false;if(x.video_url===void 0)return false;}return true}

/**
 * Validates a createTask body for `pixverse-v6/extend` (Standard Schema v1). Unknown fields are refused
 * unless `{ unknownFields: "allow" }` is passed to `validate`.
 * Spec: `@kie-market/specs/source/market/pixverse-v6/extend.json`.
 */
export const validator: KieValidator<Request> = createValidator<Request>(modelId, (x: any, u: boolean): void=>{if(!(O(x)))R("",$type,"object");else{if(x.model===void 0)R("",$required,"model");if(x.input===void 0)R("",$required,"input");if(!u)for(const k in x)if(k!=="model"&&k!=="callBackUrl"&&k!=="input")R("",$additionalProperties,k,K0);{const v1=x.model;if(v1!==void 0){if(!(typeof v1=="string"))R("/model",$type,"string");else{if(v1!=="pixverse-v6/extend")R("/model",$enum,A1);}}}{const v2=x.callBackUrl;if(v2!==void 0){if(!(typeof v2=="string"))R("/callBackUrl",$type,"string");else{if(!U(v2))R("/callBackUrl",$format,"uri");}}}{const v3=x.input;if(v3!==void 0){if(!(O(v3)))R("/input",$type,"object");if(!(t0(v3,u)||t1(v3,u)))R("/input",$anyOf,2);if(t2(v3,u))R("/input",$not,M2);}}}});
export default validator;
