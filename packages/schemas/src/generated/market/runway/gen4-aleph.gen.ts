// This file is generated. Do not edit it by hand.
// Source: specs/market/runway/gen4-aleph.json
// Regenerate with: pnpm generate

import { createValidator, type KieValidator } from "../../../validator.js";
import { R, O, U } from "../../../runtime.js";
import { $additionalProperties, $enum, $format, $required, $type } from "../../../issues.js";
import type { components } from "../../types.gen.js";

/** The createTask body of `runway/gen4-aleph`. */
export type Request = components["schemas"]["RunwayGen4AlephRequest"];
/** The `input` object of `runway/gen4-aleph`. */
export type Input = components["schemas"]["RunwayGen4AlephInput"];

/** Model id this module validates. */
export const modelId = "runway/gen4-aleph";

const K0=["model","callBackUrl","input"];
const A1=["runway/gen4-aleph"];
const K2=["prompt","video_url","watermark","upload_cn","aspect_ratio","seed","reference_image"];
const A3=["16:9","9:16","4:3","3:4","1:1","21:9"];

/**
 * Validates a createTask body for `runway/gen4-aleph` (Standard Schema v1). Unknown fields are refused
 * unless `{ unknownFields: "allow" }` is passed to `validate`.
 * Spec: `@kie-market/specs/source/market/runway/gen4-aleph.json`.
 */
export const validator: KieValidator<Request> = createValidator<Request>(modelId, (x: any, u: boolean): void=>{if(!(O(x)))R("",$type,"object");else{if(x.model===void 0)R("",$required,"model");if(x.input===void 0)R("",$required,"input");if(!u)for(const k in x)if(k!=="model"&&k!=="callBackUrl"&&k!=="input")R("",$additionalProperties,k,K0);{const v1=x.model;if(v1!==void 0){if(!(typeof v1=="string"))R("/model",$type,"string");else{if(v1!=="runway/gen4-aleph")R("/model",$enum,A1);}}}{const v2=x.callBackUrl;if(v2!==void 0){if(!(typeof v2=="string"))R("/callBackUrl",$type,"string");else{if(!U(v2))R("/callBackUrl",$format,"uri");}}}{const v3=x.input;if(v3!==void 0){if(!(O(v3)))R("/input",$type,"object");else{if(v3.prompt===void 0)R("/input",$required,"prompt");if(v3.video_url===void 0)R("/input",$required,"video_url");if(!u)for(const k in v3)if(k!=="prompt"&&k!=="video_url"&&k!=="watermark"&&k!=="upload_cn"&&k!=="aspect_ratio"&&k!=="seed"&&k!=="reference_image")R("/input",$additionalProperties,k,K2);{const v5=v3.prompt;if(v5!==void 0){if(!(typeof v5=="string"))R("/input/prompt",$type,"string");}}{const v6=v3.video_url;if(v6!==void 0){if(!(typeof v6=="string"))R("/input/video_url",$type,"string");}}{const v7=v3.watermark;if(v7!==void 0){if(!(typeof v7=="string"))R("/input/watermark",$type,"string");}}{const v8=v3.upload_cn;if(v8!==void 0){if(!(typeof v8=="boolean"))R("/input/upload_cn",$type,"boolean");}}{const v9=v3.aspect_ratio;if(v9!==void 0){if(!(typeof v9=="string"))R("/input/aspect_ratio",$type,"string");else{if(v9!=="16:9"&&v9!=="9:16"&&v9!=="4:3"&&v9!=="3:4"&&v9!=="1:1"&&v9!=="21:9")R("/input/aspect_ratio",$enum,A3);}}}{const v10=v3.seed;if(v10!==void 0){if(!(Number.isInteger(v10)))R("/input/seed",$type,"integer");}}{const v11=v3.reference_image;if(v11!==void 0){if(!(typeof v11=="string"))R("/input/reference_image",$type,"string");else{if(!U(v11))R("/input/reference_image",$format,"uri");}}}}}}}});
export default validator;
