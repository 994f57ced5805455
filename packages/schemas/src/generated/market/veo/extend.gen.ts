// This file is generated. Do not edit it by hand.
// Source: specs/market/veo/extend.json
// Regenerate with: pnpm generate

import { createValidator, type KieValidator } from "../../../validator.js";
import { R, O, U } from "../../../runtime.js";
import { $additionalProperties, $enum, $format, $maximum, $minimum, $required, $type } from "../../../issues.js";
import type { components } from "../../types.gen.js";

/** The createTask body of `veo/extend`. */
export type Request = components["schemas"]["VeoExtendRequest"];
/** The `input` object of `veo/extend`. */
export type Input = components["schemas"]["VeoExtendInput"];

/** Model id this module validates. */
export const modelId = "veo/extend";

const K0=["model","callBackUrl","input"];
const A1=["veo/extend"];
const K2=["task_id","prompt","seeds","watermark"];

/**
 * Validates a createTask body for `veo/extend` (Standard Schema v1). Unknown fields are refused
 * unless `{ unknownFields: "allow" }` is passed to `validate`.
 * Spec: `@kie-market/specs/source/market/veo/extend.json`.
 */
export const validator: KieValidator<Request> = createValidator<Request>(modelId, (x: any, u: boolean): void=>{if(!(O(x)))R("",$type,"object");else{if(x.model===void 0)R("",$required,"model");if(x.input===void 0)R("",$required,"input");if(!u)for(const k in x)if(k!=="model"&&k!=="callBackUrl"&&k!=="input")R("",$additionalProperties,k,K0);{const v1=x.model;if(v1!==void 0){if(!(typeof v1=="string"))R("/model",$type,"string");else{if(v1!=="veo/extend")R("/model",$enum,A1);}}}{const v2=x.callBackUrl;if(v2!==void 0){if(!(typeof v2=="string"))R("/callBackUrl",$type,"string");else{if(!U(v2))R("/callBackUrl",$format,"uri");}}}{const v3=x.input;if(v3!==void 0){if(!(O(v3)))R("/input",$type,"object");else{if(v3.task_id===void 0)R("/input",$required,"task_id");if(v3.prompt===void 0)R("/input",$required,"prompt");if(!u)for(const k in v3)if(k!=="task_id"&&k!=="prompt"&&k!=="seeds"&&k!=="watermark")R("/input",$additionalProperties,k,K2);{const v5=v3.task_id;if(v5!==void 0){if(!(typeof v5=="string"))R("/input/task_id",$type,"string");}}{const v6=v3.prompt;if(v6!==void 0){if(!(typeof v6=="string"))R("/input/prompt",$type,"string");}}{const v7=v3.seeds;if(v7!==void 0){if(!(Number.isInteger(v7)))R("/input/seeds",$type,"integer");else{if(v7<10000)R("/input/seeds",$minimum,10000);if(v7>99999)R("/input/seeds",$maximum,99999);}}}{const v8=v3.watermark;if(v8!==void 0){if(!(typeof v8=="string"))R("/input/watermark",$type,"string");}}}}}}});
export default validator;
