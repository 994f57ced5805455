import type { ValidationIssue } from "@kie-market/schemas";
import type { FailedTaskRecord, SuccessTaskRecord, TaskRecord } from "./record.js";

/**
 * What an error carries besides its message. Every class of this client is built the same way,
 * `new XError(message, details)`, and none of them ever holds the API key.
 */
export interface KieErrorDetails {
  /** HTTP status, when a response arrived. */
  status?: number;
  /** The API's envelope `code` (authoritative even when HTTP says 200), when one arrived. */
  apiCode?: number;
  /** The task concerned, when known. */
  taskId?: string;
  /** The response body as received (parsed JSON, or text when it was not JSON). */
  body?: unknown;
  cause?: unknown;
  /** Whether the same request may succeed if repeated, without risk of paying twice. Defaults per class. */
  retryable?: boolean;
}

/** Base class of every error this client throws. `code` names the class's case; switch on it or use `instanceof`. */
export class KieError extends Error {
  override name = "KieError";
  readonly code: string = "kie_error";
  readonly status?: number;
  readonly apiCode?: number;
  readonly taskId?: string;
  readonly body?: unknown;
  /**
   * Whether repeating the same request may succeed, without risk of paying twice: refusals that did
   * nothing (429, 455, a connection that never opened) and failed reads. The client's own retries already
   * did this as often as its `retry` options allow.
   */
  readonly retryable: boolean;

  constructor(message: string, details: KieErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.status = details.status;
    this.apiCode = details.apiCode;
    this.taskId = details.taskId;
    this.body = details.body;
    this.retryable = details.retryable ?? false;
  }

  toJSON() {
    const { name, code, message, status, apiCode, taskId, body, retryable } = this;
    return { name, code, message, status, apiCode, taskId, body, retryable };
  }
}

/** Details of an {@link ApiError}. */
export interface ApiErrorDetails extends KieErrorDetails {
  /** From `Retry-After`, when the server sent one (429, 455). */
  retryAfterMs?: number;
}

/** The API answered with an error envelope code (or an error HTTP status). */
export class ApiError extends KieError {
  override name = "ApiError";
  override readonly code: string = "api_error";
  /** From `Retry-After`, when the server sent one (429, 455). */
  readonly retryAfterMs?: number;
  constructor(message: string, details: ApiErrorDetails = {}) {
    super(message, details);
    this.retryAfterMs = details.retryAfterMs;
  }
}

/** 400: a request parameter is missing or malformed. */
export class BadRequestError extends ApiError {
  override name = "BadRequestError";
  override readonly code = "bad_request";
}
/** 401: the API key is missing or invalid. */
export class AuthenticationError extends ApiError {
  override name = "AuthenticationError";
  override readonly code = "unauthorized";
}
/** 402: the account does not have enough credits. */
export class InsufficientCreditsError extends ApiError {
  override name = "InsufficientCreditsError";
  override readonly code = "insufficient_credits";
}
/** 404: the task (or resource) does not exist. Shortly after create this can mean "not visible yet". */
export class NotFoundError extends ApiError {
  override name = "NotFoundError";
  override readonly code = "not_found";
}
/** 408 outside recordInfo: upstream returned no result in time. (On recordInfo, 408 is a failed task: see `tasks.get`.) */
export class UpstreamTimeoutError extends ApiError {
  override name = "UpstreamTimeoutError";
  override readonly code = "upstream_timeout";
}
/** 422: the server refused the parameters (the local validators let them through). */
export class ServerValidationError extends ApiError {
  override name = "ServerValidationError";
  override readonly code = "server_validation";
}
/** 429: rate limited. Upstream does not queue refused requests: repeating is safe. */
export class RateLimitError extends ApiError {
  override name = "RateLimitError";
  override readonly code = "rate_limited";
  constructor(message: string, details: ApiErrorDetails = {}) {
    super(message, { retryable: true, ...details });
  }
}
/** 433: the sub-key's usage limit is exceeded. */
export class SubKeyLimitError extends ApiError {
  override name = "SubKeyLimitError";
  override readonly code = "sub_key_limit";
}
/** 455: the service is under maintenance; nothing was done: repeating later is safe. */
export class MaintenanceError extends ApiError {
  override name = "MaintenanceError";
  override readonly code = "maintenance";
  constructor(message: string, details: ApiErrorDetails = {}) {
    super(message, { retryable: true, ...details });
  }
}
/** 500 (or another 5xx): a server error. Live also answers a request its model's schema refuses with code 500. */
export class ServerError extends ApiError {
  override name = "ServerError";
  override readonly code = "server_error";
}
/** 501 outside recordInfo: generation failed. (On recordInfo, 501 is a failed task: see `tasks.get`.) */
export class GenerationFailedError extends ApiError {
  override name = "GenerationFailedError";
  override readonly code = "generation_failed";
}
/** 505: the feature is disabled. */
export class FeatureDisabledError extends ApiError {
  override name = "FeatureDisabledError";
  override readonly code = "feature_disabled";
}
/** A response that is not the API's JSON envelope: an HTML error page, truncated JSON, an empty body. */
export class UnexpectedResponseError extends ApiError {
  override name = "UnexpectedResponseError";
  override readonly code = "unexpected_response";
}

