// This file is generated. Do not edit it by hand.
// Source: specs/market/elevenlabs/text-to-speech-multilingual-v2.json
// Regenerate with: pnpm generate

import { createValidator, type KieValidator } from "../../../validator.js";
import { R, O, L, U } from "../../../runtime.js";
import { $additionalProperties, $enum, $format, $maxLength, $maximum, $minimum, $required, $type } from "../../../issues.js";
import type { components } from "../../types.gen.js";

/** The createTask body of `elevenlabs/text-to-speech-multilingual-v2`. */
export type Request = components["schemas"]["ElevenlabsTextToSpeechMultilingualV2Request"];
/** The `input` object of `elevenlabs/text-to-speech-multilingual-v2`. */
export type Input = components["schemas"]["ElevenlabsTextToSpeechMultilingualV2Input"];

/** Model id this module validates. */
export const modelId = "elevenlabs/text-to-speech-multilingual-v2";

const K0=["model","callBackUrl","input"];
const A1=["elevenlabs/text-to-speech-multilingual-v2"];
const K2=["text","voice","stability","similarity_boost","style","speed","timestamps","previous_text","next_text","language_code"];

/**
 * Validates a createTask body for `elevenlabs/text-to-speech-multilingual-v2` (Standard Schema v1). Unknown fields are refused
 * unless `{ unknownFields: "allow" }` is passed to `validate`.
 * Spec: `@kie-market/specs/source/market/elevenlabs/text-to-speech-multilingual-v2.json`.
 */
export const validator: KieValidator<Request> = createValidator<Request>(modelId, (x: any, u: boolean): void=>{if(!(O(x)))R("",$type,"object");else{if(x.model===void 0)R("",$required,"model");if(x.input===void 0)R("",$required,"input");if(!u)for(const k in x)if(k!=="model"&&k!=="callBackUrl"&&k!=="input")R("",$additionalProperties,k,K0);{const v1=x.model;if(v1!==void 0){if(!(typeof v1=="string"))R("/model",$type,"string");else{if(v1!=="elevenlabs/text-to-speech-multilingual-v2")R("/model",$enum,A1);}}}{const v2=x.callBackUrl;if(v2!==void 0){if(!(typeof v2=="string"))R("/callBackUrl",$type,"string");else{if(!U(v2))R("/callBackUrl",$format,"uri");}}}{const v3=x.input;if(v3!==void 0){if(!(O(v3)))R("/input",$type,"object");else{if(v3.text===void 0)R("/input",$required,"text");if(v3.voice===void 0)R("/input",$required,"voice");if(!u)for(const k in v3)if(k!=="text"&&k!=="voice"&&k!=="stability"&&k!=="similarity_boost"&&k!=="style"&&k!=="speed"&&k!=="timestamps"&&k!=="previous_text"&&k!=="next_text"&&k!=="language_code")R("/input",$additionalProperties,k,K2);{const v5=v3.text;if(v5!==void 0){if(!(typeof v5=="string"))R("/input/text",$type,"string");else{if(v5.length>5000&&L(v5,5000))R("/input/text",$maxLength,5000);}}}{const v6=v3.voice;if(v6!==void 0){if(!(typeof v6=="string"))R("/input/voice",$type,"string");}}{const v7=v3.stability;if(v7!==void 0){if(!(Number.isFinite(v7)))R("/input/stability",$type,"number");else{if(v7<0)R("/input/stability",$minimum,0);if(v7>1)R("/input/stability",$maximum,1);}}}{const v8=v3.similarity_boost;if(v8!==void 0){if(!(Number.isFinite(v8)))R("/input/similarity_boost",$type,"number");else{if(v8<0)R("/input/similarity_boost",$minimum,0);if(v8>1)R("/input/similarity_boost",$maximum,1);}}}{const v9=v3.style;if(v9!==void 0){if(!(Number.isFinite(v9)))R("/input/style",$type,"number");else{if(v9<0)R("/input/style",$minimum,0);if(v9>1)R("/input/style",$maximum,1);}}}{const v10=v3.speed;if(v10!==void 0){if(!(Number.isFinite(v10)))R("/input/speed",$type,"number");else{if(v10<0.7)R("/input/speed",$minimum,0.7);if(v10>1.2)R("/input/speed",$maximum,1.2);}}}{const v11=v3.timestamps;if(v11!==void 0){if(!(typeof v11=="boolean"))R("/input/timestamps",$type,"boolean");}}{const v12=v3.previous_text;if(v12!==void 0){if(!(typeof v12=="string"))R("/input/previous_text",$type,"string");else{if(v12.length>5000&&L(v12,5000))R("/input/previous_text",$maxLength,5000);}}}{const v13=v3.next_text;if(v13!==void 0){if(!(typeof v13=="string"))R("/input/next_text",$type,"string");else{if(v13.length>5000&&L(v13,5000))R("/input/next_text",$maxLength,5000);}}}{const v14=v3.language_code;if(v14!==void 0){if(!(typeof v14=="string"))R("/input/language_code",$type,"string");else{if(v14.length>500&&L(v14,500))R("/input/language_code",$maxLength,500);}}}}}}}});
export default validator;
