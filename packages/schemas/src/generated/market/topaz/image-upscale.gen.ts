// This file is generated. Do not edit it by hand.
// Source: specs/market/topaz/image-upscale.json
// Regenerate with: pnpm generate

import { createValidator, type KieValidator } from "../../../validator.js";
import { R, O, U } from "../../../runtime.js";
import { $additionalProperties, $enum, $format, $required, $type } from "../../../issues.js";
import type { components } from "../../types.gen.js";

/** The createTask body of `topaz/image-upscale`. */
export type Request = components["schemas"]["TopazImageUpscaleRequest"];
/** The `input` object of `topaz/image-upscale`. */
export type Input = components["schemas"]["TopazImageUpscaleInput"];

/** Model id this module validates. */
export const modelId = "topaz/image-upscale";

const K0=["model","callBackUrl","input"];
const A1=["topaz/image-upscale"];
const K2=["image_url","upscale_factor"];
const A3=["1","2","4"];

/**
 * Validates a createTask body for `topaz/image-upscale` (Standard Schema v1). Unknown fields are refused
 * unless `{ unknownFields: "allow" }` is passed to `validate`.
 * Spec: `@kie-market/specs/source/market/topaz/image-upscale.json`.
 */
export const validator: KieValidator<Request> = createValidator<Request>(modelId, (x: any, u: boolean): void=>{if(!(O(x)))R("",$type,"object");else{if(x.model===void 0)R("",$required,"model");if(x.input===void 0)R("",$required,"input");if(!u)for(const k in x)if(k!=="model"&&k!=="callBackUrl"&&k!=="input")R("",$additionalProperties,k,K0);{const v1=x.model;if(v1!==void 0){if(!(typeof v1=="string"))R("/model",$type,"string");else{if(v1!=="topaz/image-upscale")R("/model",$enum,A1);}}}{const v2=x.callBackUrl;if(v2!==void 0){if(!(typeof v2=="string"))R("/callBackUrl",$type,"string");else{if(!U(v2))R("/callBackUrl",$format,"uri");}}}{const v3=x.input;if(v3!==void 0){if(!(O(v3)))R("/input",$type,"object");else{if(v3.image_url===void 0)R("/input",$required,"image_url");if(v3.upscale_factor===void 0)R("/input",$required,"upscale_factor");if(!u)for(const k in v3)if(k!=="image_url"&&k!=="upscale_factor")R("/input",$additionalProperties,k,K2);{const v5=v3.image_url;if(v5!==void 0){if(!(typeof v5=="string"))R("/input/image_url",$type,"string");}}{const v6=v3.upscale_factor;if(v6!==void 0){if(!(typeof v6=="string"))R("/input/upscale_factor",$type,"string");else{if(v6!=="1"&&v6!=="2"&&v6!=="4")R("/input/upscale_factor",$enum,A3);}}}}}}}});
export default validator;
