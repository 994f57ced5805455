import type { ValidationIssue } from "@kie-market/schemas";

/** What every error of this client carries. None of them ever holds the API key. */
export interface KieErrorDetails {
  /** HTTP status, when a response arrived. */
  status?: number;
  /** Envelope `code` (authoritative even when HTTP says 200). */
  code?: number;
  /** The task concerned, when known. */
  taskId?: string;
  /** The response body as received (parsed JSON, or text when it was not JSON). */
  body?: unknown;
  cause?: unknown;
}

/** Base class of every error this client throws. */
export class KieError extends Error {
  override name = "KieError";
  readonly status?: number;
  readonly code?: number;
  readonly taskId?: string;
  readonly body?: unknown;

  constructor(message: string, details: KieErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.status = details.status;
    this.code = details.code;
    this.taskId = details.taskId;
    this.body = details.body;
  }

  toJSON() {
    return { name: this.name, message: this.message, status: this.status, code: this.code, taskId: this.taskId, body: this.body };
  }
}

/** The API answered with an error envelope code (or an error HTTP status). */
export class ApiError extends KieError {
  override name = "ApiError";
  /** From `Retry-After`, when the server sent one (429, 455). */
  readonly retryAfterMs?: number;
  constructor(message: string, details: KieErrorDetails & { retryAfterMs?: number } = {}) {
    super(message, details);
    this.retryAfterMs = details.retryAfterMs;
  }
}

/** 400: a request parameter is missing or malformed. */
export class BadRequestError extends ApiError {
  override name = "BadRequestError";
}
/** 401: the API key is missing or invalid. */
export class AuthenticationError extends ApiError {
  override name = "AuthenticationError";
}
/** 402: the account does not have enough credits. */
export class InsufficientCreditsError extends ApiError {
  override name = "InsufficientCreditsError";
}
/** 404: the task (or resource) does not exist. Shortly after create this can mean "not visible yet". */
export class NotFoundError extends ApiError {
  override name = "NotFoundError";
}
/** 408: upstream returned no result in time; on recordInfo the task is finished and failed. */
export class UpstreamTimeoutError extends ApiError {
  override name = "UpstreamTimeoutError";
}
/** 422: the server refused the parameters (the local validators let them through). */
export class ServerValidationError extends ApiError {
  override name = "ServerValidationError";
}
/** 429: rate limited. Upstream does not queue refused requests. */
export class RateLimitError extends ApiError {
  override name = "RateLimitError";
}
/** 433: the sub-key's usage limit is exceeded. */
export class SubKeyLimitError extends ApiError {
  override name = "SubKeyLimitError";
}
/** 455: the service is under maintenance. */
export class MaintenanceError extends ApiError {
  override name = "MaintenanceError";
}
/** 500 (or another 5xx): a server error. */
export class ServerError extends ApiError {
  override name = "ServerError";
}
/** 501: generation failed. */
export class GenerationFailedError extends ApiError {
  override name = "GenerationFailedError";
}
/** 505: the feature is disabled. */
export class FeatureDisabledError extends ApiError {
  override name = "FeatureDisabledError";
}
/** A response that is not the API's JSON envelope: an HTML error page, truncated JSON, an empty body. */
export class UnexpectedResponseError extends ApiError {
  override name = "UnexpectedResponseError";
}

/** The input was refused locally, before any request: nothing was sent and no credit spent. */
export class InputValidationError extends KieError {
  override name = "InputValidationError";
  /** Every violation, each naming its path, rule and allowed values. */
  readonly issues: readonly ValidationIssue[];
  constructor(model: string, issues: readonly ValidationIssue[]) {
    super(`Invalid input for ${model} (nothing was sent):\n${issues.map((issue) => `  - ${issue.message}`).join("\n")}`, {});
    this.issues = issues;
  }
  override toJSON() {
    return { ...super.toJSON(), issues: this.issues };
  }
}

