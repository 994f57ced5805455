// This file is generated. Do not edit it by hand.
// Source: specs/common/callbacks.json, specs/common/credits.json, specs/common/download-url.json, specs/common/envelope.json, specs/common/files.json, specs/common/record-info.json
// Regenerate with: pnpm generate

import { createValidator, type KieValidator } from "../validator.js";
import * as raw from "./responses.ajv.gen.js";
import type { components } from "./types.gen.js";

/** Validates `components.schemas.Base64UploadRequest`. */
export const base64UploadRequest: KieValidator<components["schemas"]["Base64UploadRequest"]> = createValidator("Base64UploadRequest", raw.validateBase64UploadRequest, {"knownFields":{"#":["base64Data","uploadPath","fileName"]},"messages":{}});

/** Validates `components.schemas.CreateTaskResponse`. */
export const createTaskResponse: KieValidator<components["schemas"]["CreateTaskResponse"]> = createValidator("CreateTaskResponse", raw.validateCreateTaskResponse, {"knownFields":{},"messages":{}});

/** Validates `components.schemas.CreditsResponse`. */
export const creditsResponse: KieValidator<components["schemas"]["CreditsResponse"]> = createValidator("CreditsResponse", raw.validateCreditsResponse, {"knownFields":{},"messages":{}});

/** Validates `components.schemas.DownloadUrlRequest`. */
export const downloadUrlRequest: KieValidator<components["schemas"]["DownloadUrlRequest"]> = createValidator("DownloadUrlRequest", raw.validateDownloadUrlRequest, {"knownFields":{"#":["url"]},"messages":{}});

/** Validates `components.schemas.DownloadUrlResponse`. */
export const downloadUrlResponse: KieValidator<components["schemas"]["DownloadUrlResponse"]> = createValidator("DownloadUrlResponse", raw.validateDownloadUrlResponse, {"knownFields":{},"messages":{}});

/** Validates `components.schemas.ErrorEnvelope`. */
export const errorEnvelope: KieValidator<components["schemas"]["ErrorEnvelope"]> = createValidator("ErrorEnvelope", raw.validateErrorEnvelope, {"knownFields":{},"messages":{}});

/** Validates `components.schemas.RecordInfoResponse`. */
export const recordInfoResponse: KieValidator<components["schemas"]["RecordInfoResponse"]> = createValidator("RecordInfoResponse", raw.validateRecordInfoResponse, {"knownFields":{},"messages":{}});

/** Validates `components.schemas.StreamUploadRequest`. */
export const streamUploadRequest: KieValidator<components["schemas"]["StreamUploadRequest"]> = createValidator("StreamUploadRequest", raw.validateStreamUploadRequest, {"knownFields":{},"messages":{}});

/** Validates `components.schemas.TaskCallback`. */
export const taskCallback: KieValidator<components["schemas"]["TaskCallback"]> = createValidator("TaskCallback", raw.validateTaskCallback, {"knownFields":{},"messages":{}});

/** Validates `components.schemas.TaskCallbackData`. */
export const taskCallbackData: KieValidator<components["schemas"]["TaskCallbackData"]> = createValidator("TaskCallbackData", raw.validateTaskCallbackData, {"knownFields":{},"messages":{}});

/** Validates `components.schemas.TaskRecord`. */
export const taskRecord: KieValidator<components["schemas"]["TaskRecord"]> = createValidator("TaskRecord", raw.validateTaskRecord, {"knownFields":{},"messages":{}});

/** Validates `components.schemas.UploadError`. */
export const uploadError: KieValidator<components["schemas"]["UploadError"]> = createValidator("UploadError", raw.validateUploadError, {"knownFields":{},"messages":{}});

/** Validates `components.schemas.UploadResponse`. */
export const uploadResponse: KieValidator<components["schemas"]["UploadResponse"]> = createValidator("UploadResponse", raw.validateUploadResponse, {"knownFields":{},"messages":{}});

/** Validates `components.schemas.UploadedFile`. */
export const uploadedFile: KieValidator<components["schemas"]["UploadedFile"]> = createValidator("UploadedFile", raw.validateUploadedFile, {"knownFields":{},"messages":{}});

/** Validates `components.schemas.UrlUploadRequest`. */
export const urlUploadRequest: KieValidator<components["schemas"]["UrlUploadRequest"]> = createValidator("UrlUploadRequest", raw.validateUrlUploadRequest, {"knownFields":{"#":["fileUrl","uploadPath","fileName"]},"messages":{}});
