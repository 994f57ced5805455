// This file is generated. Do not edit it by hand.
// Source: specs/market/google/gemini-3-8-flash-lite-tts.json
// Regenerate with: pnpm generate

import { createValidator, type KieValidator } from "../../../validator.js";
import { R, O, L, U } from "../../../runtime.js";
import { $additionalProperties, $enum, $format, $maxLength, $maximum, $minimum, $required, $type } from "../../../issues.js";
import type { components } from "../../types.gen.js";

/** The createTask body of `google/gemini-3-8-flash-lite-tts`. */
export type Request = components["schemas"]["GoogleGemini38FlashLiteTtsRequest"];
/** The `input` object of `google/gemini-3-8-flash-lite-tts`. */
export type Input = components["schemas"]["GoogleGemini38FlashLiteTtsInput"];

/** Model id this module validates. */
export const modelId = "google/gemini-3-8-flash-lite-tts";

const K0=["model","callBackUrl","input"];
const A1=["google/gemini-3-8-flash-lite-tts"];
const K2=["temperature","scene","sample_context","speakers","dialogue_turns"];
const A3=["Achernar","Achird","Algenib","Algieba","Alnilam","Aoede","Autonoe","Callirrhoe","Charon","Despina","Enceladus","Erinome","Fenrir","Gacrux","Iapetus","Kore","Laomedeia","Leda","Orus","Puck","Pulcherrima","Rasalgethi","Sadachbia","Sadaltager","Schedar","Sulafat","Umbriel","Vindemiatrix","Zephyr","Zubenelgenubi"];
const A4=["Neutral","American (Gen)","American (Valley)","American (South)","British (RP)","British (Brixton)","Transatlantic","Australian"];
const A5=["Vocal Smile","Newscaster","Whisper","Empathetic","Promo/Hype","Deadpan"];
const A6=["Natural","Rapid Fire","The Drift","Staccato"];

/**
 * Validates a createTask body for `google/gemini-3-8-flash-lite-tts` (Standard Schema v1). Unknown fields are refused
 * unless `{ unknownFields: "allow" }` is passed to `validate`.
 * Spec: `@kie-market/specs/source/market/google/gemini-3-8-flash-lite-tts.json`.
 */
