// This file is generated. Do not edit it by hand.
// Source: specs/market/volcengine/video-to-video-lip-sync.json
// Regenerate with: pnpm generate

import { createValidator, type KieValidator } from "../../../validator.js";
import { R, O, U } from "../../../runtime.js";
import { $additionalProperties, $enum, $format, $required, $type } from "../../../issues.js";
import type { components } from "../../types.gen.js";

/** The createTask body of `volcengine/video-to-video-lip-sync`. */
export type Request = components["schemas"]["VolcengineVideoToVideoLipSyncRequest"];
/** The `input` object of `volcengine/video-to-video-lip-sync`. */
export type Input = components["schemas"]["VolcengineVideoToVideoLipSyncInput"];

/** Model id this module validates. */
export const modelId = "volcengine/video-to-video-lip-sync";

const K0=["model","callBackUrl","input"];
const A1=["volcengine/video-to-video-lip-sync"];
const K2=["mode","video_url","audio_url","separate_vocal","open_scenedet","align_audio","align_audio_reverse","templ_start_seconds"];
const A3=["lite","basic"];

/**
 * Validates a createTask body for `volcengine/video-to-video-lip-sync` (Standard Schema v1). Unknown fields are refused
 * unless `{ unknownFields: "allow" }` is passed to `validate`.
 * Spec: `@kie-market/specs/source/market/volcengine/video-to-video-lip-sync.json`.
 */
export const validator: KieValidator<Request> = createValidator<Request>(modelId, (x: any, u: boolean): void=>{if(!(O(x)))R("",$type,"object");else{if(x.model===void 0)R("",$required,"model");if(x.input===void 0)R("",$required,"input");if(!u)for(const k in x)if(k!=="model"&&k!=="callBackUrl"&&k!=="input")R("",$additionalProperties,k,K0);{const v1=x.model;if(v1!==void 0){if(!(typeof v1=="string"))R("/model",$type,"string");else{if(v1!=="volcengine/video-to-video-lip-sync")R("/model",$enum,A1);}}}{const v2=x.callBackUrl;if(v2!==void 0){if(!(typeof v2=="string"))R("/callBackUrl",$type,"string");else{if(!U(v2))R("/callBackUrl",$format,"uri");}}}{const v3=x.input;if(v3!==void 0){if(!(O(v3)))R("/input",$type,"object");else{if(v3.mode===void 0)R("/input",$required,"mode");if(v3.video_url===void 0)R("/input",$required,"video_url");if(v3.audio_url===void 0)R("/input",$required,"audio_url");if(!u)for(const k in v3)if(k!=="mode"&&k!=="video_url"&&k!=="audio_url"&&k!=="separate_vocal"&&k!=="open_scenedet"&&k!=="align_audio"&&k!=="align_audio_reverse"&&k!=="templ_start_seconds")R("/input",$additionalProperties,k,K2);{const v5=v3.mode;if(v5!==void 0){if(!(typeof v5=="string"))R("/input/mode",$type,"string");else{if(v5!=="lite"&&v5!=="basic")R("/input/mode",$enum,A3);}}}{const v6=v3.video_url;if(v6!==void 0){if(!(typeof v6=="string"))R("/input/video_url",$type,"string");else{if(!U(v6))R("/input/video_url",$format,"uri");}}}{const v7=v3.audio_url;if(v7!==void 0){if(!(typeof v7=="string"))R("/input/audio_url",$type,"string");else{if(!U(v7))R("/input/audio_url",$format,"uri");}}}{const v8=v3.separate_vocal;if(v8!==void 0){if(!(typeof v8=="boolean"))R("/input/separate_vocal",$type,"boolean");}}{const v9=v3.open_scenedet;if(v9!==void 0){if(!(typeof v9=="boolean"))R("/input/open_scenedet",$type,"boolean");}}{const v10=v3.align_audio;if(v10!==void 0){if(!(typeof v10=="boolean"))R("/input/align_audio",$type,"boolean");}}{const v11=v3.align_audio_reverse;if(v11!==void 0){if(!(typeof v11=="boolean"))R("/input/align_audio_reverse",$type,"boolean");}}{const v12=v3.templ_start_seconds;if(v12!==void 0){if(!(Number.isFinite(v12)))R("/input/templ_start_seconds",$type,"number");}}}}}}});
export default validator;
