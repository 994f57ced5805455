// This file is generated. Do not edit it by hand.
// Source: specs/market/kling-3.0/video.json
// Regenerate with: pnpm generate

import { createValidator, type KieValidator } from "../../../validator.js";
import { R, O, L, U } from "../../../runtime.js";
import { $additionalProperties, $enum, $format, $maxItems, $maxLength, $maximum, $minimum, $not, $required, $type } from "../../../issues.js";
import type { components } from "../../types.gen.js";

/** The createTask body of `kling-3.0/video`. */
export type Request = components["schemas"]["Kling30VideoRequest"];
/** The `input` object of `kling-3.0/video`. */
export type Input = components["schemas"]["Kling30VideoInput"];

/** Model id this module validates. */
export const modelId = "kling-3.0/video";

const K0=["model","callBackUrl","input"];
const A1=["kling-3.0/video"];
const K2=["prompt","image_urls","sound","duration","aspect_ratio","mode","multi_shots","multi_prompt","kling_elements"];
const A3=["3","4","5","6","7","8","9","10","11","12","13","14","15"];
const A4=["16:9","9:16","1:1"];
const A5=["std","pro","4K"];
const M6="multi_prompt is required when multi_shots is true";
function t1(x: any, u: boolean): boolean{if(O(x)){if(x.multi_prompt===void 0)return false;}return true}
function t0(x: any, u: boolean): boolean{if(O(x)){if(x.multi_shots===void 0)return false;{const v27=x.multi_shots;if(v27!==void 0){if(v27!==true)return false;}}}if(t1(x,u))return false;return true}

/**
 * Validates a createTask body for `kling-3.0/video` (Standard Schema v1). Unknown fields are refused
 * unless `{ unknownFields: "allow" }` is passed to `validate`.
 * Spec: `@kie-market/specs/source/market/kling-3.0/video.json`.
 */