export const validator: KieValidator<Request> = createValidator<Request>(modelId, (x: any, u: boolean): void=>{if(!(O(x)))R("",$type,"object");else{if(x.model===void 0)R("",$required,"model");if(x.input===void 0)R("",$required,"input");if(!u)for(const k in x)if(k!=="model"&&k!=="callBackUrl"&&k!=="input")R("",$additionalProperties,k,K0);{const v1=x.model;if(v1!==void 0){if(!(typeof v1=="string"))R("/model",$type,"string");else{if(v1!=="google/gemini-3-8-flash-lite-tts")R("/model",$enum,A1);}}}{const v2=x.callBackUrl;if(v2!==void 0){if(!(typeof v2=="string"))R("/callBackUrl",$type,"string");else{if(!U(v2))R("/callBackUrl",$format,"uri");}}}{const v3=x.input;if(v3!==void 0){if(!(O(v3)))R("/input",$type,"object");else{if(v3.speakers===void 0)R("/input",$required,"speakers");if(v3.dialogue_turns===void 0)R("/input",$required,"dialogue_turns");if(!u)for(const k in v3)if(k!=="temperature"&&k!=="scene"&&k!=="sample_context"&&k!=="speakers"&&k!=="dialogue_turns")R("/input",$additionalProperties,k,K2);{const v5=v3.temperature;if(v5!==void 0){if(!(Number.isFinite(v5)))R("/input/temperature",$type,"number");else{if(v5<0)R("/input/temperature",$minimum,0);if(v5>2)R("/input/temperature",$maximum,2);}}}{const v6=v3.scene;if(v6!==void 0){if(!(typeof v6=="string"))R("/input/scene",$type,"string");}}{const v7=v3.sample_context;if(v7!==void 0){if(!(typeof v7=="string"))R("/input/sample_context",$type,"string");}}{const v8=v3.speakers;if(v8!==void 0){if(!(Array.isArray(v8)))R("/input/speakers",$type,"array");else{for(let i9=0;i9<v8.length;i9++){const v9=v8[i9];if(!(O(v9)))R("/input/speakers/"+i9,$type,"object");else{if(v9.speaker_id===void 0)R("/input/speakers/"+i9,$required,"speaker_id");if(v9.voice_name===void 0)R("/input/speakers/"+i9,$required,"voice_name");if(v9.accent===void 0)R("/input/speakers/"+i9,$required,"accent");{const v10=v9.speaker_id;if(v10!==void 0){if(!(typeof v10=="string"))R("/input/speakers/"+i9+"/speaker_id",$type,"string");}}{const v11=v9.voice_name;if(v11!==void 0){if(!(typeof v11=="string"))R("/input/speakers/"+i9+"/voice_name",$type,"string");else{if(v11!=="Achernar"&&v11!=="Achird"&&v11!=="Algenib"&&v11!=="Algieba"&&v11!=="Alnilam"&&v11!=="Aoede"&&v11!=="Autonoe"&&v11!=="Callirrhoe"&&v11!=="Charon"&&v11!=="Despina"&&v11!=="Enceladus"&&v11!=="Erinome"&&v11!=="Fenrir"&&v11!=="Gacrux"&&v11!=="Iapetus"&&v11!=="Kore"&&v11!=="Laomedeia"&&v11!=="Leda"&&v11!=="Orus"&&v11!=="Puck"&&v11!=="Pulcherrima"&&v11!=="Rasalgethi"&&v11!=="Sadachbia"&&v11!=="Sadaltager"&&v11!=="Schedar"&&v11!=="Sulafat"&&v11!=="Umbriel"&&v11!=="Vindemiatrix"&&v11!=="Zephyr"&&v11!=="Zubenelgenubi")R("/input/speakers/"+i9+"/voice_name",$enum,A3);}}}{const v12=v9.audio_profile;if(v12!==void 0){if(!(typeof v12=="string"))R("/input/speakers/"+i9+"/audio_profile",$type,"string");}}{const v13=v9.accent;if(v13!==void 0){if(!(typeof v13=="string"))R("/input/speakers/"+i9+"/accent",$type,"string");else{if(v13!=="Neutral"&&v13!=="American (Gen)"&&v13!=="American (Valley)"&&v13!=="American (South)"&&v13!=="British (RP)"&&v13!=="British (Brixton)"&&v13!=="Transatlantic"&&v13!=="Australian")R("/input/speakers/"+i9+"/accent",$enum,A4);}}}{const v14=v9.style;if(v14!==void 0){if(!(typeof v14=="string"))R("/input/speakers/"+i9+"/style",$type,"string");else{if(v14!=="Vocal Smile"&&v14!=="Newscaster"&&v14!=="Whisper"&&v14!=="Empathetic"&&v14!=="Promo/Hype"&&v14!=="Deadpan")R("/input/speakers/"+i9+"/style",$enum,A5);}}}{const v15=v9.pace;if(v15!==void 0){if(!(typeof v15=="string"))R("/input/speakers/"+i9+"/pace",$type,"string");else{if(v15!=="Natural"&&v15!=="Rapid Fire"&&v15!=="The Drift"&&v15!=="Staccato")R("/input/speakers/"+i9+"/pace",$enum,A6);}}}}}}}}{const v16=v3.dialogue_turns;if(v16!==void 0){if(!(Array.isArray(v16)))R("/input/dialogue_turns",$type,"array");else{for(let i17=0;i17<v16.length;i17++){const v17=v16[i17];if(!(O(v17)))R("/input/dialogue_turns/"+i17,$type,"object");else{if(v17.speaker_id===void 0)R("/input/dialogue_turns/"+i17,$required,"speaker_id");if(v17.text===void 0)R("/input/dialogue_turns/"+i17,$required,"text");{const v18=v17.speaker_id;if(v18!==void 0){if(!(typeof v18=="string"))R("/input/dialogue_turns/"+i17+"/speaker_id",$type,"string");}}{const v19=v17.text;if(v19!==void 0){if(!(typeof v19=="string"))R("/input/dialogue_turns/"+i17+"/text",$type,"string");else{if(v19.length>10000&&L(v19,10000))R("/input/dialogue_turns/"+i17+"/text",$maxLength,10000);}}}}}}}}}}}}});
export default validator;
