// This file is generated. Do not edit it by hand.
// Source: specs/market/kling-3.0/motion-control.json
// Regenerate with: pnpm generate

import { createValidator, type KieValidator } from "../../../validator.js";
import { R, O, L, U } from "../../../runtime.js";
import { $additionalProperties, $enum, $format, $maxLength, $required, $type } from "../../../issues.js";
import type { components } from "../../types.gen.js";

/** The createTask body of `kling-3.0/motion-control`. */
export type Request = components["schemas"]["Kling30MotionControlRequest"];
/** The `input` object of `kling-3.0/motion-control`. */
export type Input = components["schemas"]["Kling30MotionControlInput"];

/** Model id this module validates. */
export const modelId = "kling-3.0/motion-control";

const K0=["model","callBackUrl","input"];
const A1=["kling-3.0/motion-control"];
const K2=["prompt","input_urls","video_urls","mode","character_orientation","background_source"];

/**
 * Validates a createTask body for `kling-3.0/motion-control` (Standard Schema v1). Unknown fields are refused
 * unless `{ unknownFields: "allow" }` is passed to `validate`.
 * Spec: `@kie-market/specs/source/market/kling-3.0/motion-control.json`.
 */
export const validator: KieValidator<Request> = createValidator<Request>(modelId, (x: any, u: boolean): void=>{if(!(O(x)))R("",$type,"object");else{if(x.model===void 0)R("",$required,"model");if(x.input===void 0)R("",$required,"input");if(!u)for(const k in x)if(k!=="model"&&k!=="callBackUrl"&&k!=="input")R("",$additionalProperties,k,K0);{const v1=x.model;if(v1!==void 0){if(!(typeof v1=="string"))R("/model",$type,"string");else{if(v1!=="kling-3.0/motion-control")R("/model",$enum,A1);}}}{const v2=x.callBackUrl;if(v2!==void 0){if(!(typeof v2=="string"))R("/callBackUrl",$type,"string");else{if(!U(v2))R("/callBackUrl",$format,"uri");}}}{const v3=x.input;if(v3!==void 0){if(!(O(v3)))R("/input",$type,"object");else{if(v3.input_urls===void 0)R("/input",$required,"input_urls");if(v3.video_urls===void 0)R("/input",$required,"video_urls");if(!u)for(const k in v3)if(k!=="prompt"&&k!=="input_urls"&&k!=="video_urls"&&k!=="mode"&&k!=="character_orientation"&&k!=="background_source")R("/input",$additionalProperties,k,K2);{const v5=v3.prompt;if(v5!==void 0){if(!(typeof v5=="string"))R("/input/prompt",$type,"string");else{if(v5.length>2500&&L(v5,2500))R("/input/prompt",$maxLength,2500);}}}{const v6=v3.input_urls;if(v6!==void 0){if(!(Array.isArray(v6)))R("/input/input_urls",$type,"array");else{for(let i7=0;i7<v6.length;i7++){const v7=v6[i7];if(!(typeof v7=="string"))R("/input/input_urls/"+i7,$type,"string");}}}}{const v8=v3.video_urls;if(v8!==void 0){if(!(Array.isArray(v8)))R("/input/video_urls",$type,"array");else{for(let i9=0;i9<v8.length;i9++){const v9=v8[i9];if(!(typeof v9=="string"))R("/input/video_urls/"+i9,$type,"string");}}}}{const v10=v3.mode;if(v10!==void 0){if(!(typeof v10=="string"))R("/input/mode",$type,"string");}}{const v11=v3.character_orientation;if(v11!==void 0){if(!(typeof v11=="string"))R("/input/character_orientation",$type,"string");}}{const v12=v3.background_source;if(v12!==void 0){if(!(typeof v12=="string"))R("/input/background_source",$type,"string");}}}}}}});
export default validator;
