// This file is generated. Do not edit it by hand.
// Source: specs/market/flux1-kontext.json
// Regenerate with: pnpm generate

import { createValidator, type KieValidator } from "../../validator.js";
import { R, O, U } from "../../runtime.js";
import { $additionalProperties, $enum, $format, $required, $type } from "../../issues.js";
import type { components } from "../types.gen.js";

/** The createTask body of `flux1-kontext`. */
export type Request = components["schemas"]["Flux1KontextRequest"];
/** The `input` object of `flux1-kontext`. */
export type Input = components["schemas"]["Flux1KontextInput"];

/** Model id this module validates. */
export const modelId = "flux1-kontext";

const K0=["model","callBackUrl","input"];
const A1=["flux1-kontext"];
const K2=["prompt","enable_translation","upload_cn","input_image","aspect_ratio","output_format","prompt_upsampling","safety_tolerance","watermark"];
const A3=["21:9","16:9","4:3","1:1","3:4","9:16"];
const A4=["jpeg","png"];
const A5=[0,1,2,3,4,5,6];

/**
 * Validates a createTask body for `flux1-kontext` (Standard Schema v1). Unknown fields are refused
 * unless `{ unknownFields: "allow" }` is passed to `validate`.
 * Spec: `@kie-market/specs/source/market/flux1-kontext.json`.
 */
export const validator: KieValidator<Request> = createValidator<Request>(modelId, (x: any, u: boolean): void=>{if(!(O(x)))R("",$type,"object");else{if(x.model===void 0)R("",$required,"model");if(x.input===void 0)R("",$required,"input");if(!u)for(const k in x)if(k!=="model"&&k!=="callBackUrl"&&k!=="input")R("",$additionalProperties,k,K0);{const v1=x.model;if(v1!==void 0){if(!(typeof v1=="string"))R("/model",$type,"string");else{if(v1!=="flux1-kontext")R("/model",$enum,A1);}}}{const v2=x.callBackUrl;if(v2!==void 0){if(!(typeof v2=="string"))R("/callBackUrl",$type,"string");else{if(!U(v2))R("/callBackUrl",$format,"uri");}}}{const v3=x.input;if(v3!==void 0){if(!(O(v3)))R("/input",$type,"object");else{if(v3.prompt===void 0)R("/input",$required,"prompt");if(!u)for(const k in v3)if(k!=="prompt"&&k!=="enable_translation"&&k!=="upload_cn"&&k!=="input_image"&&k!=="aspect_ratio"&&k!=="output_format"&&k!=="prompt_upsampling"&&k!=="safety_tolerance"&&k!=="watermark")R("/input",$additionalProperties,k,K2);{const v5=v3.prompt;if(v5!==void 0){if(!(typeof v5=="string"))R("/input/prompt",$type,"string");}}{const v6=v3.enable_translation;if(v6!==void 0){if(!(typeof v6=="boolean"))R("/input/enable_translation",$type,"boolean");}}{const v7=v3.upload_cn;if(v7!==void 0){if(!(typeof v7=="boolean"))R("/input/upload_cn",$type,"boolean");}}{const v8=v3.input_image;if(v8!==void 0){if(!(typeof v8=="string"))R("/input/input_image",$type,"string");else{if(!U(v8))R("/input/input_image",$format,"uri");}}}{const v9=v3.aspect_ratio;if(v9!==void 0){if(!(typeof v9=="string"))R("/input/aspect_ratio",$type,"string");else{if(v9!=="21:9"&&v9!=="16:9"&&v9!=="4:3"&&v9!=="1:1"&&v9!=="3:4"&&v9!=="9:16")R("/input/aspect_ratio",$enum,A3);}}}{const v10=v3.output_format;if(v10!==void 0){if(!(typeof v10=="string"))R("/input/output_format",$type,"string");else{if(v10!=="jpeg"&&v10!=="png")R("/input/output_format",$enum,A4);}}}{const v11=v3.prompt_upsampling;if(v11!==void 0){if(!(typeof v11=="boolean"))R("/input/prompt_upsampling",$type,"boolean");}}{const v12=v3.safety_tolerance;if(v12!==void 0){if(!(Number.isInteger(v12)))R("/input/safety_tolerance",$type,"integer");else{if(v12!==0&&v12!==1&&v12!==2&&v12!==3&&v12!==4&&v12!==5&&v12!==6)R("/input/safety_tolerance",$enum,A5);}}}{const v13=v3.watermark;if(v13!==void 0){if(!(typeof v13=="string"))R("/input/watermark",$type,"string");}}}}}}});
export default validator;
