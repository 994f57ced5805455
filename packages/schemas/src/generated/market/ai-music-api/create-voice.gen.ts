// This file is generated. Do not edit it by hand.
// Source: specs/market/ai-music-api/create-voice.json
// Regenerate with: pnpm generate

import { createValidator, type KieValidator } from "../../../validator.js";
import { R, O, U } from "../../../runtime.js";
import { $additionalProperties, $enum, $format, $required, $type } from "../../../issues.js";
import type { components } from "../../types.gen.js";

/** The createTask body of `ai-music-api/create-voice`. */
export type Request = components["schemas"]["AiMusicApiCreateVoiceRequest"];
/** The `input` object of `ai-music-api/create-voice`. */
export type Input = components["schemas"]["AiMusicApiCreateVoiceInput"];

/** Model id this module validates. */
export const modelId = "ai-music-api/create-voice";

const K0=["model","callBackUrl","input"];
const A1=["ai-music-api/create-voice"];
const K2=["task_id","verify_url","voice_name","description","style","singer_skill_level"];
const A3=["beginner","intermediate","advanced","professional"];

/**
 * Validates a createTask body for `ai-music-api/create-voice` (Standard Schema v1). Unknown fields are refused
 * unless `{ unknownFields: "allow" }` is passed to `validate`.
 * Spec: `@kie-market/specs/source/market/ai-music-api/create-voice.json`.
 */
export const validator: KieValidator<Request> = createValidator<Request>(modelId, (x: any, u: boolean): void=>{if(!(O(x)))R("",$type,"object");else{if(x.model===void 0)R("",$required,"model");if(x.input===void 0)R("",$required,"input");if(!u)for(const k in x)if(k!=="model"&&k!=="callBackUrl"&&k!=="input")R("",$additionalProperties,k,K0);{const v1=x.model;if(v1!==void 0){if(!(typeof v1=="string"))R("/model",$type,"string");else{if(v1!=="ai-music-api/create-voice")R("/model",$enum,A1);}}}{const v2=x.callBackUrl;if(v2!==void 0){if(!(typeof v2=="string"))R("/callBackUrl",$type,"string");else{if(!U(v2))R("/callBackUrl",$format,"uri");}}}{const v3=x.input;if(v3!==void 0){if(!(O(v3)))R("/input",$type,"object");else{if(v3.task_id===void 0)R("/input",$required,"task_id");if(v3.verify_url===void 0)R("/input",$required,"verify_url");if(!u)for(const k in v3)if(k!=="task_id"&&k!=="verify_url"&&k!=="voice_name"&&k!=="description"&&k!=="style"&&k!=="singer_skill_level")R("/input",$additionalProperties,k,K2);{const v5=v3.task_id;if(v5!==void 0){if(!(typeof v5=="string"))R("/input/task_id",$type,"string");}}{const v6=v3.verify_url;if(v6!==void 0){if(!(typeof v6=="string"))R("/input/verify_url",$type,"string");}}{const v7=v3.voice_name;if(v7!==void 0){if(!(typeof v7=="string"))R("/input/voice_name",$type,"string");}}{const v8=v3.description;if(v8!==void 0){if(!(typeof v8=="string"))R("/input/description",$type,"string");}}{const v9=v3.style;if(v9!==void 0){if(!(typeof v9=="string"))R("/input/style",$type,"string");}}{const v10=v3.singer_skill_level;if(v10!==void 0){if(!(typeof v10=="string"))R("/input/singer_skill_level",$type,"string");else{if(v10!=="beginner"&&v10!=="intermediate"&&v10!=="advanced"&&v10!=="professional")R("/input/singer_skill_level",$enum,A3);}}}}}}}});
export default validator;
