// This file is generated. Do not edit it by hand.
// Source: specs/market/minimax-h3/text-to-video.json
// Regenerate with: pnpm generate

import { createValidator, type KieValidator } from "../../../validator.js";
import { R, O, L, S, U } from "../../../runtime.js";
import { $additionalProperties, $enum, $format, $maxLength, $maximum, $minLength, $minimum, $required, $type } from "../../../issues.js";
import type { components } from "../../types.gen.js";

/** The createTask body of `minimax-h3/text-to-video`. */
export type Request = components["schemas"]["MinimaxH3TextToVideoRequest"];
/** The `input` object of `minimax-h3/text-to-video`. */
export type Input = components["schemas"]["MinimaxH3TextToVideoInput"];

/** Model id this module validates. */
export const modelId = "minimax-h3/text-to-video";

const K0=["model","callBackUrl","input"];
const A1=["minimax-h3/text-to-video"];
const K2=["prompt","aspect_ratio","duration","resolution"];
const A3=["21:9","16:9","4:3","1:1","3:4","9:16"];
const A4=[4,5,6,7,8,9,10,11,12,13,14,15];
const A5=["768P","2K"];

/**
 * Validates a createTask body for `minimax-h3/text-to-video` (Standard Schema v1). Unknown fields are refused
 * unless `{ unknownFields: "allow" }` is passed to `validate`.
 * Spec: `@kie-market/specs/source/market/minimax-h3/text-to-video.json`.
 */
export const validator: KieValidator<Request> = createValidator<Request>(modelId, (x: any, u: boolean): void=>{if(!(O(x)))R("",$type,"object");else{if(x.model===void 0)R("",$required,"model");if(x.input===void 0)R("",$required,"input");if(!u)for(const k in x)if(k!=="model"&&k!=="callBackUrl"&&k!=="input")R("",$additionalProperties,k,K0);{const v1=x.model;if(v1!==void 0){if(!(typeof v1=="string"))R("/model",$type,"string");else{if(v1!=="minimax-h3/text-to-video")R("/model",$enum,A1);}}}{const v2=x.callBackUrl;if(v2!==void 0){if(!(typeof v2=="string"))R("/callBackUrl",$type,"string");else{if(!U(v2))R("/callBackUrl",$format,"uri");}}}{const v3=x.input;if(v3!==void 0){if(!(O(v3)))R("/input",$type,"object");else{if(v3.prompt===void 0)R("/input",$required,"prompt");if(v3.aspect_ratio===void 0)R("/input",$required,"aspect_ratio");if(v3.duration===void 0)R("/input",$required,"duration");if(!u)for(const k in v3)if(k!=="prompt"&&k!=="aspect_ratio"&&k!=="duration"&&k!=="resolution")R("/input",$additionalProperties,k,K2);{const v5=v3.prompt;if(v5!==void 0){if(!(typeof v5=="string"))R("/input/prompt",$type,"string");else{if(v5.length>7000&&L(v5,7000))R("/input/prompt",$maxLength,7000);if(v5.length<2&&S(v5,1))R("/input/prompt",$minLength,1);}}}{const v6=v3.aspect_ratio;if(v6!==void 0){if(!(typeof v6=="string"))R("/input/aspect_ratio",$type,"string");else{if(v6!=="21:9"&&v6!=="16:9"&&v6!=="4:3"&&v6!=="1:1"&&v6!=="3:4"&&v6!=="9:16")R("/input/aspect_ratio",$enum,A3);}}}{const v7=v3.duration;if(v7!==void 0){if(!(Number.isInteger(v7)))R("/input/duration",$type,"integer");else{if(v7!==4&&v7!==5&&v7!==6&&v7!==7&&v7!==8&&v7!==9&&v7!==10&&v7!==11&&v7!==12&&v7!==13&&v7!==14&&v7!==15)R("/input/duration",$enum,A4);if(v7<4)R("/input/duration",$minimum,4);if(v7>15)R("/input/duration",$maximum,15);}}}{const v8=v3.resolution;if(v8!==void 0){if(!(typeof v8=="string"))R("/input/resolution",$type,"string");else{if(v8!=="768P"&&v8!=="2K")R("/input/resolution",$enum,A5);}}}}}}}});
export default validator;
