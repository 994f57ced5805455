// This file is generated. Do not edit it by hand.
// Source: specs/market/pixverse-v6/transition.json
// Regenerate with: pnpm generate

import { createValidator, type KieValidator } from "../../../validator.js";
import { R, O, L, S, U } from "../../../runtime.js";
import { $additionalProperties, $enum, $format, $maxLength, $maximum, $minLength, $minimum, $required, $type } from "../../../issues.js";
import type { components } from "../../types.gen.js";

/** The createTask body of `pixverse-v6/transition`. */
export type Request = components["schemas"]["PixverseV6TransitionRequest"];
/** The `input` object of `pixverse-v6/transition`. */
export type Input = components["schemas"]["PixverseV6TransitionInput"];

/** Model id this module validates. */
export const modelId = "pixverse-v6/transition";

const K0=["model","callBackUrl","input"];
const A1=["pixverse-v6/transition"];
const K2=["prompt","first_frame_image_url","last_frame_image_url","quality","duration","generate_audio_switch","seed"];
const A3=["360p","540p","720p","1080p"];

/**
 * Validates a createTask body for `pixverse-v6/transition` (Standard Schema v1). Unknown fields are refused
 * unless `{ unknownFields: "allow" }` is passed to `validate`.
 * Spec: `@kie-market/specs/source/market/pixverse-v6/transition.json`.
 */
export const validator: KieValidator<Request> = createValidator<Request>(modelId, (x: any, u: boolean): void=>{if(!(O(x)))R("",$type,"object");else{if(x.model===void 0)R("",$required,"model");if(x.input===void 0)R("",$required,"input");if(!u)for(const k in x)if(k!=="model"&&k!=="callBackUrl"&&k!=="input")R("",$additionalProperties,k,K0);{const v1=x.model;if(v1!==void 0){if(!(typeof v1=="string"))R("/model",$type,"string");else{if(v1!=="pixverse-v6/transition")R("/model",$enum,A1);}}}{const v2=x.callBackUrl;if(v2!==void 0){if(!(typeof v2=="string"))R("/callBackUrl",$type,"string");else{if(!U(v2))R("/callBackUrl",$format,"uri");}}}{const v3=x.input;if(v3!==void 0){if(!(O(v3)))R("/input",$type,"object");else{if(v3.prompt===void 0)R("/input",$required,"prompt");if(v3.first_frame_image_url===void 0)R("/input",$required,"first_frame_image_url");if(v3.last_frame_image_url===void 0)R("/input",$required,"last_frame_image_url");if(v3.quality===void 0)R("/input",$required,"quality");if(v3.duration===void 0)R("/input",$required,"duration");if(!u)for(const k in v3)if(k!=="prompt"&&k!=="first_frame_image_url"&&k!=="last_frame_image_url"&&k!=="quality"&&k!=="duration"&&k!=="generate_audio_switch"&&k!=="seed")R("/input",$additionalProperties,k,K2);{const v5=v3.prompt;if(v5!==void 0){if(!(typeof v5=="string"))R("/input/prompt",$type,"string");else{if(v5.length>5000&&L(v5,5000))R("/input/prompt",$maxLength,5000);if(v5.length<6&&S(v5,3))R("/input/prompt",$minLength,3);}}}{const v6=v3.first_frame_image_url;if(v6!==void 0){if(!(typeof v6=="string"))R("/input/first_frame_image_url",$type,"string");else{if(!U(v6))R("/input/first_frame_image_url",$format,"uri");}}}{const v7=v3.last_frame_image_url;if(v7!==void 0){if(!(typeof v7=="string"))R("/input/last_frame_image_url",$type,"string");else{if(!U(v7))R("/input/last_frame_image_url",$format,"uri");}}}{const v8=v3.quality;if(v8!==void 0){if(!(typeof v8=="string"))R("/input/quality",$type,"string");else{if(v8!=="360p"&&v8!=="540p"&&v8!=="720p"&&v8!=="1080p")R("/input/quality",$enum,A3);}}}{const v9=v3.duration;if(v9!==void 0){if(!(Number.isInteger(v9)))R("/input/duration",$type,"integer");else{if(v9<1)R("/input/duration",$minimum,1);if(v9>15)R("/input/duration",$maximum,15);}}}{const v10=v3.generate_audio_switch;if(v10!==void 0){if(!(typeof v10=="boolean"))R("/input/generate_audio_switch",$type,"boolean");}}{const v11=v3.seed;if(v11!==void 0){if(!(Number.isInteger(v11)))R("/input/seed",$type,"integer");else{if(v11<0)R("/input/seed",$minimum,0);if(v11>2147483647)R("/input/seed",$maximum,2147483647);}}}}}}}});
export default validator;
