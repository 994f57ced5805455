// This file is generated. Do not edit it by hand.
// Source: specs/market/grok-imagine-image-2-0/segment-map.json
// Regenerate with: pnpm generate

import { createValidator, type KieValidator } from "../../../validator.js";
import { R, O, S, U } from "../../../runtime.js";
import { $additionalProperties, $enum, $format, $oneOf, $required, $type } from "../../../issues.js";
import type { components } from "../../types.gen.js";

/** The createTask body of `grok-imagine-image-2-0/segment-map`. */
export type Request = components["schemas"]["GrokImagineImage20SegmentMapRequest"];
/** The `input` object of `grok-imagine-image-2-0/segment-map`. */
export type Input = components["schemas"]["GrokImagineImage20SegmentMapInput"];

/** Model id this module validates. */
export const modelId = "grok-imagine-image-2-0/segment-map";

const K0=["model","callBackUrl","input"];
const A1=["grok-imagine-image-2-0/segment-map"];
function t0(x: any, u: boolean): boolean{if(!(O(x)))return false;else{if(x.task_id===void 0)return false;if(!u)for(const k in x)if(k!=="task_id")return false;{const v5=x.task_id;if(v5!==void 0){if(!(typeof v5=="string"))return false;else{if(v5.length<2&&S(v5,1))return false;}}}}return true}
function t1(x: any, u: boolean): boolean{if(!(O(x)))return false;else{if(x.image_url===void 0)return false;if(!u)for(const k in x)if(k!=="image_url")return false;{const v7=x.image_url;if(v7!==void 0){if(!(typeof v7=="string"))return false;else{if(!U(v7))return false;}}}}return true}

/**
 * Validates a createTask body for `grok-imagine-image-2-0/segment-map` (Standard Schema v1). Unknown fields are refused
 * unless `{ unknownFields: "allow" }` is passed to `validate`.
 * Spec: `@kie-market/specs/source/market/grok-imagine-image-2-0/segment-map.json`.
 */
export const validator: KieValidator<Request> = createValidator<Request>(modelId, (x: any, u: boolean): void=>{if(!(O(x)))R("",$type,"object");else{if(x.model===void 0)R("",$required,"model");if(x.input===void 0)R("",$required,"input");if(!u)for(const k in x)if(k!=="model"&&k!=="callBackUrl"&&k!=="input")R("",$additionalProperties,k,K0);{const v1=x.model;if(v1!==void 0){if(!(typeof v1=="string"))R("/model",$type,"string");else{if(v1!=="grok-imagine-image-2-0/segment-map")R("/model",$enum,A1);}}}{const v2=x.callBackUrl;if(v2!==void 0){if(!(typeof v2=="string"))R("/callBackUrl",$type,"string");else{if(!U(v2))R("/callBackUrl",$format,"uri");}}}{const v3=x.input;if(v3!==void 0){if(!(O(v3)))R("/input",$type,"object");if(((+t0(v3,u))+(+t1(v3,u)))!==1)R("/input",$oneOf,2);}}}});
export default validator;
