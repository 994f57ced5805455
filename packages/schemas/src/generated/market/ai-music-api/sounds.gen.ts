// This file is generated. Do not edit it by hand.
// Source: specs/market/ai-music-api/sounds.json
// Regenerate with: pnpm generate

import { createValidator, type KieValidator } from "../../../validator.js";
import { R, O, U } from "../../../runtime.js";
import { $additionalProperties, $enum, $format, $maximum, $minimum, $required, $type } from "../../../issues.js";
import type { components } from "../../types.gen.js";

/** The createTask body of `ai-music-api/sounds`. */
export type Request = components["schemas"]["AiMusicApiSoundsRequest"];
/** The `input` object of `ai-music-api/sounds`. */
export type Input = components["schemas"]["AiMusicApiSoundsInput"];

/** Model id this module validates. */
export const modelId = "ai-music-api/sounds";

const K0=["model","callBackUrl","input"];
const A1=["ai-music-api/sounds"];
const K2=["prompt","model","sound_loop","sound_tempo","sound_key","grab_lyrics"];
const A3=["V5","V5_5","V6","V6_WILD","V6_MINI"];
const A4=["Cm","C#m","Dm","D#m","Em","Fm","F#m","Gm","G#m","Am","A#m","Bm","C","C#","D","D#","E","F","F#","G","G#","A","A#","B"];

/**
 * Validates a createTask body for `ai-music-api/sounds` (Standard Schema v1). Unknown fields are refused
 * unless `{ unknownFields: "allow" }` is passed to `validate`.
 * Spec: `@kie-market/specs/source/market/ai-music-api/sounds.json`.
 */
export const validator: KieValidator<Request> = createValidator<Request>(modelId, (x: any, u: boolean): void=>{if(!(O(x)))R("",$type,"object");else{if(x.model===void 0)R("",$required,"model");if(x.input===void 0)R("",$required,"input");if(!u)for(const k in x)if(k!=="model"&&k!=="callBackUrl"&&k!=="input")R("",$additionalProperties,k,K0);{const v1=x.model;if(v1!==void 0){if(!(typeof v1=="string"))R("/model",$type,"string");else{if(v1!=="ai-music-api/sounds")R("/model",$enum,A1);}}}{const v2=x.callBackUrl;if(v2!==void 0){if(!(typeof v2=="string"))R("/callBackUrl",$type,"string");else{if(!U(v2))R("/callBackUrl",$format,"uri");}}}{const v3=x.input;if(v3!==void 0){if(!(O(v3)))R("/input",$type,"object");else{if(v3.prompt===void 0)R("/input",$required,"prompt");if(v3.model===void 0)R("/input",$required,"model");if(!u)for(const k in v3)if(k!=="prompt"&&k!=="model"&&k!=="sound_loop"&&k!=="sound_tempo"&&k!=="sound_key"&&k!=="grab_lyrics")R("/input",$additionalProperties,k,K2);{const v5=v3.prompt;if(v5!==void 0){if(!(typeof v5=="string"))R("/input/prompt",$type,"string");}}{const v6=v3.model;if(v6!==void 0){if(!(typeof v6=="string"))R("/input/model",$type,"string");else{if(v6!=="V5"&&v6!=="V5_5"&&v6!=="V6"&&v6!=="V6_WILD"&&v6!=="V6_MINI")R("/input/model",$enum,A3);}}}{const v7=v3.sound_loop;if(v7!==void 0){if(!(typeof v7=="boolean"))R("/input/sound_loop",$type,"boolean");}}{const v8=v3.sound_tempo;if(v8!==void 0){if(!(Number.isInteger(v8)))R("/input/sound_tempo",$type,"integer");else{if(v8<1)R("/input/sound_tempo",$minimum,1);if(v8>300)R("/input/sound_tempo",$maximum,300);}}}{const v9=v3.sound_key;if(v9!==void 0){if(!(typeof v9=="string"))R("/input/sound_key",$type,"string");else{if(v9!=="Cm"&&v9!=="C#m"&&v9!=="Dm"&&v9!=="D#m"&&v9!=="Em"&&v9!=="Fm"&&v9!=="F#m"&&v9!=="Gm"&&v9!=="G#m"&&v9!=="Am"&&v9!=="A#m"&&v9!=="Bm"&&v9!=="C"&&v9!=="C#"&&v9!=="D"&&v9!=="D#"&&v9!=="E"&&v9!=="F"&&v9!=="F#"&&v9!=="G"&&v9!=="G#"&&v9!=="A"&&v9!=="A#"&&v9!=="B")R("/input/sound_key",$enum,A4);}}}{const v10=v3.grab_lyrics;if(v10!==void 0){if(!(typeof v10=="boolean"))R("/input/grab_lyrics",$type,"boolean");}}}}}}});
export default validator;