export const validator: KieValidator<Request> = createValidator<Request>(modelId, (x: any, u: boolean): void=>{if(!(O(x)))R("",$type,"object");else{if(x.model===void 0)R("",$required,"model");if(x.input===void 0)R("",$required,"input");if(!u)for(const k in x)if(k!=="model"&&k!=="callBackUrl"&&k!=="input")R("",$additionalProperties,k,K0);{const v1=x.model;if(v1!==void 0){if(!(typeof v1=="string"))R("/model",$type,"string");else{if(v1!=="kling-3.0/video")R("/model",$enum,A1);}}}{const v2=x.callBackUrl;if(v2!==void 0){if(!(typeof v2=="string"))R("/callBackUrl",$type,"string");else{if(!U(v2))R("/callBackUrl",$format,"uri");}}}{const v3=x.input;if(v3!==void 0){if(!(O(v3)))R("/input",$type,"object");else{if(v3.prompt===void 0)R("/input",$required,"prompt");if(!u)for(const k in v3)if(k!=="prompt"&&k!=="image_urls"&&k!=="sound"&&k!=="duration"&&k!=="aspect_ratio"&&k!=="mode"&&k!=="multi_shots"&&k!=="multi_prompt"&&k!=="kling_elements")R("/input",$additionalProperties,k,K2);{const v5=v3.prompt;if(v5!==void 0){if(!(typeof v5=="string"))R("/input/prompt",$type,"string");}}{const v6=v3.image_urls;if(v6!==void 0){if(!(Array.isArray(v6)))R("/input/image_urls",$type,"array");else{for(let i7=0;i7<v6.length;i7++){const v7=v6[i7];if(!(typeof v7=="string"))R("/input/image_urls/"+i7,$type,"string");else{if(!U(v7))R("/input/image_urls/"+i7,$format,"uri");}}}}}{const v8=v3.sound;if(v8!==void 0){if(!(typeof v8=="boolean"))R("/input/sound",$type,"boolean");}}{const v9=v3.duration;if(v9!==void 0){if(!(typeof v9=="string"))R("/input/duration",$type,"string");else{if(v9!=="3"&&v9!=="4"&&v9!=="5"&&v9!=="6"&&v9!=="7"&&v9!=="8"&&v9!=="9"&&v9!=="10"&&v9!=="11"&&v9!=="12"&&v9!=="13"&&v9!=="14"&&v9!=="15")R("/input/duration",$enum,A3);}}}{const v10=v3.aspect_ratio;if(v10!==void 0){if(!(typeof v10=="string"))R("/input/aspect_ratio",$type,"string");else{if(v10!=="16:9"&&v10!=="9:16"&&v10!=="1:1")R("/input/aspect_ratio",$enum,A4);}}}{const v11=v3.mode;if(v11!==void 0){if(!(typeof v11=="string"))R("/input/mode",$type,"string");else{if(v11!=="std"&&v11!=="pro"&&v11!=="4K")R("/input/mode",$enum,A5);}}}{const v12=v3.multi_shots;if(v12!==void 0){if(!(typeof v12=="boolean"))R("/input/multi_shots",$type,"boolean");}}{const v13=v3.multi_prompt;if(v13!==void 0){if(!(Array.isArray(v13)))R("/input/multi_prompt",$type,"array");else{if(v13.length>5)R("/input/multi_prompt",$maxItems,5);for(let i14=0;i14<v13.length;i14++){const v14=v13[i14];if(!(O(v14)))R("/input/multi_prompt/"+i14,$type,"object");else{if(v14.prompt===void 0)R("/input/multi_prompt/"+i14,$required,"prompt");if(v14.duration===void 0)R("/input/multi_prompt/"+i14,$required,"duration");{const v15=v14.prompt;if(v15!==void 0){if(!(typeof v15=="string"))R("/input/multi_prompt/"+i14+"/prompt",$type,"string");else{if(v15.length>500&&L(v15,500))R("/input/multi_prompt/"+i14+"/prompt",$maxLength,500);}}}{const v16=v14.duration;if(v16!==void 0){if(!(Number.isInteger(v16)))R("/input/multi_prompt/"+i14+"/duration",$type,"integer");else{if(v16<1)R("/input/multi_prompt/"+i14+"/duration",$minimum,1);if(v16>12)R("/input/multi_prompt/"+i14+"/duration",$maximum,12);}}}}}}}}{const v17=v3.kling_elements;if(v17!==void 0){if(!(Array.isArray(v17)))R("/input/kling_elements",$type,"array");else{if(v17.length>3)R("/input/kling_elements",$maxItems,3);for(let i18=0;i18<v17.length;i18++){const v18=v17[i18];if(!(O(v18)))R("/input/kling_elements/"+i18,$type,"object");else{if(v18.name===void 0)R("/input/kling_elements/"+i18,$required,"name");if(v18.description===void 0)R("/input/kling_elements/"+i18,$required,"description");if(v18.element_input_urls===void 0)R("/input/kling_elements/"+i18,$required,"element_input_urls");{const v19=v18.name;if(v19!==void 0){if(!(typeof v19=="string"))R("/input/kling_elements/"+i18+"/name",$type,"string");}}{const v20=v18.description;if(v20!==void 0){if(!(typeof v20=="string"))R("/input/kling_elements/"+i18+"/description",$type,"string");}}{const v21=v18.element_input_urls;if(v21!==void 0){if(!(Array.isArray(v21)))R("/input/kling_elements/"+i18+"/element_input_urls",$type,"array");else{for(let i22=0;i22<v21.length;i22++){const v22=v21[i22];if(!(typeof v22=="string"))R("/input/kling_elements/"+i18+"/element_input_urls/"+i22,$type,"string");else{if(!U(v22))R("/input/kling_elements/"+i18+"/element_input_urls/"+i22,$format,"uri");}}}}}{const v23=v18.element_input_audio_urls;if(v23!==void 0){if(!(Array.isArray(v23)))R("/input/kling_elements/"+i18+"/element_input_audio_urls",$type,"array");else{for(let i24=0;i24<v23.length;i24++){const v24=v23[i24];if(!(typeof v24=="string"))R("/input/kling_elements/"+i18+"/element_input_audio_urls/"+i24,$type,"string");else{if(!U(v24))R("/input/kling_elements/"+i18+"/element_input_audio_urls/"+i24,$format,"uri");}}}}}{const v25=v18.start_time;if(v25!==void 0){if(!(Number.isInteger(v25)))R("/input/kling_elements/"+i18+"/start_time",$type,"integer");}}{const v26=v18.end_time;if(v26!==void 0){if(!(Number.isInteger(v26)))R("/input/kling_elements/"+i18+"/end_time",$type,"integer");}}}}}}}}if(t0(v3,u))R("/input",$not,M6);}}}});
export default validator;
