// This file is generated. Do not edit it by hand.
// Source: specs/market/ideogram/character-edit.json
// Regenerate with: pnpm generate

import { createValidator, type KieValidator } from "../../../validator.js";
import { R, O, L, U } from "../../../runtime.js";
import { $additionalProperties, $enum, $format, $maxLength, $required, $type } from "../../../issues.js";
import type { components } from "../../types.gen.js";

/** The createTask body of `ideogram/character-edit`. */
export type Request = components["schemas"]["IdeogramCharacterEditRequest"];
/** The `input` object of `ideogram/character-edit`. */
export type Input = components["schemas"]["IdeogramCharacterEditInput"];

/** Model id this module validates. */
export const modelId = "ideogram/character-edit";

const K0=["model","callBackUrl","input"];
const A1=["ideogram/character-edit"];
const K2=["prompt","image_url","mask_url","reference_image_urls","rendering_speed","style","expand_prompt","num_images","seed"];
const A3=["TURBO","BALANCED","QUALITY"];
const A4=["AUTO","REALISTIC","FICTION"];
const A5=["1","2","3","4"];

/**
 * Validates a createTask body for `ideogram/character-edit` (Standard Schema v1). Unknown fields are refused
 * unless `{ unknownFields: "allow" }` is passed to `validate`.
 * Spec: `@kie-market/specs/source/market/ideogram/character-edit.json`.
 */
export const validator: KieValidator<Request> = createValidator<Request>(modelId, (x: any, u: boolean): void=>{if(!(O(x)))R("",$type,"object");else{if(x.model===void 0)R("",$required,"model");if(x.input===void 0)R("",$required,"input");if(!u)for(const k in x)if(k!=="model"&&k!=="callBackUrl"&&k!=="input")R("",$additionalProperties,k,K0);{const v1=x.model;if(v1!==void 0){if(!(typeof v1=="string"))R("/model",$type,"string");else{if(v1!=="ideogram/character-edit")R("/model",$enum,A1);}}}{const v2=x.callBackUrl;if(v2!==void 0){if(!(typeof v2=="string"))R("/callBackUrl",$type,"string");else{if(!U(v2))R("/callBackUrl",$format,"uri");}}}{const v3=x.input;if(v3!==void 0){if(!(O(v3)))R("/input",$type,"object");else{if(v3.prompt===void 0)R("/input",$required,"prompt");if(v3.image_url===void 0)R("/input",$required,"image_url");if(v3.mask_url===void 0)R("/input",$required,"mask_url");if(v3.reference_image_urls===void 0)R("/input",$required,"reference_image_urls");if(!u)for(const k in v3)if(k!=="prompt"&&k!=="image_url"&&k!=="mask_url"&&k!=="reference_image_urls"&&k!=="rendering_speed"&&k!=="style"&&k!=="expand_prompt"&&k!=="num_images"&&k!=="seed")R("/input",$additionalProperties,k,K2);{const v5=v3.prompt;if(v5!==void 0){if(!(typeof v5=="string"))R("/input/prompt",$type,"string");else{if(v5.length>5000&&L(v5,5000))R("/input/prompt",$maxLength,5000);}}}{const v6=v3.image_url;if(v6!==void 0){if(!(typeof v6=="string"))R("/input/image_url",$type,"string");}}{const v7=v3.mask_url;if(v7!==void 0){if(!(typeof v7=="string"))R("/input/mask_url",$type,"string");}}{const v8=v3.reference_image_urls;if(v8!==void 0){if(!(Array.isArray(v8)))R("/input/reference_image_urls",$type,"array");else{for(let i9=0;i9<v8.length;i9++){const v9=v8[i9];if(!(typeof v9=="string"))R("/input/reference_image_urls/"+i9,$type,"string");else{if(!U(v9))R("/input/reference_image_urls/"+i9,$format,"uri");}}}}}{const v10=v3.rendering_speed;if(v10!==void 0){if(!(typeof v10=="string"))R("/input/rendering_speed",$type,"string");else{if(v10!=="TURBO"&&v10!=="BALANCED"&&v10!=="QUALITY")R("/input/rendering_speed",$enum,A3);}}}{const v11=v3.style;if(v11!==void 0){if(!(typeof v11=="string"))R("/input/style",$type,"string");else{if(v11!=="AUTO"&&v11!=="REALISTIC"&&v11!=="FICTION")R("/input/style",$enum,A4);}}}{const v12=v3.expand_prompt;if(v12!==void 0){if(!(typeof v12=="boolean"))R("/input/expand_prompt",$type,"boolean");}}{const v13=v3.num_images;if(v13!==void 0){if(!(typeof v13=="string"))R("/input/num_images",$type,"string");else{if(v13!=="1"&&v13!=="2"&&v13!=="3"&&v13!=="4")R("/input/num_images",$enum,A5);}}}{const v14=v3.seed;if(v14!==void 0){if(!(Number.isInteger(v14)))R("/input/seed",$type,"integer");}}}}}}});
export default validator;
