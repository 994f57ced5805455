// This file is generated. Do not edit it by hand.
// Source: specs/market/ideogram/v3-remix.json
// Regenerate with: pnpm generate

import { createValidator, type KieValidator } from "../../../validator.js";
import { R, O, L, U } from "../../../runtime.js";
import { $additionalProperties, $enum, $format, $maxLength, $maximum, $minimum, $required, $type } from "../../../issues.js";
import type { components } from "../../types.gen.js";

/** The createTask body of `ideogram/v3-remix`. */
export type Request = components["schemas"]["IdeogramV3RemixRequest"];
/** The `input` object of `ideogram/v3-remix`. */
export type Input = components["schemas"]["IdeogramV3RemixInput"];

/** Model id this module validates. */
export const modelId = "ideogram/v3-remix";

const K0=["model","callBackUrl","input"];
const A1=["ideogram/v3-remix"];
const K2=["prompt","image_url","rendering_speed","style","expand_prompt","image_size","num_images","seed","strength","negative_prompt"];
const A3=["TURBO","BALANCED","QUALITY"];
const A4=["AUTO","GENERAL","REALISTIC","DESIGN"];
const A5=["square","square_hd","portrait_4_3","portrait_16_9","landscape_4_3","landscape_16_9"];
const A6=["1","2","3","4"];

/**
 * Validates a createTask body for `ideogram/v3-remix` (Standard Schema v1). Unknown fields are refused
 * unless `{ unknownFields: "allow" }` is passed to `validate`.
 * Spec: `@kie-market/specs/source/market/ideogram/v3-remix.json`.
 */
export const validator: KieValidator<Request> = createValidator<Request>(modelId, (x: any, u: boolean): void=>{if(!(O(x)))R("",$type,"object");else{if(x.model===void 0)R("",$required,"model");if(x.input===void 0)R("",$required,"input");if(!u)for(const k in x)if(k!=="model"&&k!=="callBackUrl"&&k!=="input")R("",$additionalProperties,k,K0);{const v1=x.model;if(v1!==void 0){if(!(typeof v1=="string"))R("/model",$type,"string");else{if(v1!=="ideogram/v3-remix")R("/model",$enum,A1);}}}{const v2=x.callBackUrl;if(v2!==void 0){if(!(typeof v2=="string"))R("/callBackUrl",$type,"string");else{if(!U(v2))R("/callBackUrl",$format,"uri");}}}{const v3=x.input;if(v3!==void 0){if(!(O(v3)))R("/input",$type,"object");else{if(v3.prompt===void 0)R("/input",$required,"prompt");if(v3.image_url===void 0)R("/input",$required,"image_url");if(!u)for(const k in v3)if(k!=="prompt"&&k!=="image_url"&&k!=="rendering_speed"&&k!=="style"&&k!=="expand_prompt"&&k!=="image_size"&&k!=="num_images"&&k!=="seed"&&k!=="strength"&&k!=="negative_prompt")R("/input",$additionalProperties,k,K2);{const v5=v3.prompt;if(v5!==void 0){if(!(typeof v5=="string"))R("/input/prompt",$type,"string");else{if(v5.length>5000&&L(v5,5000))R("/input/prompt",$maxLength,5000);}}}{const v6=v3.image_url;if(v6!==void 0){if(!(typeof v6=="string"))R("/input/image_url",$type,"string");else{if(!U(v6))R("/input/image_url",$format,"uri");}}}{const v7=v3.rendering_speed;if(v7!==void 0){if(!(typeof v7=="string"))R("/input/rendering_speed",$type,"string");else{if(v7!=="TURBO"&&v7!=="BALANCED"&&v7!=="QUALITY")R("/input/rendering_speed",$enum,A3);}}}{const v8=v3.style;if(v8!==void 0){if(!(typeof v8=="string"))R("/input/style",$type,"string");else{if(v8!=="AUTO"&&v8!=="GENERAL"&&v8!=="REALISTIC"&&v8!=="DESIGN")R("/input/style",$enum,A4);}}}{const v9=v3.expand_prompt;if(v9!==void 0){if(!(typeof v9=="boolean"))R("/input/expand_prompt",$type,"boolean");}}{const v10=v3.image_size;if(v10!==void 0){if(!(typeof v10=="string"))R("/input/image_size",$type,"string");else{if(v10!=="square"&&v10!=="square_hd"&&v10!=="portrait_4_3"&&v10!=="portrait_16_9"&&v10!=="landscape_4_3"&&v10!=="landscape_16_9")R("/input/image_size",$enum,A5);}}}{const v11=v3.num_images;if(v11!==void 0){if(!(typeof v11=="string"))R("/input/num_images",$type,"string");else{if(v11!=="1"&&v11!=="2"&&v11!=="3"&&v11!=="4")R("/input/num_images",$enum,A6);}}}{const v12=v3.seed;if(v12!==void 0){if(!(Number.isInteger(v12)))R("/input/seed",$type,"integer");}}{const v13=v3.strength;if(v13!==void 0){if(!(Number.isFinite(v13)))R("/input/strength",$type,"number");else{if(v13<0.01)R("/input/strength",$minimum,0.01);if(v13>1)R("/input/strength",$maximum,1);}}}{const v14=v3.negative_prompt;if(v14!==void 0){if(!(typeof v14=="string"))R("/input/negative_prompt",$type,"string");else{if(v14.length>5000&&L(v14,5000))R("/input/negative_prompt",$maxLength,5000);}}}}}}}});
export default validator;
