// This file is generated. Do not edit it by hand.
// Source: specs/market/seedream/5-pro-layer-decomposition.json
// Regenerate with: pnpm generate

import { createValidator, type KieValidator } from "../../../validator.js";
import { R, O, L, U } from "../../../runtime.js";
import { $additionalProperties, $enum, $format, $maxLength, $required, $type } from "../../../issues.js";
import type { components } from "../../types.gen.js";

/** The createTask body of `seedream/5-pro-layer-decomposition`. */
export type Request = components["schemas"]["Seedream5ProLayerDecompositionRequest"];
/** The `input` object of `seedream/5-pro-layer-decomposition`. */
export type Input = components["schemas"]["Seedream5ProLayerDecompositionInput"];

/** Model id this module validates. */
export const modelId = "seedream/5-pro-layer-decomposition";

const K0=["model","callBackUrl","input"];
const A1=["seedream/5-pro-layer-decomposition"];
const K2=["prompt","image_url","size","output_format"];
const A3=["auto","1K","1.5K","2K"];
const A4=["png","jpeg"];

/**
 * Validates a createTask body for `seedream/5-pro-layer-decomposition` (Standard Schema v1). Unknown fields are refused
 * unless `{ unknownFields: "allow" }` is passed to `validate`.
 * Spec: `@kie-market/specs/source/market/seedream/5-pro-layer-decomposition.json`.
 */
export const validator: KieValidator<Request> = createValidator<Request>(modelId, (x: any, u: boolean): void=>{if(!(O(x)))R("",$type,"object");else{if(x.model===void 0)R("",$required,"model");if(x.input===void 0)R("",$required,"input");if(!u)for(const k in x)if(k!=="model"&&k!=="callBackUrl"&&k!=="input")R("",$additionalProperties,k,K0);{const v1=x.model;if(v1!==void 0){if(!(typeof v1=="string"))R("/model",$type,"string");else{if(v1!=="seedream/5-pro-layer-decomposition")R("/model",$enum,A1);}}}{const v2=x.callBackUrl;if(v2!==void 0){if(!(typeof v2=="string"))R("/callBackUrl",$type,"string");else{if(!U(v2))R("/callBackUrl",$format,"uri");}}}{const v3=x.input;if(v3!==void 0){if(!(O(v3)))R("/input",$type,"object");else{if(v3.image_url===void 0)R("/input",$required,"image_url");if(!u)for(const k in v3)if(k!=="prompt"&&k!=="image_url"&&k!=="size"&&k!=="output_format")R("/input",$additionalProperties,k,K2);{const v5=v3.prompt;if(v5!==void 0){if(!(typeof v5=="string"))R("/input/prompt",$type,"string");else{if(v5.length>5000&&L(v5,5000))R("/input/prompt",$maxLength,5000);}}}{const v6=v3.image_url;if(v6!==void 0){if(!(typeof v6=="string"))R("/input/image_url",$type,"string");else{if(!U(v6))R("/input/image_url",$format,"uri");}}}{const v7=v3.size;if(v7!==void 0){if(!(typeof v7=="string"))R("/input/size",$type,"string");else{if(v7!=="auto"&&v7!=="1K"&&v7!=="1.5K"&&v7!=="2K")R("/input/size",$enum,A3);}}}{const v8=v3.output_format;if(v8!==void 0){if(!(typeof v8=="string"))R("/input/output_format",$type,"string");else{if(v8!=="png"&&v8!=="jpeg")R("/input/output_format",$enum,A4);}}}}}}}});
export default validator;