/** The task finished in state `fail` (or recordInfo reported it failed with 501/408). */
export class TaskFailedError extends KieError {
  override name = "TaskFailedError";
  readonly failCode?: string;
  readonly failMsg?: string;
  /** The final task record, when one was read. */
  readonly record?: unknown;
  constructor(taskId: string, details: { failCode?: string; failMsg?: string; record?: unknown; code?: number; body?: unknown }) {
    super(`Task ${taskId} failed${details.failCode ? ` (${details.failCode})` : ""}: ${details.failMsg ?? "no reason given"}`, {
      taskId,
      code: details.code,
      body: details.body,
    });
    this.failCode = details.failCode;
    this.failMsg = details.failMsg;
    this.record = details.record;
  }
  override toJSON() {
    return { ...super.toJSON(), failCode: this.failCode, failMsg: this.failMsg };
  }
}

/** The wait ran out of time. The task was not cancelled and no new task was created: wait again with its id. */
export class WaitTimeoutError extends KieError {
  override name = "WaitTimeoutError";
  /** The last record read before giving up, if any. */
  readonly lastRecord?: unknown;
  /** The last failed read (an outage, a 5xx...), if the wait saw one since its last good read. */
  readonly lastError?: KieError;
  readonly timeoutMs: number;
  constructor(taskId: string, timeoutMs: number, lastRecord: unknown, lastError?: KieError) {
    const state = (lastRecord as { state?: string; rawState?: string } | undefined)?.state;
    const seen = [`last state: ${state ?? "never read"}`, ...(lastError ? [`last error: ${lastError.message}`] : [])].join("; ");
    super(
      `Gave up waiting for task ${taskId} after ${timeoutMs} ms (${seen}). The task exists and may still finish: resume with tasks.wait("${taskId}").`,
      { taskId, cause: lastError },
    );
    this.timeoutMs = timeoutMs;
    this.lastRecord = lastRecord;
    this.lastError = lastError;
  }
}

/** The request could not be completed over the network. */
export class ConnectionError extends KieError {
  override name = "ConnectionError";
  /**
   * True when the server may have received (and, for createTask, billed) the request: a reset or a
   * timeout after sending. False when the connection failed before anything was sent.
   */
  readonly maybeProcessed: boolean;
  constructor(message: string, details: KieErrorDetails & { maybeProcessed: boolean }) {
    super(message, details);
    this.maybeProcessed = details.maybeProcessed;
  }
}

/** The caller's `AbortSignal` fired. */
export class AbortError extends KieError {
  override name = "AbortError";
  /**
   * For createTask: true when the request may already have reached the server (the task may exist and
   * be billed), false when it surely did not. Undefined for other calls.
   */
  readonly maybeProcessed?: boolean;
  constructor(message: string, details: KieErrorDetails & { maybeProcessed?: boolean } = {}) {
    super(message, details);
    this.maybeProcessed = details.maybeProcessed;
  }
}

/** A callback was refused: missing or wrong signature, stale timestamp, a body too large, or a body without a task id. */
export class CallbackVerificationError extends KieError {
  override name = "CallbackVerificationError";
  readonly reason: "missing-signature" | "bad-signature" | "stale" | "no-task-id" | "bad-body" | "too-large";
  constructor(reason: CallbackVerificationError["reason"], message: string, taskId?: string) {
    super(message, { taskId, status: 401 });
    this.reason = reason;
  }
}

type ApiErrorClass = new (message: string, details: KieErrorDetails & { retryAfterMs?: number }) => ApiError;
const BY_CODE: Record<number, ApiErrorClass> = {
  400: BadRequestError,
  401: AuthenticationError,
  402: InsufficientCreditsError,
  404: NotFoundError,
  408: UpstreamTimeoutError,
  422: ServerValidationError,
  429: RateLimitError,
  433: SubKeyLimitError,
  455: MaintenanceError,
  500: ServerError,
  501: GenerationFailedError,
  505: FeatureDisabledError,
};

/** The error class for an envelope code (or HTTP status, when there is no envelope). */
export function errorForCode(code: number, message: string, details: KieErrorDetails & { retryAfterMs?: number }): ApiError {
  const ErrorClass = BY_CODE[code] ?? (code >= 500 ? ServerError : ApiError);
  return new ErrorClass(message, details);
}

/** The client was configured wrongly (no API key, a plain-http URL off loopback, a bad option). */
export class ConfigurationError extends KieError {
  override name = "ConfigurationError";
}
