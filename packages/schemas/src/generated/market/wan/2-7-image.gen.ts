// This file is generated. Do not edit it by hand.
// Source: specs/market/wan/2-7-image.json
// Regenerate with: pnpm generate

import { createValidator, type KieValidator } from "../../../validator.js";
import { R, O, L, U } from "../../../runtime.js";
import { $additionalProperties, $enum, $format, $maxItems, $maxLength, $maximum, $minItems, $minimum, $pattern, $required, $type } from "../../../issues.js";
import type { components } from "../../types.gen.js";

/** The createTask body of `wan/2-7-image`. */
export type Request = components["schemas"]["Wan27ImageRequest"];
/** The `input` object of `wan/2-7-image`. */
export type Input = components["schemas"]["Wan27ImageInput"];

/** Model id this module validates. */
export const modelId = "wan/2-7-image";

const K0=["model","callBackUrl","input"];
const A1=["wan/2-7-image"];
const K2=["prompt","input_urls","aspect_ratio","enable_sequential","n","resolution","thinking_mode","color_palette","bbox_list","watermark","seed","nsfw_checker"];
const A3=["1:1","16:9","4:3","21:9","3:4","9:16","8:1","1:8"];
const A4=["1K","2K","4K"];
const P5=new RegExp("^#[0-9A-Fa-f]{6}$","u");
const P6=new RegExp("^\\d{1,3}\\.\\d{2}%$","u");

/**
 * Validates a createTask body for `wan/2-7-image` (Standard Schema v1). Unknown fields are refused
 * unless `{ unknownFields: "allow" }` is passed to `validate`.
 * Spec: `@kie-market/specs/source/market/wan/2-7-image.json`.
 */
