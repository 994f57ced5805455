// This file is generated. Do not edit it by hand.
// Source: specs/market/ai-music-api/create-music-video.json
// Regenerate with: pnpm generate

import { createValidator, type KieValidator } from "../../../validator.js";
import { R, O, L, U } from "../../../runtime.js";
import { $additionalProperties, $enum, $format, $maxLength, $required, $type } from "../../../issues.js";
import type { components } from "../../types.gen.js";

/** The createTask body of `ai-music-api/create-music-video`. */
export type Request = components["schemas"]["AiMusicApiCreateMusicVideoRequest"];
/** The `input` object of `ai-music-api/create-music-video`. */
export type Input = components["schemas"]["AiMusicApiCreateMusicVideoInput"];

/** Model id this module validates. */
export const modelId = "ai-music-api/create-music-video";

const K0=["model","callBackUrl","input"];
const A1=["ai-music-api/create-music-video"];
const K2=["task_id","audio_id","author","domain_name"];

/**
 * Validates a createTask body for `ai-music-api/create-music-video` (Standard Schema v1). Unknown fields are refused
 * unless `{ unknownFields: "allow" }` is passed to `validate`.
 * Spec: `@kie-market/specs/source/market/ai-music-api/create-music-video.json`.
 */
export const validator: KieValidator<Request> = createValidator<Request>(modelId, (x: any, u: boolean): void=>{if(!(O(x)))R("",$type,"object");else{if(x.model===void 0)R("",$required,"model");if(x.input===void 0)R("",$required,"input");if(!u)for(const k in x)if(k!=="model"&&k!=="callBackUrl"&&k!=="input")R("",$additionalProperties,k,K0);{const v1=x.model;if(v1!==void 0){if(!(typeof v1=="string"))R("/model",$type,"string");else{if(v1!=="ai-music-api/create-music-video")R("/model",$enum,A1);}}}{const v2=x.callBackUrl;if(v2!==void 0){if(!(typeof v2=="string"))R("/callBackUrl",$type,"string");else{if(!U(v2))R("/callBackUrl",$format,"uri");}}}{const v3=x.input;if(v3!==void 0){if(!(O(v3)))R("/input",$type,"object");else{if(v3.task_id===void 0)R("/input",$required,"task_id");if(v3.audio_id===void 0)R("/input",$required,"audio_id");if(!u)for(const k in v3)if(k!=="task_id"&&k!=="audio_id"&&k!=="author"&&k!=="domain_name")R("/input",$additionalProperties,k,K2);{const v5=v3.task_id;if(v5!==void 0){if(!(typeof v5=="string"))R("/input/task_id",$type,"string");}}{const v6=v3.audio_id;if(v6!==void 0){if(!(typeof v6=="string"))R("/input/audio_id",$type,"string");}}{const v7=v3.author;if(v7!==void 0){if(!(typeof v7=="string"))R("/input/author",$type,"string");else{if(v7.length>50&&L(v7,50))R("/input/author",$maxLength,50);}}}{const v8=v3.domain_name;if(v8!==void 0){if(!(typeof v8=="string"))R("/input/domain_name",$type,"string");else{if(v8.length>50&&L(v8,50))R("/input/domain_name",$maxLength,50);}}}}}}}});
export default validator;