/** Details of an {@link InputValidationError}. */
export interface InputValidationDetails extends KieErrorDetails {
  /** The model (or the call) whose input was refused. */
  model: string;
  issues: readonly ValidationIssue[];
}

/** The input was refused locally, before any request: nothing was sent and no credit spent. */
export class InputValidationError extends KieError {
  override name = "InputValidationError";
  override readonly code = "invalid_input";
  readonly model: string;
  /** Every violation, each naming its path, rule and allowed values. */
  readonly issues: readonly ValidationIssue[];
  constructor(message: string, details: InputValidationDetails) {
    super(message, details);
    this.model = details.model;
    this.issues = details.issues;
  }
  /** The error for `issues`, with a message listing each. */
  static of(model: string, issues: readonly ValidationIssue[]): InputValidationError {
    const message = `Invalid input for ${model} (nothing was sent):\n${issues.map((issue) => `  - ${issue.message}`).join("\n")}`;
    return new InputValidationError(message, { model, issues });
  }
  override toJSON() {
    return { ...super.toJSON(), model: this.model, issues: this.issues };
  }
}

/** Details of a {@link TaskFailedError}: the failed record (the task id is its). */
export interface TaskFailedDetails extends KieErrorDetails {
  record: FailedTaskRecord;
}

/**
 * The task finished and failed. Thrown by `tasks.wait` and `run`; `tasks.get` returns the same
 * {@link FailedTaskRecord} instead of throwing (recordInfo's `state: "fail"` and its codes 501 and 408
 * alike).
 */
export class TaskFailedError extends KieError {
  override name = "TaskFailedError";
  override readonly code = "task_failed";
  override readonly taskId: string;
  /** The failed record: `failCode`, `failMsg`, the request as upstream echoed it. */
  readonly record: FailedTaskRecord;
  readonly failCode?: string;
  readonly failMsg?: string;
  constructor(message: string, details: TaskFailedDetails) {
    super(message, { body: details.record.raw, ...details });
    this.taskId = details.record.taskId;
    this.record = details.record;
    this.failCode = details.record.failCode;
    this.failMsg = details.record.failMsg;
  }
  /** The error for a failed record, with a message naming its code and reason. */
  static of(record: FailedTaskRecord): TaskFailedError {
    const message = `Task ${record.taskId} failed${record.failCode ? ` (${record.failCode})` : ""}: ${record.failMsg ?? "no reason given"}`;
    return new TaskFailedError(message, { record });
  }
  override toJSON() {
    return { ...super.toJSON(), failCode: this.failCode, failMsg: this.failMsg };
  }
}

/** Details of an {@link EmptyResultError}: the successful record (the task id is its). */
export interface EmptyResultDetails extends KieErrorDetails {
  record: SuccessTaskRecord;
}

/**
 * A media model's task succeeded without any result URL (upstream sometimes does). The task is finished
 * and was billed; there is nothing to download. Pass `allowEmptyResult: true` to get the record instead.
 */
