// This file is generated. Do not edit it by hand.
// Source: specs/market/ideogram/character-remix.json
// Regenerate with: pnpm generate

import { createValidator, type KieValidator } from "../../../validator.js";
import { R, O, L, U } from "../../../runtime.js";
import { $additionalProperties, $enum, $format, $maxLength, $maximum, $minimum, $required, $type } from "../../../issues.js";
import type { components } from "../../types.gen.js";

/** The createTask body of `ideogram/character-remix`. */
export type Request = components["schemas"]["IdeogramCharacterRemixRequest"];
/** The `input` object of `ideogram/character-remix`. */
export type Input = components["schemas"]["IdeogramCharacterRemixInput"];

/** Model id this module validates. */
export const modelId = "ideogram/character-remix";

const K0=["model","callBackUrl","input"];
const A1=["ideogram/character-remix"];
const K2=["prompt","image_url","reference_image_urls","rendering_speed","style","expand_prompt","image_size","num_images","seed","strength","negative_prompt","image_urls","reference_mask_urls"];
const A3=["TURBO","BALANCED","QUALITY"];
const A4=["AUTO","REALISTIC","FICTION"];
const A5=["square","square_hd","portrait_4_3","portrait_16_9","landscape_4_3","landscape_16_9"];
const A6=["1","2","3","4"];

/**
 * Validates a createTask body for `ideogram/character-remix` (Standard Schema v1). Unknown fields are refused
 * unless `{ unknownFields: "allow" }` is passed to `validate`.
 * Spec: `@kie-market/specs/source/market/ideogram/character-remix.json`.
 */
export const validator: KieValidator<Request> = createValidator<Request>(modelId, (x: any, u: boolean): void=>{if(!(O(x)))R("",$type,"object");else{if(x.model===void 0)R("",$required,"model");if(x.input===void 0)R("",$required,"input");if(!u)for(const k in x)if(k!=="model"&&k!=="callBackUrl"&&k!=="input")R("",$additionalProperties,k,K0);{const v1=x.model;if(v1!==void 0){if(!(typeof v1=="string"))R("/model",$type,"string");else{if(v1!=="ideogram/character-remix")R("/model",$enum,A1);}}}{const v2=x.callBackUrl;if(v2!==void 0){if(!(typeof v2=="string"))R("/callBackUrl",$type,"string");else{if(!U(v2))R("/callBackUrl",$format,"uri");}}}{const v3=x.input;if(v3!==void 0){if(!(O(v3)))R("/input",$type,"object");else{if(v3.prompt===void 0)R("/input",$required,"prompt");if(v3.image_url===void 0)R("/input",$required,"image_url");if(v3.reference_image_urls===void 0)R("/input",$required,"reference_image_urls");if(!u)for(const k in v3)if(k!=="prompt"&&k!=="image_url"&&k!=="reference_image_urls"&&k!=="rendering_speed"&&k!=="style"&&k!=="expand_prompt"&&k!=="image_size"&&k!=="num_images"&&k!=="seed"&&k!=="strength"&&k!=="negative_prompt"&&k!=="image_urls"&&k!=="reference_mask_urls")R("/input",$additionalProperties,k,K2);{const v5=v3.prompt;if(v5!==void 0){if(!(typeof v5=="string"))R("/input/prompt",$type,"string");else{if(v5.length>5000&&L(v5,5000))R("/input/prompt",$maxLength,5000);}}}{const v6=v3.image_url;if(v6!==void 0){if(!(typeof v6=="string"))R("/input/image_url",$type,"string");}}{const v7=v3.reference_image_urls;if(v7!==void 0){if(!(Array.isArray(v7)))R("/input/reference_image_urls",$type,"array");else{for(let i8=0;i8<v7.length;i8++){const v8=v7[i8];if(!(typeof v8=="string"))R("/input/reference_image_urls/"+i8,$type,"string");else{if(!U(v8))R("/input/reference_image_urls/"+i8,$format,"uri");}}}}}{const v9=v3.rendering_speed;if(v9!==void 0){if(!(typeof v9=="string"))R("/input/rendering_speed",$type,"string");else{if(v9!=="TURBO"&&v9!=="BALANCED"&&v9!=="QUALITY")R("/input/rendering_speed",$enum,A3);}}}{const v10=v3.style;if(v10!==void 0){if(!(typeof v10=="string"))R("/input/style",$type,"string");else{if(v10!=="AUTO"&&v10!=="REALISTIC"&&v10!=="FICTION")R("/input/style",$enum,A4);}}}{const v11=v3.expand_prompt;if(v11!==void 0){if(!(typeof v11=="boolean"))R("/input/expand_prompt",$type,"boolean");}}{const v12=v3.image_size;if(v12!==void 0){if(!(typeof v12=="string"))R("/input/image_size",$type,"string");else{if(v12!=="square"&&v12!=="square_hd"&&v12!=="portrait_4_3"&&v12!=="portrait_16_9"&&v12!=="landscape_4_3"&&v12!=="landscape_16_9")R("/input/image_size",$enum,A5);}}}{const v13=v3.num_images;if(v13!==void 0){if(!(typeof v13=="string"))R("/input/num_images",$type,"string");else{if(v13!=="1"&&v13!=="2"&&v13!=="3"&&v13!=="4")R("/input/num_images",$enum,A6);}}}{const v14=v3.seed;if(v14!==void 0){if(!(Number.isInteger(v14)))R("/input/seed",$type,"integer");}}{const v15=v3.strength;if(v15!==void 0){if(!(Number.isFinite(v15)))R("/input/strength",$type,"number");else{if(v15<0.1)R("/input/strength",$minimum,0.1);if(v15>1)R("/input/strength",$maximum,1);}}}{const v16=v3.negative_prompt;if(v16!==void 0){if(!(typeof v16=="string"))R("/input/negative_prompt",$type,"string");else{if(v16.length>500&&L(v16,500))R("/input/negative_prompt",$maxLength,500);}}}{const v17=v3.image_urls;if(v17!==void 0){if(!(Array.isArray(v17)))R("/input/image_urls",$type,"array");else{for(let i18=0;i18<v17.length;i18++){const v18=v17[i18];if(!(typeof v18=="string"))R("/input/image_urls/"+i18,$type,"string");else{if(!U(v18))R("/input/image_urls/"+i18,$format,"uri");}}}}}{const v19=v3.reference_mask_urls;if(v19!==void 0){if(!(typeof v19=="string"))R("/input/reference_mask_urls",$type,"string");}}}}}}});
export default validator;
