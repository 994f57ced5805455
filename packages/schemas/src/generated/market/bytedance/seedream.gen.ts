// This file is generated. Do not edit it by hand.
// Source: specs/market/bytedance/seedream.json
// Regenerate with: pnpm generate

import { createValidator, type KieValidator } from "../../../validator.js";
import { R, O, L, U } from "../../../runtime.js";
import { $additionalProperties, $enum, $format, $maxLength, $maximum, $minimum, $required, $type } from "../../../issues.js";
import type { components } from "../../types.gen.js";

/** The createTask body of `bytedance/seedream`. */
export type Request = components["schemas"]["BytedanceSeedreamRequest"];
/** The `input` object of `bytedance/seedream`. */
export type Input = components["schemas"]["BytedanceSeedreamInput"];

/** Model id this module validates. */
export const modelId = "bytedance/seedream";

const K0=["model","callBackUrl","input"];
const A1=["bytedance/seedream"];
const K2=["prompt","image_size","guidance_scale","seed"];
const A3=["square","square_hd","portrait_4_3","portrait_16_9","landscape_4_3","landscape_16_9"];

/**
 * Validates a createTask body for `bytedance/seedream` (Standard Schema v1). Unknown fields are refused
 * unless `{ unknownFields: "allow" }` is passed to `validate`.
 * Spec: `@kie-market/specs/source/market/bytedance/seedream.json`.
 */
export const validator: KieValidator<Request> = createValidator<Request>(modelId, (x: any, u: boolean): void=>{if(!(O(x)))R("",$type,"object");else{if(x.model===void 0)R("",$required,"model");if(x.input===void 0)R("",$required,"input");if(!u)for(const k in x)if(k!=="model"&&k!=="callBackUrl"&&k!=="input")R("",$additionalProperties,k,K0);{const v1=x.model;if(v1!==void 0){if(!(typeof v1=="string"))R("/model",$type,"string");else{if(v1!=="bytedance/seedream")R("/model",$enum,A1);}}}{const v2=x.callBackUrl;if(v2!==void 0){if(!(typeof v2=="string"))R("/callBackUrl",$type,"string");else{if(!U(v2))R("/callBackUrl",$format,"uri");}}}{const v3=x.input;if(v3!==void 0){if(!(O(v3)))R("/input",$type,"object");else{if(v3.prompt===void 0)R("/input",$required,"prompt");if(!u)for(const k in v3)if(k!=="prompt"&&k!=="image_size"&&k!=="guidance_scale"&&k!=="seed")R("/input",$additionalProperties,k,K2);{const v5=v3.prompt;if(v5!==void 0){if(!(typeof v5=="string"))R("/input/prompt",$type,"string");else{if(v5.length>5000&&L(v5,5000))R("/input/prompt",$maxLength,5000);}}}{const v6=v3.image_size;if(v6!==void 0){if(!(typeof v6=="string"))R("/input/image_size",$type,"string");else{if(v6!=="square"&&v6!=="square_hd"&&v6!=="portrait_4_3"&&v6!=="portrait_16_9"&&v6!=="landscape_4_3"&&v6!=="landscape_16_9")R("/input/image_size",$enum,A3);}}}{const v7=v3.guidance_scale;if(v7!==void 0){if(!(Number.isFinite(v7)))R("/input/guidance_scale",$type,"number");else{if(v7<1)R("/input/guidance_scale",$minimum,1);if(v7>10)R("/input/guidance_scale",$maximum,10);}}}{const v8=v3.seed;if(v8!==void 0){if(!(Number.isInteger(v8)))R("/input/seed",$type,"integer");}}}}}}});
export default validator;