export class EmptyResultError extends KieError {
  override name = "EmptyResultError";
  override readonly code = "empty_result";
  override readonly taskId: string;
  /** The successful record, with its empty `resultUrls`. */
  readonly record: SuccessTaskRecord;
  constructor(message: string, details: EmptyResultDetails) {
    super(message, { body: details.record.raw, ...details });
    this.taskId = details.record.taskId;
    this.record = details.record;
  }
  static of(record: SuccessTaskRecord): EmptyResultError {
    return new EmptyResultError(
      `Task ${record.taskId} (${record.model}) succeeded without any result URL; it was billed and there is nothing to download. Run it again, or pass allowEmptyResult: true to get the record.`,
      { record },
    );
  }
}

/** Details of a {@link WaitTimeoutError}. */
export interface WaitTimeoutDetails extends KieErrorDetails {
  taskId: string;
  timeoutMs: number;
  lastRecord?: TaskRecord;
  lastError?: KieError;
}

/** The wait ran out of time. The task was not cancelled and no new task was created: wait again with its id. */
export class WaitTimeoutError extends KieError {
  override name = "WaitTimeoutError";
  override readonly code = "wait_timeout";
  override readonly taskId: string;
  /** The last record read before giving up, if any. */
  readonly lastRecord?: TaskRecord;
  /** The last failed read (an outage, a 5xx...), if the wait saw one since its last good read. */
  readonly lastError?: KieError;
  readonly timeoutMs: number;
  constructor(message: string, details: WaitTimeoutDetails) {
    super(message, { cause: details.lastError, retryable: true, ...details });
    this.taskId = details.taskId;
    this.timeoutMs = details.timeoutMs;
    this.lastRecord = details.lastRecord;
    this.lastError = details.lastError;
  }
  /** The error for a wait that ended at its deadline, naming the last state and error. */
  static of(taskId: string, timeoutMs: number, lastRecord?: TaskRecord, lastError?: KieError): WaitTimeoutError {
    const state = lastRecord ? (lastRecord.state === "unknown" ? lastRecord.rawState : lastRecord.state) : "never read";
    const seen = [`last state: ${state}`, ...(lastError ? [`last error: ${lastError.message}`] : [])].join("; ");
    return new WaitTimeoutError(
      `Gave up waiting for task ${taskId} after ${timeoutMs} ms (${seen}). The task exists and may still finish: resume with tasks.wait("${taskId}").`,
      { taskId, timeoutMs, lastRecord, lastError },
    );
  }
}

/** Details of a {@link ConnectionError}. */
export interface ConnectionErrorDetails extends KieErrorDetails {
  maybeProcessed: boolean;
}

/** The request could not be completed over the network. */
export class ConnectionError extends KieError {
  override name = "ConnectionError";
  override readonly code = "connection_failed";
  /**
   * True when the server may have received (and, for createTask, billed) the request: a reset or a
   * timeout after sending. False when the connection failed before anything was sent.
   */
  readonly maybeProcessed: boolean;
  constructor(message: string, details: ConnectionErrorDetails) {
    super(message, { retryable: !details.maybeProcessed, ...details });
    this.maybeProcessed = details.maybeProcessed;
  }
}

/** Details of an {@link AbortError}. */
export interface AbortErrorDetails extends KieErrorDetails {
  maybeProcessed?: boolean;
}

/** The caller's `AbortSignal` fired. */
export class AbortError extends KieError {
  override name = "AbortError";
  override readonly code = "aborted";
  /**
   * For createTask: true when the request may already have reached the server (the task may exist and
   * be billed), false when it surely did not. Undefined for other calls.
   */
  readonly maybeProcessed?: boolean;
  constructor(message: string, details: AbortErrorDetails = {}) {
    super(message, details);
    this.maybeProcessed = details.maybeProcessed;
  }
}

