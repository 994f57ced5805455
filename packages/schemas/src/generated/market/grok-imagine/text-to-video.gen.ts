// This file is generated. Do not edit it by hand.
// Source: specs/market/grok-imagine/text-to-video.json
// Regenerate with: pnpm generate

import { createValidator, type KieValidator } from "../../../validator.js";
import { R, O, U } from "../../../runtime.js";
import { $additionalProperties, $anyOf, $enum, $format, $required, $type } from "../../../issues.js";
import type { components } from "../../types.gen.js";

/** The createTask body of `grok-imagine/text-to-video`. */
export type Request = components["schemas"]["GrokImagineTextToVideoRequest"];
/** The `input` object of `grok-imagine/text-to-video`. */
export type Input = components["schemas"]["GrokImagineTextToVideoInput"];

/** Model id this module validates. */
export const modelId = "grok-imagine/text-to-video";

const K0=["model","callBackUrl","input"];
const A1=["grok-imagine/text-to-video"];
const K2=["prompt","aspect_ratio","mode","duration","resolution","nsfw_checker"];
const A3=["2:3","3:2","1:1","16:9","9:16"];
const A4=["fun","normal","spicy"];
function t0(x: any, u: boolean): boolean{if(!(Number.isFinite(x)))return false;else{if(x<6)return false;if(x>30)return false;}return true}
const P5=new RegExp("^[0-9]+$","u");
function t1(x: any, u: boolean): boolean{if(!(typeof x=="string"))return false;else{if(!P5.test(x))return false;}return true}
const A6=["480p","720p","1080p"];

/**
 * Validates a createTask body for `grok-imagine/text-to-video` (Standard Schema v1). Unknown fields are refused
 * unless `{ unknownFields: "allow" }` is passed to `validate`.
 * Spec: `@kie-market/specs/source/market/grok-imagine/text-to-video.json`.
 */
export const validator: KieValidator<Request> = createValidator<Request>(modelId, (x: any, u: boolean): void=>{if(!(O(x)))R("",$type,"object");else{if(x.model===void 0)R("",$required,"model");if(x.input===void 0)R("",$required,"input");if(!u)for(const k in x)if(k!=="model"&&k!=="callBackUrl"&&k!=="input")R("",$additionalProperties,k,K0);{const v1=x.model;if(v1!==void 0){if(!(typeof v1=="string"))R("/model",$type,"string");else{if(v1!=="grok-imagine/text-to-video")R("/model",$enum,A1);}}}{const v2=x.callBackUrl;if(v2!==void 0){if(!(typeof v2=="string"))R("/callBackUrl",$type,"string");else{if(!U(v2))R("/callBackUrl",$format,"uri");}}}{const v3=x.input;if(v3!==void 0){if(!(O(v3)))R("/input",$type,"object");else{if(v3.prompt===void 0)R("/input",$required,"prompt");if(!u)for(const k in v3)if(k!=="prompt"&&k!=="aspect_ratio"&&k!=="mode"&&k!=="duration"&&k!=="resolution"&&k!=="nsfw_checker")R("/input",$additionalProperties,k,K2);{const v5=v3.prompt;if(v5!==void 0){if(!(typeof v5=="string"))R("/input/prompt",$type,"string");}}{const v6=v3.aspect_ratio;if(v6!==void 0){if(!(typeof v6=="string"))R("/input/aspect_ratio",$type,"string");else{if(v6!=="2:3"&&v6!=="3:2"&&v6!=="1:1"&&v6!=="16:9"&&v6!=="9:16")R("/input/aspect_ratio",$enum,A3);}}}{const v7=v3.mode;if(v7!==void 0){if(!(typeof v7=="string"))R("/input/mode",$type,"string");else{if(v7!=="fun"&&v7!=="normal"&&v7!=="spicy")R("/input/mode",$enum,A4);}}}{const v8=v3.duration;if(v8!==void 0){if(!(t0(v8,u)||t1(v8,u)))R("/input/duration",$anyOf,2);}}{const v9=v3.resolution;if(v9!==void 0){if(!(typeof v9=="string"))R("/input/resolution",$type,"string");else{if(v9!=="480p"&&v9!=="720p"&&v9!=="1080p")R("/input/resolution",$enum,A6);}}}{const v10=v3.nsfw_checker;if(v10!==void 0){if(!(typeof v10=="boolean"))R("/input/nsfw_checker",$type,"boolean");}}}}}}});
export default validator;
