// This file is generated. Do not edit it by hand.
// Source: specs/market/gpt-image-2-5-sunburst-image-to-image.json
// Regenerate with: pnpm generate

import { createValidator, type KieValidator } from "../../validator.js";
import { R, O, U } from "../../runtime.js";
import { $additionalProperties, $enum, $format, $maxItems, $required, $type } from "../../issues.js";
import type { components } from "../types.gen.js";

/** The createTask body of `gpt-image-2-5-sunburst-image-to-image`. */
export type Request = components["schemas"]["GptImage25SunburstImageToImageRequest"];
/** The `input` object of `gpt-image-2-5-sunburst-image-to-image`. */
export type Input = components["schemas"]["GptImage25SunburstImageToImageInput"];

/** Model id this module validates. */
export const modelId = "gpt-image-2-5-sunburst-image-to-image";

const K0=["model","callBackUrl","input"];
const A1=["gpt-image-2-5-sunburst-image-to-image"];
const K2=["prompt","input_urls","aspect_ratio","resolution","background"];
const A3=["auto","1:1","3:2","2:3","4:3","3:4","16:9","9:16","21:9","27:16","16:27","9:8","8:9"];
const A4=["1K","2K","4K"];
const A5=["transparent","opaque","auto"];

/**
 * Validates a createTask body for `gpt-image-2-5-sunburst-image-to-image` (Standard Schema v1). Unknown fields are refused
 * unless `{ unknownFields: "allow" }` is passed to `validate`.
 * Spec: `@kie-market/specs/source/market/gpt-image-2-5-sunburst-image-to-image.json`.
 */
export const validator: KieValidator<Request> = createValidator<Request>(modelId, (x: any, u: boolean): void=>{if(!(O(x)))R("",$type,"object");else{if(x.model===void 0)R("",$required,"model");if(x.input===void 0)R("",$required,"input");if(!u)for(const k in x)if(k!=="model"&&k!=="callBackUrl"&&k!=="input")R("",$additionalProperties,k,K0);{const v1=x.model;if(v1!==void 0){if(!(typeof v1=="string"))R("/model",$type,"string");else{if(v1!=="gpt-image-2-5-sunburst-image-to-image")R("/model",$enum,A1);}}}{const v2=x.callBackUrl;if(v2!==void 0){if(!(typeof v2=="string"))R("/callBackUrl",$type,"string");else{if(!U(v2))R("/callBackUrl",$format,"uri");}}}{const v3=x.input;if(v3!==void 0){if(!(O(v3)))R("/input",$type,"object");else{if(v3.prompt===void 0)R("/input",$required,"prompt");if(v3.input_urls===void 0)R("/input",$required,"input_urls");if(!u)for(const k in v3)if(k!=="prompt"&&k!=="input_urls"&&k!=="aspect_ratio"&&k!=="resolution"&&k!=="background")R("/input",$additionalProperties,k,K2);{const v5=v3.prompt;if(v5!==void 0){if(!(typeof v5=="string"))R("/input/prompt",$type,"string");}}{const v6=v3.input_urls;if(v6!==void 0){if(!(Array.isArray(v6)))R("/input/input_urls",$type,"array");else{if(v6.length>16)R("/input/input_urls",$maxItems,16);for(let i7=0;i7<v6.length;i7++){const v7=v6[i7];if(!(typeof v7=="string"))R("/input/input_urls/"+i7,$type,"string");else{if(!U(v7))R("/input/input_urls/"+i7,$format,"uri");}}}}}{const v8=v3.aspect_ratio;if(v8!==void 0){if(!(typeof v8=="string"))R("/input/aspect_ratio",$type,"string");else{if(v8!=="auto"&&v8!=="1:1"&&v8!=="3:2"&&v8!=="2:3"&&v8!=="4:3"&&v8!=="3:4"&&v8!=="16:9"&&v8!=="9:16"&&v8!=="21:9"&&v8!=="27:16"&&v8!=="16:27"&&v8!=="9:8"&&v8!=="8:9")R("/input/aspect_ratio",$enum,A3);}}}{const v9=v3.resolution;if(v9!==void 0){if(!(typeof v9=="string"))R("/input/resolution",$type,"string");else{if(v9!=="1K"&&v9!=="2K"&&v9!=="4K")R("/input/resolution",$enum,A4);}}}{const v10=v3.background;if(v10!==void 0){if(!(typeof v10=="string"))R("/input/background",$type,"string");else{if(v10!=="transparent"&&v10!=="opaque"&&v10!=="auto")R("/input/background",$enum,A5);}}}}}}}});
export default validator;
