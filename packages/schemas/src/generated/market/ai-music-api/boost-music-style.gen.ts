// This file is generated. Do not edit it by hand.
// Source: specs/market/ai-music-api/boost-music-style.json
// Regenerate with: pnpm generate

import { createValidator, type KieValidator } from "../../../validator.js";
import { R, O, U } from "../../../runtime.js";
import { $additionalProperties, $enum, $format, $required, $type } from "../../../issues.js";
import type { components } from "../../types.gen.js";

/** The createTask body of `ai-music-api/boost-music-style`. */
export type Request = components["schemas"]["AiMusicApiBoostMusicStyleRequest"];
/** The `input` object of `ai-music-api/boost-music-style`. */
export type Input = components["schemas"]["AiMusicApiBoostMusicStyleInput"];

/** Model id this module validates. */
export const modelId = "ai-music-api/boost-music-style";

const K0=["model","callBackUrl","input"];
const A1=["ai-music-api/boost-music-style"];
const K2=["content"];

/**
 * Validates a createTask body for `ai-music-api/boost-music-style` (Standard Schema v1). Unknown fields are refused
 * unless `{ unknownFields: "allow" }` is passed to `validate`.
 * Spec: `@kie-market/specs/source/market/ai-music-api/boost-music-style.json`.
 */
export const validator: KieValidator<Request> = createValidator<Request>(modelId, (x: any, u: boolean): void=>{if(!(O(x)))R("",$type,"object");else{if(x.model===void 0)R("",$required,"model");if(x.input===void 0)R("",$required,"input");if(!u)for(const k in x)if(k!=="model"&&k!=="callBackUrl"&&k!=="input")R("",$additionalProperties,k,K0);{const v1=x.model;if(v1!==void 0){if(!(typeof v1=="string"))R("/model",$type,"string");else{if(v1!=="ai-music-api/boost-music-style")R("/model",$enum,A1);}}}{const v2=x.callBackUrl;if(v2!==void 0){if(!(typeof v2=="string"))R("/callBackUrl",$type,"string");else{if(!U(v2))R("/callBackUrl",$format,"uri");}}}{const v3=x.input;if(v3!==void 0){if(!(O(v3)))R("/input",$type,"object");else{if(v3.content===void 0)R("/input",$required,"content");if(!u)for(const k in v3)if(k!=="content")R("/input",$additionalProperties,k,K2);{const v5=v3.content;if(v5!==void 0){if(!(typeof v5=="string"))R("/input/content",$type,"string");}}}}}}});
export default validator;
