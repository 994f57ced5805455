// This file is generated. Do not edit it by hand.
// Source: specs/market/ideogram/v3-edit.json
// Regenerate with: pnpm generate

import { createValidator, type KieValidator } from "../../../validator.js";
import { R, O, L, U } from "../../../runtime.js";
import { $additionalProperties, $enum, $format, $maxLength, $required, $type } from "../../../issues.js";
import type { components } from "../../types.gen.js";

/** The createTask body of `ideogram/v3-edit`. */
export type Request = components["schemas"]["IdeogramV3EditRequest"];
/** The `input` object of `ideogram/v3-edit`. */
export type Input = components["schemas"]["IdeogramV3EditInput"];

/** Model id this module validates. */
export const modelId = "ideogram/v3-edit";

const K0=["model","callBackUrl","input"];
const A1=["ideogram/v3-edit"];
const K2=["prompt","image_url","mask_url","rendering_speed","expand_prompt","seed"];
const A3=["TURBO","BALANCED","QUALITY"];

/**
 * Validates a createTask body for `ideogram/v3-edit` (Standard Schema v1). Unknown fields are refused
 * unless `{ unknownFields: "allow" }` is passed to `validate`.
 * Spec: `@kie-market/specs/source/market/ideogram/v3-edit.json`.
 */
export const validator: KieValidator<Request> = createValidator<Request>(modelId, (x: any, u: boolean): void=>{if(!(O(x)))R("",$type,"object");else{if(x.model===void 0)R("",$required,"model");if(x.input===void 0)R("",$required,"input");if(!u)for(const k in x)if(k!=="model"&&k!=="callBackUrl"&&k!=="input")R("",$additionalProperties,k,K0);{const v1=x.model;if(v1!==void 0){if(!(typeof v1=="string"))R("/model",$type,"string");else{if(v1!=="ideogram/v3-edit")R("/model",$enum,A1);}}}{const v2=x.callBackUrl;if(v2!==void 0){if(!(typeof v2=="string"))R("/callBackUrl",$type,"string");else{if(!U(v2))R("/callBackUrl",$format,"uri");}}}{const v3=x.input;if(v3!==void 0){if(!(O(v3)))R("/input",$type,"object");else{if(v3.prompt===void 0)R("/input",$required,"prompt");if(v3.image_url===void 0)R("/input",$required,"image_url");if(v3.mask_url===void 0)R("/input",$required,"mask_url");if(!u)for(const k in v3)if(k!=="prompt"&&k!=="image_url"&&k!=="mask_url"&&k!=="rendering_speed"&&k!=="expand_prompt"&&k!=="seed")R("/input",$additionalProperties,k,K2);{const v5=v3.prompt;if(v5!==void 0){if(!(typeof v5=="string"))R("/input/prompt",$type,"string");else{if(v5.length>5000&&L(v5,5000))R("/input/prompt",$maxLength,5000);}}}{const v6=v3.image_url;if(v6!==void 0){if(!(typeof v6=="string"))R("/input/image_url",$type,"string");else{if(!U(v6))R("/input/image_url",$format,"uri");}}}{const v7=v3.mask_url;if(v7!==void 0){if(!(typeof v7=="string"))R("/input/mask_url",$type,"string");else{if(!U(v7))R("/input/mask_url",$format,"uri");}}}{const v8=v3.rendering_speed;if(v8!==void 0){if(!(typeof v8=="string"))R("/input/rendering_speed",$type,"string");else{if(v8!=="TURBO"&&v8!=="BALANCED"&&v8!=="QUALITY")R("/input/rendering_speed",$enum,A3);}}}{const v9=v3.expand_prompt;if(v9!==void 0){if(!(typeof v9=="boolean"))R("/input/expand_prompt",$type,"boolean");}}{const v10=v3.seed;if(v10!==void 0){if(!(Number.isInteger(v10)))R("/input/seed",$type,"integer");}}}}}}});
export default validator;
