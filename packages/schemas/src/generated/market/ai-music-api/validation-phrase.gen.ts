// This file is generated. Do not edit it by hand.
// Source: specs/market/ai-music-api/validation-phrase.json
// Regenerate with: pnpm generate

import { createValidator, type KieValidator } from "../../../validator.js";
import { R, O, U } from "../../../runtime.js";
import { $additionalProperties, $enum, $format, $required, $type } from "../../../issues.js";
import type { components } from "../../types.gen.js";

/** The createTask body of `ai-music-api/validation-phrase`. */
export type Request = components["schemas"]["AiMusicApiValidationPhraseRequest"];
/** The `input` object of `ai-music-api/validation-phrase`. */
export type Input = components["schemas"]["AiMusicApiValidationPhraseInput"];

/** Model id this module validates. */
export const modelId = "ai-music-api/validation-phrase";

const K0=["model","callBackUrl","input"];
const A1=["ai-music-api/validation-phrase"];
const K2=["voice_url","vocal_start_s","vocal_end_s","language"];

/**
 * Validates a createTask body for `ai-music-api/validation-phrase` (Standard Schema v1). Unknown fields are refused
 * unless `{ unknownFields: "allow" }` is passed to `validate`.
 * Spec: `@kie-market/specs/source/market/ai-music-api/validation-phrase.json`.
 */
export const validator: KieValidator<Request> = createValidator<Request>(modelId, (x: any, u: boolean): void=>{if(!(O(x)))R("",$type,"object");else{if(x.model===void 0)R("",$required,"model");if(x.input===void 0)R("",$required,"input");if(!u)for(const k in x)if(k!=="model"&&k!=="callBackUrl"&&k!=="input")R("",$additionalProperties,k,K0);{const v1=x.model;if(v1!==void 0){if(!(typeof v1=="string"))R("/model",$type,"string");else{if(v1!=="ai-music-api/validation-phrase")R("/model",$enum,A1);}}}{const v2=x.callBackUrl;if(v2!==void 0){if(!(typeof v2=="string"))R("/callBackUrl",$type,"string");else{if(!U(v2))R("/callBackUrl",$format,"uri");}}}{const v3=x.input;if(v3!==void 0){if(!(O(v3)))R("/input",$type,"object");else{if(v3.voice_url===void 0)R("/input",$required,"voice_url");if(v3.vocal_start_s===void 0)R("/input",$required,"vocal_start_s");if(v3.vocal_end_s===void 0)R("/input",$required,"vocal_end_s");if(!u)for(const k in v3)if(k!=="voice_url"&&k!=="vocal_start_s"&&k!=="vocal_end_s"&&k!=="language")R("/input",$additionalProperties,k,K2);{const v5=v3.voice_url;if(v5!==void 0){if(!(typeof v5=="string"))R("/input/voice_url",$type,"string");}}{const v6=v3.vocal_start_s;if(v6!==void 0){if(!(Number.isInteger(v6)))R("/input/vocal_start_s",$type,"integer");}}{const v7=v3.vocal_end_s;if(v7!==void 0){if(!(Number.isInteger(v7)))R("/input/vocal_end_s",$type,"integer");}}{const v8=v3.language;if(v8!==void 0){if(!(typeof v8=="string"))R("/input/language",$type,"string");}}}}}}});
export default validator;
