// This file is generated. Do not edit it by hand.
// Source: specs/market/ideogram/v3-text-to-image.json
// Regenerate with: pnpm generate

import { createValidator, type KieValidator } from "../../../validator.js";
import { R, O, L, U } from "../../../runtime.js";
import { $additionalProperties, $enum, $format, $maxLength, $required, $type } from "../../../issues.js";
import type { components } from "../../types.gen.js";

/** The createTask body of `ideogram/v3-text-to-image`. */
export type Request = components["schemas"]["IdeogramV3TextToImageRequest"];
/** The `input` object of `ideogram/v3-text-to-image`. */
export type Input = components["schemas"]["IdeogramV3TextToImageInput"];

/** Model id this module validates. */
export const modelId = "ideogram/v3-text-to-image";

const K0=["model","callBackUrl","input"];
const A1=["ideogram/v3-text-to-image"];
const K2=["prompt","rendering_speed","style","expand_prompt","image_size","seed","negative_prompt"];
const A3=["TURBO","BALANCED","QUALITY"];
const A4=["AUTO","GENERAL","REALISTIC","DESIGN"];
const A5=["square","square_hd","portrait_4_3","portrait_16_9","landscape_4_3","landscape_16_9"];

/**
 * Validates a createTask body for `ideogram/v3-text-to-image` (Standard Schema v1). Unknown fields are refused
 * unless `{ unknownFields: "allow" }` is passed to `validate`.
 * Spec: `@kie-market/specs/source/market/ideogram/v3-text-to-image.json`.
 */
export const validator: KieValidator<Request> = createValidator<Request>(modelId, (x: any, u: boolean): void=>{if(!(O(x)))R("",$type,"object");else{if(x.model===void 0)R("",$required,"model");if(x.input===void 0)R("",$required,"input");if(!u)for(const k in x)if(k!=="model"&&k!=="callBackUrl"&&k!=="input")R("",$additionalProperties,k,K0);{const v1=x.model;if(v1!==void 0){if(!(typeof v1=="string"))R("/model",$type,"string");else{if(v1!=="ideogram/v3-text-to-image")R("/model",$enum,A1);}}}{const v2=x.callBackUrl;if(v2!==void 0){if(!(typeof v2=="string"))R("/callBackUrl",$type,"string");else{if(!U(v2))R("/callBackUrl",$format,"uri");}}}{const v3=x.input;if(v3!==void 0){if(!(O(v3)))R("/input",$type,"object");else{if(v3.prompt===void 0)R("/input",$required,"prompt");if(!u)for(const k in v3)if(k!=="prompt"&&k!=="rendering_speed"&&k!=="style"&&k!=="expand_prompt"&&k!=="image_size"&&k!=="seed"&&k!=="negative_prompt")R("/input",$additionalProperties,k,K2);{const v5=v3.prompt;if(v5!==void 0){if(!(typeof v5=="string"))R("/input/prompt",$type,"string");else{if(v5.length>5000&&L(v5,5000))R("/input/prompt",$maxLength,5000);}}}{const v6=v3.rendering_speed;if(v6!==void 0){if(!(typeof v6=="string"))R("/input/rendering_speed",$type,"string");else{if(v6!=="TURBO"&&v6!=="BALANCED"&&v6!=="QUALITY")R("/input/rendering_speed",$enum,A3);}}}{const v7=v3.style;if(v7!==void 0){if(!(typeof v7=="string"))R("/input/style",$type,"string");else{if(v7!=="AUTO"&&v7!=="GENERAL"&&v7!=="REALISTIC"&&v7!=="DESIGN")R("/input/style",$enum,A4);}}}{const v8=v3.expand_prompt;if(v8!==void 0){if(!(typeof v8=="boolean"))R("/input/expand_prompt",$type,"boolean");}}{const v9=v3.image_size;if(v9!==void 0){if(!(typeof v9=="string"))R("/input/image_size",$type,"string");else{if(v9!=="square"&&v9!=="square_hd"&&v9!=="portrait_4_3"&&v9!=="portrait_16_9"&&v9!=="landscape_4_3"&&v9!=="landscape_16_9")R("/input/image_size",$enum,A5);}}}{const v10=v3.seed;if(v10!==void 0){if(!(Number.isInteger(v10)))R("/input/seed",$type,"integer");}}{const v11=v3.negative_prompt;if(v11!==void 0){if(!(typeof v11=="string"))R("/input/negative_prompt",$type,"string");else{if(v11.length>5000&&L(v11,5000))R("/input/negative_prompt",$maxLength,5000);}}}}}}}});
export default validator;
