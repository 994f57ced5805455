// This file is generated. Do not edit it by hand.
// Source: specs/market/pixverse-v6/text-to-video.json
// Regenerate with: pnpm generate

import { createValidator, type KieValidator } from "../../../validator.js";
import { R, O, L, S, U } from "../../../runtime.js";
import { $additionalProperties, $enum, $format, $maxLength, $maximum, $minLength, $minimum, $required, $type } from "../../../issues.js";
import type { components } from "../../types.gen.js";

/** The createTask body of `pixverse-v6/text-to-video`. */
export type Request = components["schemas"]["PixverseV6TextToVideoRequest"];
/** The `input` object of `pixverse-v6/text-to-video`. */
export type Input = components["schemas"]["PixverseV6TextToVideoInput"];

/** Model id this module validates. */
export const modelId = "pixverse-v6/text-to-video";

const K0=["model","callBackUrl","input"];
const A1=["pixverse-v6/text-to-video"];
const K2=["prompt","aspect_ratio","quality","duration","generate_audio_switch","generate_multi_clip_switch","seed"];
const A3=["16:9","4:3","1:1","3:4","9:16","2:3","3:2","21:9"];
const A4=["360p","540p","720p","1080p"];

/**
 * Validates a createTask body for `pixverse-v6/text-to-video` (Standard Schema v1). Unknown fields are refused
 * unless `{ unknownFields: "allow" }` is passed to `validate`.
 * Spec: `@kie-market/specs/source/market/pixverse-v6/text-to-video.json`.
 */
export const validator: KieValidator<Request> = createValidator<Request>(modelId, (x: any, u: boolean): void=>{if(!(O(x)))R("",$type,"object");else{if(x.model===void 0)R("",$required,"model");if(x.input===void 0)R("",$required,"input");if(!u)for(const k in x)if(k!=="model"&&k!=="callBackUrl"&&k!=="input")R("",$additionalProperties,k,K0);{const v1=x.model;if(v1!==void 0){if(!(typeof v1=="string"))R("/model",$type,"string");else{if(v1!=="pixverse-v6/text-to-video")R("/model",$enum,A1);}}}{const v2=x.callBackUrl;if(v2!==void 0){if(!(typeof v2=="string"))R("/callBackUrl",$type,"string");else{if(!U(v2))R("/callBackUrl",$format,"uri");}}}{const v3=x.input;if(v3!==void 0){if(!(O(v3)))R("/input",$type,"object");else{if(v3.prompt===void 0)R("/input",$required,"prompt");if(v3.aspect_ratio===void 0)R("/input",$required,"aspect_ratio");if(v3.quality===void 0)R("/input",$required,"quality");if(v3.duration===void 0)R("/input",$required,"duration");if(!u)for(const k in v3)if(k!=="prompt"&&k!=="aspect_ratio"&&k!=="quality"&&k!=="duration"&&k!=="generate_audio_switch"&&k!=="generate_multi_clip_switch"&&k!=="seed")R("/input",$additionalProperties,k,K2);{const v5=v3.prompt;if(v5!==void 0){if(!(typeof v5=="string"))R("/input/prompt",$type,"string");else{if(v5.length>5000&&L(v5,5000))R("/input/prompt",$maxLength,5000);if(v5.length<6&&S(v5,3))R("/input/prompt",$minLength,3);}}}{const v6=v3.aspect_ratio;if(v6!==void 0){if(!(typeof v6=="string"))R("/input/aspect_ratio",$type,"string");else{if(v6!=="16:9"&&v6!=="4:3"&&v6!=="1:1"&&v6!=="3:4"&&v6!=="9:16"&&v6!=="2:3"&&v6!=="3:2"&&v6!=="21:9")R("/input/aspect_ratio",$enum,A3);}}}{const v7=v3.quality;if(v7!==void 0){if(!(typeof v7=="string"))R("/input/quality",$type,"string");else{if(v7!=="360p"&&v7!=="540p"&&v7!=="720p"&&v7!=="1080p")R("/input/quality",$enum,A4);}}}{const v8=v3.duration;if(v8!==void 0){if(!(Number.isInteger(v8)))R("/input/duration",$type,"integer");else{if(v8<1)R("/input/duration",$minimum,1);if(v8>15)R("/input/duration",$maximum,15);}}}{const v9=v3.generate_audio_switch;if(v9!==void 0){if(!(typeof v9=="boolean"))R("/input/generate_audio_switch",$type,"boolean");}}{const v10=v3.generate_multi_clip_switch;if(v10!==void 0){if(!(typeof v10=="boolean"))R("/input/generate_multi_clip_switch",$type,"boolean");}}{const v11=v3.seed;if(v11!==void 0){if(!(Number.isInteger(v11)))R("/input/seed",$type,"integer");else{if(v11<0)R("/input/seed",$minimum,0);if(v11>2147483647)R("/input/seed",$maximum,2147483647);}}}}}}}});
export default validator;
