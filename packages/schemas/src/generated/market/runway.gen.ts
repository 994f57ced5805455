// This file is generated. Do not edit it by hand.
// Source: specs/market/runway.json
// Regenerate with: pnpm generate

import { createValidator, type KieValidator } from "../../validator.js";
import { R, O, U } from "../../runtime.js";
import { $additionalProperties, $enum, $format, $required, $type } from "../../issues.js";
import type { components } from "../types.gen.js";

/** The createTask body of `runway`. */
export type Request = components["schemas"]["RunwayRequest"];
/** The `input` object of `runway`. */
export type Input = components["schemas"]["RunwayInput"];

/** Model id this module validates. */
export const modelId = "runway";

const K0=["model","callBackUrl","input"];
const A1=["runway"];
const K2=["prompt","image_url","duration","quality","aspect_ratio","watermark"];
const A3=["16:9","4:3","1:1","3:4","9:16"];

/**
 * Validates a createTask body for `runway` (Standard Schema v1). Unknown fields are refused
 * unless `{ unknownFields: "allow" }` is passed to `validate`.
 * Spec: `@kie-market/specs/source/market/runway.json`.
 */
export const validator: KieValidator<Request> = createValidator<Request>(modelId, (x: any, u: boolean): void=>{if(!(O(x)))R("",$type,"object");else{if(x.model===void 0)R("",$required,"model");if(x.input===void 0)R("",$required,"input");if(!u)for(const k in x)if(k!=="model"&&k!=="callBackUrl"&&k!=="input")R("",$additionalProperties,k,K0);{const v1=x.model;if(v1!==void 0){if(!(typeof v1=="string"))R("/model",$type,"string");else{if(v1!=="runway")R("/model",$enum,A1);}}}{const v2=x.callBackUrl;if(v2!==void 0){if(!(typeof v2=="string"))R("/callBackUrl",$type,"string");else{if(!U(v2))R("/callBackUrl",$format,"uri");}}}{const v3=x.input;if(v3!==void 0){if(!(O(v3)))R("/input",$type,"object");else{if(v3.prompt===void 0)R("/input",$required,"prompt");if(v3.duration===void 0)R("/input",$required,"duration");if(v3.quality===void 0)R("/input",$required,"quality");if(!u)for(const k in v3)if(k!=="prompt"&&k!=="image_url"&&k!=="duration"&&k!=="quality"&&k!=="aspect_ratio"&&k!=="watermark")R("/input",$additionalProperties,k,K2);{const v5=v3.prompt;if(v5!==void 0){if(!(typeof v5=="string"))R("/input/prompt",$type,"string");}}{const v6=v3.image_url;if(v6!==void 0){if(!(typeof v6=="string"))R("/input/image_url",$type,"string");}}{const v7=v3.duration;if(v7!==void 0){if(!(Number.isFinite(v7)))R("/input/duration",$type,"number");}}{const v8=v3.quality;if(v8!==void 0){if(!(typeof v8=="string"))R("/input/quality",$type,"string");}}{const v9=v3.aspect_ratio;if(v9!==void 0){if(!(typeof v9=="string"))R("/input/aspect_ratio",$type,"string");else{if(v9!=="16:9"&&v9!=="4:3"&&v9!=="1:1"&&v9!=="3:4"&&v9!=="9:16")R("/input/aspect_ratio",$enum,A3);}}}{const v10=v3.watermark;if(v10!==void 0){if(!(typeof v10=="string"))R("/input/watermark",$type,"string");}}}}}}});
export default validator;
