// This file is generated. Do not edit it by hand.
// Source: specs/market/wan/2-2-a14b-speech-to-video-turbo.json
// Regenerate with: pnpm generate

import { createValidator, type KieValidator } from "../../../validator.js";
import { R, O, L, U } from "../../../runtime.js";
import { $additionalProperties, $enum, $format, $maxLength, $maximum, $minimum, $required, $type } from "../../../issues.js";
import type { components } from "../../types.gen.js";

/** The createTask body of `wan/2-2-a14b-speech-to-video-turbo`. */
export type Request = components["schemas"]["Wan22A14bSpeechToVideoTurboRequest"];
/** The `input` object of `wan/2-2-a14b-speech-to-video-turbo`. */
export type Input = components["schemas"]["Wan22A14bSpeechToVideoTurboInput"];

/** Model id this module validates. */
export const modelId = "wan/2-2-a14b-speech-to-video-turbo";

const K0=["model","callBackUrl","input"];
const A1=["wan/2-2-a14b-speech-to-video-turbo"];
const K2=["prompt","image_url","audio_url","num_frames","frames_per_second","resolution","negative_prompt","seed","num_inference_steps","guidance_scale","shift","nsfw_checker"];
const A3=["480p","580p","720p"];

/**
 * Validates a createTask body for `wan/2-2-a14b-speech-to-video-turbo` (Standard Schema v1). Unknown fields are refused
 * unless `{ unknownFields: "allow" }` is passed to `validate`.
 * Spec: `@kie-market/specs/source/market/wan/2-2-a14b-speech-to-video-turbo.json`.
 */
export const validator: KieValidator<Request> = createValidator<Request>(modelId, (x: any, u: boolean): void=>{if(!(O(x)))R("",$type,"object");else{if(x.model===void 0)R("",$required,"model");if(x.input===void 0)R("",$required,"input");if(!u)for(const k in x)if(k!=="model"&&k!=="callBackUrl"&&k!=="input")R("",$additionalProperties,k,K0);{const v1=x.model;if(v1!==void 0){if(!(typeof v1=="string"))R("/model",$type,"string");else{if(v1!=="wan/2-2-a14b-speech-to-video-turbo")R("/model",$enum,A1);}}}{const v2=x.callBackUrl;if(v2!==void 0){if(!(typeof v2=="string"))R("/callBackUrl",$type,"string");else{if(!U(v2))R("/callBackUrl",$format,"uri");}}}{const v3=x.input;if(v3!==void 0){if(!(O(v3)))R("/input",$type,"object");else{if(v3.prompt===void 0)R("/input",$required,"prompt");if(v3.image_url===void 0)R("/input",$required,"image_url");if(v3.audio_url===void 0)R("/input",$required,"audio_url");if(!u)for(const k in v3)if(k!=="prompt"&&k!=="image_url"&&k!=="audio_url"&&k!=="num_frames"&&k!=="frames_per_second"&&k!=="resolution"&&k!=="negative_prompt"&&k!=="seed"&&k!=="num_inference_steps"&&k!=="guidance_scale"&&k!=="shift"&&k!=="nsfw_checker")R("/input",$additionalProperties,k,K2);{const v5=v3.prompt;if(v5!==void 0){if(!(typeof v5=="string"))R("/input/prompt",$type,"string");else{if(v5.length>5000&&L(v5,5000))R("/input/prompt",$maxLength,5000);}}}{const v6=v3.image_url;if(v6!==void 0){if(!(typeof v6=="string"))R("/input/image_url",$type,"string");}}{const v7=v3.audio_url;if(v7!==void 0){if(!(typeof v7=="string"))R("/input/audio_url",$type,"string");}}{const v8=v3.num_frames;if(v8!==void 0){if(!(Number.isFinite(v8)))R("/input/num_frames",$type,"number");else{if(v8<40)R("/input/num_frames",$minimum,40);if(v8>120)R("/input/num_frames",$maximum,120);}}}{const v9=v3.frames_per_second;if(v9!==void 0){if(!(Number.isFinite(v9)))R("/input/frames_per_second",$type,"number");else{if(v9<4)R("/input/frames_per_second",$minimum,4);if(v9>60)R("/input/frames_per_second",$maximum,60);}}}{const v10=v3.resolution;if(v10!==void 0){if(!(typeof v10=="string"))R("/input/resolution",$type,"string");else{if(v10!=="480p"&&v10!=="580p"&&v10!=="720p")R("/input/resolution",$enum,A3);}}}{const v11=v3.negative_prompt;if(v11!==void 0){if(!(typeof v11=="string"))R("/input/negative_prompt",$type,"string");else{if(v11.length>500&&L(v11,500))R("/input/negative_prompt",$maxLength,500);}}}{const v12=v3.seed;if(v12!==void 0){if(!(Number.isInteger(v12)))R("/input/seed",$type,"integer");}}{const v13=v3.num_inference_steps;if(v13!==void 0){if(!(Number.isFinite(v13)))R("/input/num_inference_steps",$type,"number");else{if(v13<2)R("/input/num_inference_steps",$minimum,2);if(v13>40)R("/input/num_inference_steps",$maximum,40);}}}{const v14=v3.guidance_scale;if(v14!==void 0){if(!(Number.isFinite(v14)))R("/input/guidance_scale",$type,"number");else{if(v14<1)R("/input/guidance_scale",$minimum,1);if(v14>10)R("/input/guidance_scale",$maximum,10);}}}{const v15=v3.shift;if(v15!==void 0){if(!(Number.isFinite(v15)))R("/input/shift",$type,"number");else{if(v15<1)R("/input/shift",$minimum,1);if(v15>10)R("/input/shift",$maximum,10);}}}{const v16=v3.nsfw_checker;if(v16!==void 0){if(!(typeof v16=="boolean"))R("/input/nsfw_checker",$type,"boolean");}}}}}}});
export default validator;
