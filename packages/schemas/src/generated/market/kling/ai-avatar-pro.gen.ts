// This file is generated. Do not edit it by hand.
// Source: specs/market/kling/ai-avatar-pro.json
// Regenerate with: pnpm generate

import { createValidator, type KieValidator } from "../../../validator.js";
import { R, O, L, U } from "../../../runtime.js";
import { $additionalProperties, $enum, $format, $maxLength, $required, $type } from "../../../issues.js";
import type { components } from "../../types.gen.js";

/** The createTask body of `kling/ai-avatar-pro`. */
export type Request = components["schemas"]["KlingAiAvatarProRequest"];
/** The `input` object of `kling/ai-avatar-pro`. */
export type Input = components["schemas"]["KlingAiAvatarProInput"];

/** Model id this module validates. */
export const modelId = "kling/ai-avatar-pro";

const K0=["model","callBackUrl","input"];
const A1=["kling/ai-avatar-pro"];
const K2=["image_url","audio_url","prompt"];

/**
 * Validates a createTask body for `kling/ai-avatar-pro` (Standard Schema v1). Unknown fields are refused
 * unless `{ unknownFields: "allow" }` is passed to `validate`.
 * Spec: `@kie-market/specs/source/market/kling/ai-avatar-pro.json`.
 */
export const validator: KieValidator<Request> = createValidator<Request>(modelId, (x: any, u: boolean): void=>{if(!(O(x)))R("",$type,"object");else{if(x.model===void 0)R("",$required,"model");if(x.input===void 0)R("",$required,"input");if(!u)for(const k in x)if(k!=="model"&&k!=="callBackUrl"&&k!=="input")R("",$additionalProperties,k,K0);{const v1=x.model;if(v1!==void 0){if(!(typeof v1=="string"))R("/model",$type,"string");else{if(v1!=="kling/ai-avatar-pro")R("/model",$enum,A1);}}}{const v2=x.callBackUrl;if(v2!==void 0){if(!(typeof v2=="string"))R("/callBackUrl",$type,"string");else{if(!U(v2))R("/callBackUrl",$format,"uri");}}}{const v3=x.input;if(v3!==void 0){if(!(O(v3)))R("/input",$type,"object");else{if(v3.image_url===void 0)R("/input",$required,"image_url");if(v3.audio_url===void 0)R("/input",$required,"audio_url");if(v3.prompt===void 0)R("/input",$required,"prompt");if(!u)for(const k in v3)if(k!=="image_url"&&k!=="audio_url"&&k!=="prompt")R("/input",$additionalProperties,k,K2);{const v5=v3.image_url;if(v5!==void 0){if(!(typeof v5=="string"))R("/input/image_url",$type,"string");}}{const v6=v3.audio_url;if(v6!==void 0){if(!(typeof v6=="string"))R("/input/audio_url",$type,"string");}}{const v7=v3.prompt;if(v7!==void 0){if(!(typeof v7=="string"))R("/input/prompt",$type,"string");else{if(v7.length>5000&&L(v7,5000))R("/input/prompt",$maxLength,5000);}}}}}}}});
export default validator;
