// This file is generated. Do not edit it by hand.
// Source: specs/market/veo-3-1.json
// Regenerate with: pnpm generate

import { createValidator, type KieValidator } from "../../validator.js";
import { R, O, U } from "../../runtime.js";
import { $additionalProperties, $enum, $format, $required, $type } from "../../issues.js";
import type { components } from "../types.gen.js";

/** The createTask body of `veo-3-1`. */
export type Request = components["schemas"]["Veo31Request"];
/** The `input` object of `veo-3-1`. */
export type Input = components["schemas"]["Veo31Input"];

/** Model id this module validates. */
export const modelId = "veo-3-1";

const K0=["model","callBackUrl","input"];
const A1=["veo-3-1"];
const K2=["prompt","image_urls","generation_type","aspect_ratio","enable_fallback","enable_translation","watermark","resolution","duration"];
const A3=["TEXT_2_VIDEO","FIRST_AND_LAST_FRAMES_2_VIDEO","REFERENCE_2_VIDEO"];
const A4=["16:9","9:16","Auto"];
const A5=["720p","1080p","4k"];
const A6=[4,6,8];

/**
 * Validates a createTask body for `veo-3-1` (Standard Schema v1). Unknown fields are refused
 * unless `{ unknownFields: "allow" }` is passed to `validate`.
 * Spec: `@kie-market/specs/source/market/veo-3-1.json`.
 */
export const validator: KieValidator<Request> = createValidator<Request>(modelId, (x: any, u: boolean): void=>{if(!(O(x)))R("",$type,"object");else{if(x.model===void 0)R("",$required,"model");if(x.input===void 0)R("",$required,"input");if(!u)for(const k in x)if(k!=="model"&&k!=="callBackUrl"&&k!=="input")R("",$additionalProperties,k,K0);{const v1=x.model;if(v1!==void 0){if(!(typeof v1=="string"))R("/model",$type,"string");else{if(v1!=="veo-3-1")R("/model",$enum,A1);}}}{const v2=x.callBackUrl;if(v2!==void 0){if(!(typeof v2=="string"))R("/callBackUrl",$type,"string");else{if(!U(v2))R("/callBackUrl",$format,"uri");}}}{const v3=x.input;if(v3!==void 0){if(!(O(v3)))R("/input",$type,"object");else{if(v3.prompt===void 0)R("/input",$required,"prompt");if(!u)for(const k in v3)if(k!=="prompt"&&k!=="image_urls"&&k!=="generation_type"&&k!=="aspect_ratio"&&k!=="enable_fallback"&&k!=="enable_translation"&&k!=="watermark"&&k!=="resolution"&&k!=="duration")R("/input",$additionalProperties,k,K2);{const v5=v3.prompt;if(v5!==void 0){if(!(typeof v5=="string"))R("/input/prompt",$type,"string");}}{const v6=v3.image_urls;if(v6!==void 0){if(!(Array.isArray(v6)))R("/input/image_urls",$type,"array");else{for(let i7=0;i7<v6.length;i7++){const v7=v6[i7];if(!(typeof v7=="string"))R("/input/image_urls/"+i7,$type,"string");}}}}{const v8=v3.generation_type;if(v8!==void 0){if(!(typeof v8=="string"))R("/input/generation_type",$type,"string");else{if(v8!=="TEXT_2_VIDEO"&&v8!=="FIRST_AND_LAST_FRAMES_2_VIDEO"&&v8!=="REFERENCE_2_VIDEO")R("/input/generation_type",$enum,A3);}}}{const v9=v3.aspect_ratio;if(v9!==void 0){if(!(typeof v9=="string"))R("/input/aspect_ratio",$type,"string");else{if(v9!=="16:9"&&v9!=="9:16"&&v9!=="Auto")R("/input/aspect_ratio",$enum,A4);}}}{const v10=v3.enable_fallback;if(v10!==void 0){if(!(typeof v10=="boolean"))R("/input/enable_fallback",$type,"boolean");}}{const v11=v3.enable_translation;if(v11!==void 0){if(!(typeof v11=="boolean"))R("/input/enable_translation",$type,"boolean");}}{const v12=v3.watermark;if(v12!==void 0){if(!(typeof v12=="string"))R("/input/watermark",$type,"string");}}{const v13=v3.resolution;if(v13!==void 0){if(!(typeof v13=="string"))R("/input/resolution",$type,"string");else{if(v13!=="720p"&&v13!=="1080p"&&v13!=="4k")R("/input/resolution",$enum,A5);}}}{const v14=v3.duration;if(v14!==void 0){if(!(Number.isInteger(v14)))R("/input/duration",$type,"integer");else{if(v14!==4&&v14!==6&&v14!==8)R("/input/duration",$enum,A6);}}}}}}}});
export default validator;
