// This file is generated. Do not edit it by hand.
// Source: specs/market/ai-music-api/generate-midi-from-audio.json
// Regenerate with: pnpm generate

import { createValidator, type KieValidator } from "../../../validator.js";
import { R, O, U } from "../../../runtime.js";
import { $additionalProperties, $enum, $format, $required, $type } from "../../../issues.js";
import type { components } from "../../types.gen.js";

/** The createTask body of `ai-music-api/generate-midi-from-audio`. */
export type Request = components["schemas"]["AiMusicApiGenerateMidiFromAudioRequest"];
/** The `input` object of `ai-music-api/generate-midi-from-audio`. */
export type Input = components["schemas"]["AiMusicApiGenerateMidiFromAudioInput"];

/** Model id this module validates. */
export const modelId = "ai-music-api/generate-midi-from-audio";

const K0=["model","callBackUrl","input"];
const A1=["ai-music-api/generate-midi-from-audio"];
const K2=["task_id","audio_id"];

/**
 * Validates a createTask body for `ai-music-api/generate-midi-from-audio` (Standard Schema v1). Unknown fields are refused
 * unless `{ unknownFields: "allow" }` is passed to `validate`.
 * Spec: `@kie-market/specs/source/market/ai-music-api/generate-midi-from-audio.json`.
 */
export const validator: KieValidator<Request> = createValidator<Request>(modelId, (x: any, u: boolean): void=>{if(!(O(x)))R("",$type,"object");else{if(x.model===void 0)R("",$required,"model");if(x.input===void 0)R("",$required,"input");if(!u)for(const k in x)if(k!=="model"&&k!=="callBackUrl"&&k!=="input")R("",$additionalProperties,k,K0);{const v1=x.model;if(v1!==void 0){if(!(typeof v1=="string"))R("/model",$type,"string");else{if(v1!=="ai-music-api/generate-midi-from-audio")R("/model",$enum,A1);}}}{const v2=x.callBackUrl;if(v2!==void 0){if(!(typeof v2=="string"))R("/callBackUrl",$type,"string");else{if(!U(v2))R("/callBackUrl",$format,"uri");}}}{const v3=x.input;if(v3!==void 0){if(!(O(v3)))R("/input",$type,"object");else{if(v3.task_id===void 0)R("/input",$required,"task_id");if(!u)for(const k in v3)if(k!=="task_id"&&k!=="audio_id")R("/input",$additionalProperties,k,K2);{const v5=v3.task_id;if(v5!==void 0){if(!(typeof v5=="string"))R("/input/task_id",$type,"string");}}{const v6=v3.audio_id;if(v6!==void 0){if(!(typeof v6=="string"))R("/input/audio_id",$type,"string");}}}}}}});
export default validator;