export const validator: KieValidator<Request> = createValidator<Request>(modelId, (x: any, u: boolean): void=>{if(!(O(x)))R("",$type,"object");else{if(x.model===void 0)R("",$required,"model");if(x.input===void 0)R("",$required,"input");if(!u)for(const k in x)if(k!=="model"&&k!=="callBackUrl"&&k!=="input")R("",$additionalProperties,k,K0);{const v1=x.model;if(v1!==void 0){if(!(typeof v1=="string"))R("/model",$type,"string");else{if(v1!=="wan/2-7-image")R("/model",$enum,A1);}}}{const v2=x.callBackUrl;if(v2!==void 0){if(!(typeof v2=="string"))R("/callBackUrl",$type,"string");else{if(!U(v2))R("/callBackUrl",$format,"uri");}}}{const v3=x.input;if(v3!==void 0){if(!(O(v3)))R("/input",$type,"object");else{if(v3.prompt===void 0)R("/input",$required,"prompt");if(!u)for(const k in v3)if(k!=="prompt"&&k!=="input_urls"&&k!=="aspect_ratio"&&k!=="enable_sequential"&&k!=="n"&&k!=="resolution"&&k!=="thinking_mode"&&k!=="color_palette"&&k!=="bbox_list"&&k!=="watermark"&&k!=="seed"&&k!=="nsfw_checker")R("/input",$additionalProperties,k,K2);{const v5=v3.prompt;if(v5!==void 0){if(!(typeof v5=="string"))R("/input/prompt",$type,"string");else{if(v5.length>5000&&L(v5,5000))R("/input/prompt",$maxLength,5000);}}}{const v6=v3.input_urls;if(v6!==void 0){if(!(Array.isArray(v6)))R("/input/input_urls",$type,"array");else{if(v6.length>9)R("/input/input_urls",$maxItems,9);for(let i7=0;i7<v6.length;i7++){const v7=v6[i7];if(!(typeof v7=="string"))R("/input/input_urls/"+i7,$type,"string");else{if(!U(v7))R("/input/input_urls/"+i7,$format,"uri");}}}}}{const v8=v3.aspect_ratio;if(v8!==void 0){if(!(typeof v8=="string"))R("/input/aspect_ratio",$type,"string");else{if(v8!=="1:1"&&v8!=="16:9"&&v8!=="4:3"&&v8!=="21:9"&&v8!=="3:4"&&v8!=="9:16"&&v8!=="8:1"&&v8!=="1:8")R("/input/aspect_ratio",$enum,A3);}}}{const v9=v3.enable_sequential;if(v9!==void 0){if(!(typeof v9=="boolean"))R("/input/enable_sequential",$type,"boolean");}}{const v10=v3.n;if(v10!==void 0){if(!(Number.isInteger(v10)))R("/input/n",$type,"integer");}}{const v11=v3.resolution;if(v11!==void 0){if(!(typeof v11=="string"))R("/input/resolution",$type,"string");else{if(v11!=="1K"&&v11!=="2K"&&v11!=="4K")R("/input/resolution",$enum,A4);}}}{const v12=v3.thinking_mode;if(v12!==void 0){if(!(typeof v12=="boolean"))R("/input/thinking_mode",$type,"boolean");}}{const v13=v3.color_palette;if(v13!==void 0){if(!(Array.isArray(v13)))R("/input/color_palette",$type,"array");else{if(v13.length<3)R("/input/color_palette",$minItems,3);if(v13.length>10)R("/input/color_palette",$maxItems,10);for(let i14=0;i14<v13.length;i14++){const v14=v13[i14];if(!(O(v14)))R("/input/color_palette/"+i14,$type,"object");else{if(v14.hex===void 0)R("/input/color_palette/"+i14,$required,"hex");if(v14.ratio===void 0)R("/input/color_palette/"+i14,$required,"ratio");{const v15=v14.hex;if(v15!==void 0){if(!(typeof v15=="string"))R("/input/color_palette/"+i14+"/hex",$type,"string");else{if(!P5.test(v15))R("/input/color_palette/"+i14+"/hex",$pattern,"^#[0-9A-Fa-f]{6}$");}}}{const v16=v14.ratio;if(v16!==void 0){if(!(typeof v16=="string"))R("/input/color_palette/"+i14+"/ratio",$type,"string");else{if(!P6.test(v16))R("/input/color_palette/"+i14+"/ratio",$pattern,"^\\d{1,3}\\.\\d{2}%$");}}}}}}}}{const v17=v3.bbox_list;if(v17!==void 0){if(!(Array.isArray(v17)))R("/input/bbox_list",$type,"array");else{for(let i18=0;i18<v17.length;i18++){const v18=v17[i18];if(!(Array.isArray(v18)))R("/input/bbox_list/"+i18,$type,"array");else{if(v18.length>2)R("/input/bbox_list/"+i18,$maxItems,2);for(let i19=0;i19<v18.length;i19++){const v19=v18[i19];if(!(Array.isArray(v19)))R("/input/bbox_list/"+i18+"/"+i19,$type,"array");else{if(v19.length<4)R("/input/bbox_list/"+i18+"/"+i19,$minItems,4);if(v19.length>4)R("/input/bbox_list/"+i18+"/"+i19,$maxItems,4);for(let i20=0;i20<v19.length;i20++){const v20=v19[i20];if(!(Number.isInteger(v20)))R("/input/bbox_list/"+i18+"/"+i19+"/"+i20,$type,"integer");}}}}}}}}{const v21=v3.watermark;if(v21!==void 0){if(!(typeof v21=="boolean"))R("/input/watermark",$type,"boolean");}}{const v22=v3.seed;if(v22!==void 0){if(!(Number.isInteger(v22)))R("/input/seed",$type,"integer");else{if(v22<0)R("/input/seed",$minimum,0);if(v22>2147483647)R("/input/seed",$maximum,2147483647);}}}{const v23=v3.nsfw_checker;if(v23!==void 0){if(!(typeof v23=="boolean"))R("/input/nsfw_checker",$type,"boolean");}}}}}}});
export default validator;
