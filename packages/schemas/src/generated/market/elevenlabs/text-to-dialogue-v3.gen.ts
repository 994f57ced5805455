// This file is generated. Do not edit it by hand.
// Source: specs/market/elevenlabs/text-to-dialogue-v3.json
// Regenerate with: pnpm generate

import { createValidator, type KieValidator } from "../../../validator.js";
import { R, O, U } from "../../../runtime.js";
import { $additionalProperties, $enum, $format, $required, $type } from "../../../issues.js";
import type { components } from "../../types.gen.js";

/** The createTask body of `elevenlabs/text-to-dialogue-v3`. */
export type Request = components["schemas"]["ElevenlabsTextToDialogueV3Request"];
/** The `input` object of `elevenlabs/text-to-dialogue-v3`. */
export type Input = components["schemas"]["ElevenlabsTextToDialogueV3Input"];

/** Model id this module validates. */
export const modelId = "elevenlabs/text-to-dialogue-v3";

const K0=["model","callBackUrl","input"];
const A1=["elevenlabs/text-to-dialogue-v3"];
const K2=["dialogue","stability","language_code"];
const A3=[0,0.5,1];
const A4=["af","ar","hy","as","az","be","bn","bs","bg","ca","ceb","ny","hr","cs","da","nl","en","et","fil","fi","fr","gl","ka","de","el","gu","ha","he","hi","hu","is","id","ga","it","ja","jv","kn","kk","ky","ko","lv","ln","lt","lb","mk","ms","ml","zh","mr","ne","no","ps","fa","pl","pt","pa","ro","ru","sr","sd","sk","sl","so","es","sw","sv","ta","te","th","tr","uk","ur","vi","cy"];

/**
 * Validates a createTask body for `elevenlabs/text-to-dialogue-v3` (Standard Schema v1). Unknown fields are refused
 * unless `{ unknownFields: "allow" }` is passed to `validate`.
 * Spec: `@kie-market/specs/source/market/elevenlabs/text-to-dialogue-v3.json`.
 */
export const validator: KieValidator<Request> = createValidator<Request>(modelId, (x: any, u: boolean): void=>{if(!(O(x)))R("",$type,"object");else{if(x.model===void 0)R("",$required,"model");if(x.input===void 0)R("",$required,"input");if(!u)for(const k in x)if(k!=="model"&&k!=="callBackUrl"&&k!=="input")R("",$additionalProperties,k,K0);{const v1=x.model;if(v1!==void 0){if(!(typeof v1=="string"))R("/model",$type,"string");else{if(v1!=="elevenlabs/text-to-dialogue-v3")R("/model",$enum,A1);}}}{const v2=x.callBackUrl;if(v2!==void 0){if(!(typeof v2=="string"))R("/callBackUrl",$type,"string");else{if(!U(v2))R("/callBackUrl",$format,"uri");}}}{const v3=x.input;if(v3!==void 0){if(!(O(v3)))R("/input",$type,"object");else{if(v3.dialogue===void 0)R("/input",$required,"dialogue");if(!u)for(const k in v3)if(k!=="dialogue"&&k!=="stability"&&k!=="language_code")R("/input",$additionalProperties,k,K2);{const v5=v3.dialogue;if(v5!==void 0){if(!(Array.isArray(v5)))R("/input/dialogue",$type,"array");else{for(let i6=0;i6<v5.length;i6++){const v6=v5[i6];if(!(O(v6)))R("/input/dialogue/"+i6,$type,"object");else{if(v6.text===void 0)R("/input/dialogue/"+i6,$required,"text");if(v6.voice===void 0)R("/input/dialogue/"+i6,$required,"voice");{const v7=v6.text;if(v7!==void 0){if(!(typeof v7=="string"))R("/input/dialogue/"+i6+"/text",$type,"string");}}{const v8=v6.voice;if(v8!==void 0){if(!(typeof v8=="string"))R("/input/dialogue/"+i6+"/voice",$type,"string");}}}}}}}{const v9=v3.stability;if(v9!==void 0){if(!(Number.isFinite(v9)))R("/input/stability",$type,"number");else{if(v9!==0&&v9!==0.5&&v9!==1)R("/input/stability",$enum,A3);}}}{const v10=v3.language_code;if(v10!==void 0){if(!(typeof v10=="string"))R("/input/language_code",$type,"string");else{if(v10!=="af"&&v10!=="ar"&&v10!=="hy"&&v10!=="as"&&v10!=="az"&&v10!=="be"&&v10!=="bn"&&v10!=="bs"&&v10!=="bg"&&v10!=="ca"&&v10!=="ceb"&&v10!=="ny"&&v10!=="hr"&&v10!=="cs"&&v10!=="da"&&v10!=="nl"&&v10!=="en"&&v10!=="et"&&v10!=="fil"&&v10!=="fi"&&v10!=="fr"&&v10!=="gl"&&v10!=="ka"&&v10!=="de"&&v10!=="el"&&v10!=="gu"&&v10!=="ha"&&v10!=="he"&&v10!=="hi"&&v10!=="hu"&&v10!=="is"&&v10!=="id"&&v10!=="ga"&&v10!=="it"&&v10!=="ja"&&v10!=="jv"&&v10!=="kn"&&v10!=="kk"&&v10!=="ky"&&v10!=="ko"&&v10!=="lv"&&v10!=="ln"&&v10!=="lt"&&v10!=="lb"&&v10!=="mk"&&v10!=="ms"&&v10!=="ml"&&v10!=="zh"&&v10!=="mr"&&v10!=="ne"&&v10!=="no"&&v10!=="ps"&&v10!=="fa"&&v10!=="pl"&&v10!=="pt"&&v10!=="pa"&&v10!=="ro"&&v10!=="ru"&&v10!=="sr"&&v10!=="sd"&&v10!=="sk"&&v10!=="sl"&&v10!=="so"&&v10!=="es"&&v10!=="sw"&&v10!=="sv"&&v10!=="ta"&&v10!=="te"&&v10!=="th"&&v10!=="tr"&&v10!=="uk"&&v10!=="ur"&&v10!=="vi"&&v10!=="cy")R("/input/language_code",$enum,A4);}}}}}}}});
export default validator;
