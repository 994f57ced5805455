// This file is generated. Do not edit it by hand.
// Source: specs/market/ai-music-api/generate-persona.json
// Regenerate with: pnpm generate

import { createValidator, type KieValidator } from "../../../validator.js";
import { R, O, U } from "../../../runtime.js";
import { $additionalProperties, $enum, $format, $minimum, $required, $type } from "../../../issues.js";
import type { components } from "../../types.gen.js";

/** The createTask body of `ai-music-api/generate-persona`. */
export type Request = components["schemas"]["AiMusicApiGeneratePersonaRequest"];
/** The `input` object of `ai-music-api/generate-persona`. */
export type Input = components["schemas"]["AiMusicApiGeneratePersonaInput"];

/** Model id this module validates. */
export const modelId = "ai-music-api/generate-persona";

const K0=["model","callBackUrl","input"];
const A1=["ai-music-api/generate-persona"];
const K2=["task_id","audio_id","name","description","vocal_start","vocal_end","style"];

/**
 * Validates a createTask body for `ai-music-api/generate-persona` (Standard Schema v1). Unknown fields are refused
 * unless `{ unknownFields: "allow" }` is passed to `validate`.
 * Spec: `@kie-market/specs/source/market/ai-music-api/generate-persona.json`.
 */
export const validator: KieValidator<Request> = createValidator<Request>(modelId, (x: any, u: boolean): void=>{if(!(O(x)))R("",$type,"object");else{if(x.model===void 0)R("",$required,"model");if(x.input===void 0)R("",$required,"input");if(!u)for(const k in x)if(k!=="model"&&k!=="callBackUrl"&&k!=="input")R("",$additionalProperties,k,K0);{const v1=x.model;if(v1!==void 0){if(!(typeof v1=="string"))R("/model",$type,"string");else{if(v1!=="ai-music-api/generate-persona")R("/model",$enum,A1);}}}{const v2=x.callBackUrl;if(v2!==void 0){if(!(typeof v2=="string"))R("/callBackUrl",$type,"string");else{if(!U(v2))R("/callBackUrl",$format,"uri");}}}{const v3=x.input;if(v3!==void 0){if(!(O(v3)))R("/input",$type,"object");else{if(v3.task_id===void 0)R("/input",$required,"task_id");if(v3.audio_id===void 0)R("/input",$required,"audio_id");if(v3.name===void 0)R("/input",$required,"name");if(v3.description===void 0)R("/input",$required,"description");if(!u)for(const k in v3)if(k!=="task_id"&&k!=="audio_id"&&k!=="name"&&k!=="description"&&k!=="vocal_start"&&k!=="vocal_end"&&k!=="style")R("/input",$additionalProperties,k,K2);{const v5=v3.task_id;if(v5!==void 0){if(!(typeof v5=="string"))R("/input/task_id",$type,"string");}}{const v6=v3.audio_id;if(v6!==void 0){if(!(typeof v6=="string"))R("/input/audio_id",$type,"string");}}{const v7=v3.name;if(v7!==void 0){if(!(typeof v7=="string"))R("/input/name",$type,"string");}}{const v8=v3.description;if(v8!==void 0){if(!(typeof v8=="string"))R("/input/description",$type,"string");}}{const v9=v3.vocal_start;if(v9!==void 0){if(!(Number.isFinite(v9)))R("/input/vocal_start",$type,"number");else{if(v9<0)R("/input/vocal_start",$minimum,0);}}}{const v10=v3.vocal_end;if(v10!==void 0){if(!(Number.isFinite(v10)))R("/input/vocal_end",$type,"number");else{if(v10<0)R("/input/vocal_end",$minimum,0);}}}{const v11=v3.style;if(v11!==void 0){if(!(typeof v11=="string"))R("/input/style",$type,"string");}}}}}}});
export default validator;
