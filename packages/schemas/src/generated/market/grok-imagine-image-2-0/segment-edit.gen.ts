// This file is generated. Do not edit it by hand.
// Source: specs/market/grok-imagine-image-2-0/segment-edit.json
// Regenerate with: pnpm generate

import { createValidator, type KieValidator } from "../../../validator.js";
import { R, O, U } from "../../../runtime.js";
import { $additionalProperties, $enum, $format, $minItems, $minimum, $required, $type } from "../../../issues.js";
import type { components } from "../../types.gen.js";

/** The createTask body of `grok-imagine-image-2-0/segment-edit`. */
export type Request = components["schemas"]["GrokImagineImage20SegmentEditRequest"];
/** The `input` object of `grok-imagine-image-2-0/segment-edit`. */
export type Input = components["schemas"]["GrokImagineImage20SegmentEditInput"];

/** Model id this module validates. */
export const modelId = "grok-imagine-image-2-0/segment-edit";

const K0=["model","callBackUrl","input"];
const A1=["grok-imagine-image-2-0/segment-edit"];
const K2=["prompt","task_id","mask_indexs"];

/**
 * Validates a createTask body for `grok-imagine-image-2-0/segment-edit` (Standard Schema v1). Unknown fields are refused
 * unless `{ unknownFields: "allow" }` is passed to `validate`.
 * Spec: `@kie-market/specs/source/market/grok-imagine-image-2-0/segment-edit.json`.
 */
export const validator: KieValidator<Request> = createValidator<Request>(modelId, (x: any, u: boolean): void=>{if(!(O(x)))R("",$type,"object");else{if(x.model===void 0)R("",$required,"model");if(x.input===void 0)R("",$required,"input");if(!u)for(const k in x)if(k!=="model"&&k!=="callBackUrl"&&k!=="input")R("",$additionalProperties,k,K0);{const v1=x.model;if(v1!==void 0){if(!(typeof v1=="string"))R("/model",$type,"string");else{if(v1!=="grok-imagine-image-2-0/segment-edit")R("/model",$enum,A1);}}}{const v2=x.callBackUrl;if(v2!==void 0){if(!(typeof v2=="string"))R("/callBackUrl",$type,"string");else{if(!U(v2))R("/callBackUrl",$format,"uri");}}}{const v3=x.input;if(v3!==void 0){if(!(O(v3)))R("/input",$type,"object");else{if(v3.prompt===void 0)R("/input",$required,"prompt");if(v3.task_id===void 0)R("/input",$required,"task_id");if(!u)for(const k in v3)if(k!=="prompt"&&k!=="task_id"&&k!=="mask_indexs")R("/input",$additionalProperties,k,K2);{const v5=v3.prompt;if(v5!==void 0){if(!(typeof v5=="string"))R("/input/prompt",$type,"string");}}{const v6=v3.task_id;if(v6!==void 0){if(!(typeof v6=="string"))R("/input/task_id",$type,"string");}}{const v7=v3.mask_indexs;if(v7!==void 0){if(!(Array.isArray(v7)))R("/input/mask_indexs",$type,"array");else{if(v7.length<1)R("/input/mask_indexs",$minItems,1);for(let i8=0;i8<v7.length;i8++){const v8=v7[i8];if(!(Number.isInteger(v8)))R("/input/mask_indexs/"+i8,$type,"integer");else{if(v8<1)R("/input/mask_indexs/"+i8,$minimum,1);}}}}}}}}}});
export default validator;
