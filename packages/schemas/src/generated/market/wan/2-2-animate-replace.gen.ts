// This file is generated. Do not edit it by hand.
// Source: specs/market/wan/2-2-animate-replace.json
// Regenerate with: pnpm generate

import { createValidator, type KieValidator } from "../../../validator.js";
import { R, O, U } from "../../../runtime.js";
import { $additionalProperties, $enum, $format, $required, $type } from "../../../issues.js";
import type { components } from "../../types.gen.js";

/** The createTask body of `wan/2-2-animate-replace`. */
export type Request = components["schemas"]["Wan22AnimateReplaceRequest"];
/** The `input` object of `wan/2-2-animate-replace`. */
export type Input = components["schemas"]["Wan22AnimateReplaceInput"];

/** Model id this module validates. */
export const modelId = "wan/2-2-animate-replace";

const K0=["model","callBackUrl","input"];
const A1=["wan/2-2-animate-replace"];
const K2=["video_url","image_url","resolution","nsfw_checker"];
const A3=["480p","580p","720p"];

/**
 * Validates a createTask body for `wan/2-2-animate-replace` (Standard Schema v1). Unknown fields are refused
 * unless `{ unknownFields: "allow" }` is passed to `validate`.
 * Spec: `@kie-market/specs/source/market/wan/2-2-animate-replace.json`.
 */
export const validator: KieValidator<Request> = createValidator<Request>(modelId, (x: any, u: boolean): void=>{if(!(O(x)))R("",$type,"object");else{if(x.model===void 0)R("",$required,"model");if(x.input===void 0)R("",$required,"input");if(!u)for(const k in x)if(k!=="model"&&k!=="callBackUrl"&&k!=="input")R("",$additionalProperties,k,K0);{const v1=x.model;if(v1!==void 0){if(!(typeof v1=="string"))R("/model",$type,"string");else{if(v1!=="wan/2-2-animate-replace")R("/model",$enum,A1);}}}{const v2=x.callBackUrl;if(v2!==void 0){if(!(typeof v2=="string"))R("/callBackUrl",$type,"string");else{if(!U(v2))R("/callBackUrl",$format,"uri");}}}{const v3=x.input;if(v3!==void 0){if(!(O(v3)))R("/input",$type,"object");else{if(v3.video_url===void 0)R("/input",$required,"video_url");if(v3.image_url===void 0)R("/input",$required,"image_url");if(!u)for(const k in v3)if(k!=="video_url"&&k!=="image_url"&&k!=="resolution"&&k!=="nsfw_checker")R("/input",$additionalProperties,k,K2);{const v5=v3.video_url;if(v5!==void 0){if(!(typeof v5=="string"))R("/input/video_url",$type,"string");}}{const v6=v3.image_url;if(v6!==void 0){if(!(typeof v6=="string"))R("/input/image_url",$type,"string");}}{const v7=v3.resolution;if(v7!==void 0){if(!(typeof v7=="string"))R("/input/resolution",$type,"string");else{if(v7!=="480p"&&v7!=="580p"&&v7!=="720p")R("/input/resolution",$enum,A3);}}}{const v8=v3.nsfw_checker;if(v8!==void 0){if(!(typeof v8=="boolean"))R("/input/nsfw_checker",$type,"boolean");}}}}}}});
export default validator;
