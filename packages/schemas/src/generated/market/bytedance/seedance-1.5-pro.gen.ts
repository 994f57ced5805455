// This file is generated. Do not edit it by hand.
// Source: specs/market/bytedance/seedance-1.5-pro.json
// Regenerate with: pnpm generate

import { createValidator, type KieValidator } from "../../../validator.js";
import { R, O, L, S, U } from "../../../runtime.js";
import { $additionalProperties, $enum, $format, $maxItems, $maxLength, $maximum, $minLength, $minimum, $required, $type } from "../../../issues.js";
import type { components } from "../../types.gen.js";

/** The createTask body of `bytedance/seedance-1.5-pro`. */
export type Request = components["schemas"]["BytedanceSeedance15ProRequest"];
/** The `input` object of `bytedance/seedance-1.5-pro`. */
export type Input = components["schemas"]["BytedanceSeedance15ProInput"];

/** Model id this module validates. */
export const modelId = "bytedance/seedance-1.5-pro";

const K0=["model","callBackUrl","input"];
const A1=["bytedance/seedance-1.5-pro"];
const K2=["prompt","input_urls","aspect_ratio","resolution","duration","fixed_lens","generate_audio","nsfw_checker"];
const A3=["1:1","4:3","3:4","16:9","9:16","21:9"];
const A4=["480p","720p","1080p"];

/**
 * Validates a createTask body for `bytedance/seedance-1.5-pro` (Standard Schema v1). Unknown fields are refused
 * unless `{ unknownFields: "allow" }` is passed to `validate`.
 * Spec: `@kie-market/specs/source/market/bytedance/seedance-1.5-pro.json`.
 */
export const validator: KieValidator<Request> = createValidator<Request>(modelId, (x: any, u: boolean): void=>{if(!(O(x)))R("",$type,"object");else{if(x.model===void 0)R("",$required,"model");if(x.input===void 0)R("",$required,"input");if(!u)for(const k in x)if(k!=="model"&&k!=="callBackUrl"&&k!=="input")R("",$additionalProperties,k,K0);{const v1=x.model;if(v1!==void 0){if(!(typeof v1=="string"))R("/model",$type,"string");else{if(v1!=="bytedance/seedance-1.5-pro")R("/model",$enum,A1);}}}{const v2=x.callBackUrl;if(v2!==void 0){if(!(typeof v2=="string"))R("/callBackUrl",$type,"string");else{if(!U(v2))R("/callBackUrl",$format,"uri");}}}{const v3=x.input;if(v3!==void 0){if(!(O(v3)))R("/input",$type,"object");else{if(v3.prompt===void 0)R("/input",$required,"prompt");if(v3.aspect_ratio===void 0)R("/input",$required,"aspect_ratio");if(v3.duration===void 0)R("/input",$required,"duration");if(!u)for(const k in v3)if(k!=="prompt"&&k!=="input_urls"&&k!=="aspect_ratio"&&k!=="resolution"&&k!=="duration"&&k!=="fixed_lens"&&k!=="generate_audio"&&k!=="nsfw_checker")R("/input",$additionalProperties,k,K2);{const v5=v3.prompt;if(v5!==void 0){if(!(typeof v5=="string"))R("/input/prompt",$type,"string");else{if(v5.length>20000&&L(v5,20000))R("/input/prompt",$maxLength,20000);if(v5.length<6&&S(v5,3))R("/input/prompt",$minLength,3);}}}{const v6=v3.input_urls;if(v6!==void 0){if(!(Array.isArray(v6)))R("/input/input_urls",$type,"array");else{if(v6.length>2)R("/input/input_urls",$maxItems,2);for(let i7=0;i7<v6.length;i7++){const v7=v6[i7];if(!(typeof v7=="string"))R("/input/input_urls/"+i7,$type,"string");else{if(!U(v7))R("/input/input_urls/"+i7,$format,"uri");}}}}}{const v8=v3.aspect_ratio;if(v8!==void 0){if(!(typeof v8=="string"))R("/input/aspect_ratio",$type,"string");else{if(v8!=="1:1"&&v8!=="4:3"&&v8!=="3:4"&&v8!=="16:9"&&v8!=="9:16"&&v8!=="21:9")R("/input/aspect_ratio",$enum,A3);}}}{const v9=v3.resolution;if(v9!==void 0){if(!(typeof v9=="string"))R("/input/resolution",$type,"string");else{if(v9!=="480p"&&v9!=="720p"&&v9!=="1080p")R("/input/resolution",$enum,A4);}}}{const v10=v3.duration;if(v10!==void 0){if(!(Number.isFinite(v10)))R("/input/duration",$type,"number");else{if(v10<4)R("/input/duration",$minimum,4);if(v10>12)R("/input/duration",$maximum,12);}}}{const v11=v3.fixed_lens;if(v11!==void 0){if(!(typeof v11=="boolean"))R("/input/fixed_lens",$type,"boolean");}}{const v12=v3.generate_audio;if(v12!==void 0){if(!(typeof v12=="boolean"))R("/input/generate_audio",$type,"boolean");}}{const v13=v3.nsfw_checker;if(v13!==void 0){if(!(typeof v13=="boolean"))R("/input/nsfw_checker",$type,"boolean");}}}}}}});
export default validator;
