// This file is generated. Do not edit it by hand.
// Source: specs/market/pixverse-v6/reference-to-video.json
// Regenerate with: pnpm generate

import { createValidator, type KieValidator } from "../../../validator.js";
import { R, O, L, S, U } from "../../../runtime.js";
import { $additionalProperties, $enum, $format, $maxItems, $maxLength, $maximum, $minItems, $minLength, $minimum, $required, $type } from "../../../issues.js";
import type { components } from "../../types.gen.js";

/** The createTask body of `pixverse-v6/reference-to-video`. */
export type Request = components["schemas"]["PixverseV6ReferenceToVideoRequest"];
/** The `input` object of `pixverse-v6/reference-to-video`. */
export type Input = components["schemas"]["PixverseV6ReferenceToVideoInput"];

/** Model id this module validates. */
export const modelId = "pixverse-v6/reference-to-video";

const K0=["model","callBackUrl","input"];
const A1=["pixverse-v6/reference-to-video"];
const K2=["prompt","image_references","aspect_ratio","quality","duration","generate_audio_switch","seed"];
const A3=["subject","background"];
const A4=["16:9","4:3","1:1","3:4","9:16","2:3","3:2","21:9"];
const A5=["360p","540p","720p","1080p"];

/**
 * Validates a createTask body for `pixverse-v6/reference-to-video` (Standard Schema v1). Unknown fields are refused
 * unless `{ unknownFields: "allow" }` is passed to `validate`.
 * Spec: `@kie-market/specs/source/market/pixverse-v6/reference-to-video.json`.
 */
export const validator: KieValidator<Request> = createValidator<Request>(modelId, (x: any, u: boolean): void=>{if(!(O(x)))R("",$type,"object");else{if(x.model===void 0)R("",$required,"model");if(x.input===void 0)R("",$required,"input");if(!u)for(const k in x)if(k!=="model"&&k!=="callBackUrl"&&k!=="input")R("",$additionalProperties,k,K0);{const v1=x.model;if(v1!==void 0){if(!(typeof v1=="string"))R("/model",$type,"string");else{if(v1!=="pixverse-v6/reference-to-video")R("/model",$enum,A1);}}}{const v2=x.callBackUrl;if(v2!==void 0){if(!(typeof v2=="string"))R("/callBackUrl",$type,"string");else{if(!U(v2))R("/callBackUrl",$format,"uri");}}}{const v3=x.input;if(v3!==void 0){if(!(O(v3)))R("/input",$type,"object");else{if(v3.prompt===void 0)R("/input",$required,"prompt");if(v3.image_references===void 0)R("/input",$required,"image_references");if(v3.aspect_ratio===void 0)R("/input",$required,"aspect_ratio");if(v3.quality===void 0)R("/input",$required,"quality");if(v3.duration===void 0)R("/input",$required,"duration");if(!u)for(const k in v3)if(k!=="prompt"&&k!=="image_references"&&k!=="aspect_ratio"&&k!=="quality"&&k!=="duration"&&k!=="generate_audio_switch"&&k!=="seed")R("/input",$additionalProperties,k,K2);{const v5=v3.prompt;if(v5!==void 0){if(!(typeof v5=="string"))R("/input/prompt",$type,"string");else{if(v5.length>5000&&L(v5,5000))R("/input/prompt",$maxLength,5000);if(v5.length<6&&S(v5,3))R("/input/prompt",$minLength,3);}}}{const v6=v3.image_references;if(v6!==void 0){if(!(Array.isArray(v6)))R("/input/image_references",$type,"array");else{if(v6.length<1)R("/input/image_references",$minItems,1);if(v6.length>7)R("/input/image_references",$maxItems,7);for(let i7=0;i7<v6.length;i7++){const v7=v6[i7];if(!(O(v7)))R("/input/image_references/"+i7,$type,"object");else{if(v7.image_url===void 0)R("/input/image_references/"+i7,$required,"image_url");{const v8=v7.image_url;if(v8!==void 0){if(!(typeof v8=="string"))R("/input/image_references/"+i7+"/image_url",$type,"string");else{if(!U(v8))R("/input/image_references/"+i7+"/image_url",$format,"uri");}}}{const v9=v7.type;if(v9!==void 0){if(!(typeof v9=="string"))R("/input/image_references/"+i7+"/type",$type,"string");else{if(v9!=="subject"&&v9!=="background")R("/input/image_references/"+i7+"/type",$enum,A3);}}}{const v10=v7.ref_name;if(v10!==void 0){if(!(typeof v10=="string"))R("/input/image_references/"+i7+"/ref_name",$type,"string");else{if(v10.length>30&&L(v10,30))R("/input/image_references/"+i7+"/ref_name",$maxLength,30);if(v10.length<2&&S(v10,1))R("/input/image_references/"+i7+"/ref_name",$minLength,1);}}}}}}}}{const v11=v3.aspect_ratio;if(v11!==void 0){if(!(typeof v11=="string"))R("/input/aspect_ratio",$type,"string");else{if(v11!=="16:9"&&v11!=="4:3"&&v11!=="1:1"&&v11!=="3:4"&&v11!=="9:16"&&v11!=="2:3"&&v11!=="3:2"&&v11!=="21:9")R("/input/aspect_ratio",$enum,A4);}}}{const v12=v3.quality;if(v12!==void 0){if(!(typeof v12=="string"))R("/input/quality",$type,"string");else{if(v12!=="360p"&&v12!=="540p"&&v12!=="720p"&&v12!=="1080p")R("/input/quality",$enum,A5);}}}{const v13=v3.duration;if(v13!==void 0){if(!(Number.isInteger(v13)))R("/input/duration",$type,"integer");else{if(v13<1)R("/input/duration",$minimum,1);if(v13>15)R("/input/duration",$maximum,15);}}}{const v14=v3.generate_audio_switch;if(v14!==void 0){if(!(typeof v14=="boolean"))R("/input/generate_audio_switch",$type,"boolean");}}{const v15=v3.seed;if(v15!==void 0){if(!(Number.isInteger(v15)))R("/input/seed",$type,"integer");else{if(v15<0)R("/input/seed",$minimum,0);if(v15>2147483647)R("/input/seed",$maximum,2147483647);}}}}}}}});
export default validator;
