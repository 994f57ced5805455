// This file is generated. Do not edit it by hand.
// Source: specs/market/gpt-image/1.5-text-to-image.json
// Regenerate with: pnpm generate

import { createValidator, type KieValidator } from "../../../validator.js";
import { R, O, U } from "../../../runtime.js";
import { $additionalProperties, $enum, $format, $required, $type } from "../../../issues.js";
import type { components } from "../../types.gen.js";

/** The createTask body of `gpt-image/1.5-text-to-image`. */
export type Request = components["schemas"]["GptImage15TextToImageRequest"];
/** The `input` object of `gpt-image/1.5-text-to-image`. */
export type Input = components["schemas"]["GptImage15TextToImageInput"];

/** Model id this module validates. */
export const modelId = "gpt-image/1.5-text-to-image";

const K0=["model","callBackUrl","input"];
const A1=["gpt-image/1.5-text-to-image"];
const K2=["prompt","aspect_ratio","quality"];
const A3=["1:1","2:3","3:2"];
const A4=["medium","high"];

/**
 * Validates a createTask body for `gpt-image/1.5-text-to-image` (Standard Schema v1). Unknown fields are refused
 * unless `{ unknownFields: "allow" }` is passed to `validate`.
 * Spec: `@kie-market/specs/source/market/gpt-image/1.5-text-to-image.json`.
 */
export const validator: KieValidator<Request> = createValidator<Request>(modelId, (x: any, u: boolean): void=>{if(!(O(x)))R("",$type,"object");else{if(x.model===void 0)R("",$required,"model");if(x.input===void 0)R("",$required,"input");if(!u)for(const k in x)if(k!=="model"&&k!=="callBackUrl"&&k!=="input")R("",$additionalProperties,k,K0);{const v1=x.model;if(v1!==void 0){if(!(typeof v1=="string"))R("/model",$type,"string");else{if(v1!=="gpt-image/1.5-text-to-image")R("/model",$enum,A1);}}}{const v2=x.callBackUrl;if(v2!==void 0){if(!(typeof v2=="string"))R("/callBackUrl",$type,"string");else{if(!U(v2))R("/callBackUrl",$format,"uri");}}}{const v3=x.input;if(v3!==void 0){if(!(O(v3)))R("/input",$type,"object");else{if(v3.prompt===void 0)R("/input",$required,"prompt");if(v3.aspect_ratio===void 0)R("/input",$required,"aspect_ratio");if(v3.quality===void 0)R("/input",$required,"quality");if(!u)for(const k in v3)if(k!=="prompt"&&k!=="aspect_ratio"&&k!=="quality")R("/input",$additionalProperties,k,K2);{const v5=v3.prompt;if(v5!==void 0){if(!(typeof v5=="string"))R("/input/prompt",$type,"string");}}{const v6=v3.aspect_ratio;if(v6!==void 0){if(!(typeof v6=="string"))R("/input/aspect_ratio",$type,"string");else{if(v6!=="1:1"&&v6!=="2:3"&&v6!=="3:2")R("/input/aspect_ratio",$enum,A3);}}}{const v7=v3.quality;if(v7!==void 0){if(!(typeof v7=="string"))R("/input/quality",$type,"string");else{if(v7!=="medium"&&v7!=="high")R("/input/quality",$enum,A4);}}}}}}}});
export default validator;