/** Why a callback was refused. */
export type CallbackRefusal =
  | "missing-signature"
  | "bad-signature"
  | "stale"
  | "no-task-id"
  | "bad-body"
  | "too-large"
  | "parsed-body"
  /** The body stream failed (the sender reset the connection mid-body). */
  | "unreadable-body"
  /** The body did not arrive within `bodyTimeoutMs`. */
  | "body-timeout";

/** Details of a {@link CallbackVerificationError}. */
export interface CallbackVerificationDetails extends KieErrorDetails {
  reason: CallbackRefusal;
}

/**
 * A callback was refused: a missing or wrong signature, a stale timestamp, a body too large or without a
 * task id, or a body your framework already parsed (the signature needs the raw bytes). `reason` says which.
 */
export class CallbackVerificationError extends KieError {
  override name = "CallbackVerificationError";
  override readonly code = "callback_refused";
  readonly reason: CallbackRefusal;
  constructor(message: string, details: CallbackVerificationDetails) {
    super(message, details);
    this.reason = details.reason;
  }
  override toJSON() {
    return { ...super.toJSON(), reason: this.reason };
  }
}

/** Details of an {@link OutcomeUnknownError}. */
export interface OutcomeUnknownDetails extends KieErrorDetails {
  /** The journal entry of the create whose answer never came. */
  journalId: string;
}

/**
 * A create with this idempotency key was sent before and its answer never came: the task may exist and be
 * billed. Nothing was sent now. Look in the account's logs, then `tasks.resolve(journalId, taskId)` (the
 * key then returns that task) or `tasks.abandon(journalId)` (the key then creates a new one).
 */
export class OutcomeUnknownError extends KieError {
  override name = "OutcomeUnknownError";
  override readonly code = "outcome_unknown";
  readonly journalId: string;
  constructor(message: string, details: OutcomeUnknownDetails) {
    super(message, details);
    this.journalId = details.journalId;
  }
}

/** An idempotency key used again for another request (another model or input): nothing was sent. */
export class IdempotencyConflictError extends KieError {
  override name = "IdempotencyConflictError";
  override readonly code = "idempotency_conflict";
}

/**
 * A store the client needs before it sends could not be used, so the request was not sent: the journal
 * could not record a create's intent (a full disk, Redis down), or a limit shared by a fleet could not be
 * counted (a create is never sent past a limit nobody can count). Nothing was billed; retry once it is back.
 */
export class StoreUnavailableError extends KieError {
  override name = "StoreUnavailableError";
  override readonly code = "store_unavailable";
  constructor(message: string, details: KieErrorDetails = {}) {
    super(message, { retryable: true, ...details });
  }
}

/**
 * A create was refused before it was sent because it would take the client past its budget
 * (`createKieClient({ budget })`): what was spent, what is in flight, the limit and this task's estimate.
 * Nothing was sent or billed.
 */
export class BudgetExceededError extends KieError {
  override name = "BudgetExceededError";
  override readonly code = "budget_exceeded";
  readonly model: string;
  /** Credits settled tasks cost (what upstream reported, else their estimate). */
  readonly spent: number;
  /** Credits reserved for tasks created and not yet settled (or whose create's outcome is unknown). */
  readonly inFlight: number;
  readonly limit: number;
  /** What this task would have reserved; undefined when it has no estimate and no bound. */
  readonly estimate?: number;
  constructor(message: string, details: { model: string; spent: number; inFlight: number; limit: number; estimate?: number }) {
    super(message, { retryable: false });
    this.model = details.model;
    this.spent = details.spent;
    this.inFlight = details.inFlight;
    this.limit = details.limit;
    this.estimate = details.estimate;
  }
}

/** The client was configured wrongly (no API key, a plain-http URL off loopback, a bad option). */
export class ConfigurationError extends KieError {
  override name = "ConfigurationError";
  override readonly code = "configuration";
}

type ApiErrorClass = new (message: string, details: ApiErrorDetails) => ApiError;
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
export function errorForCode(apiCode: number, message: string, details: ApiErrorDetails): ApiError {
  const ErrorClass = BY_CODE[apiCode] ?? (apiCode >= 500 ? ServerError : ApiError);
  return new ErrorClass(message, details);
}
