export type { KieValidator, ValidationIssue } from "@kie-market/schemas";
export type { BudgetLedger, BudgetOptions, BudgetTotals } from "./budget-ledger.js";
export {
  type CallbackInput,
  type HeadersLike,
  parseCallback,
  type UnconfirmedCallback,
  type VerifiedCallback,
  type VerifyOptions,
} from "./callback-body.js";
export type {
  CallbackEvent,
  CallbackHandler,
  CallbackHandlerOptions,
  Callbacks,
  NodeRequestLike,
  NodeResponseLike,
} from "./callbacks.js";
export { createKieClient, type KieClient } from "./client.js";
export type { DurationEstimate, DurationModel } from "./durations.js";
export {
  AbortError,
  ApiError,
  AuthenticationError,
  BadRequestError,
  BudgetExceededError,
  type CallbackRefusal,
  CallbackVerificationError,
  ConfigurationError,
  ConnectionError,
  EmptyResultError,
  FeatureDisabledError,
  GenerationFailedError,
  IdempotencyConflictError,
  InputValidationError,
  InsufficientCreditsError,
  KieError,
  type KieErrorDetails,
  MaintenanceError,
  NotFoundError,
  OutcomeUnknownError,
  RateLimitError,
  ServerError,
  ServerValidationError,
  StoreUnavailableError,
  SubKeyLimitError,
  TaskFailedError,
  UnexpectedResponseError,
  UpstreamTimeoutError,
  WaitTimeoutError,
} from "./errors.js";
export type {
  Account,
  DownloadDestination,
  DownloadedFile,
  DownloadOptions,
  Files,
  UploadedFile,
  UploadOptions,
  UploadSource,
} from "./files.js";
export type { CallbackClaims, ClaimResult, KieFleet, TaskBus } from "./fleet.js";
export type { components, paths } from "./generated/api.gen.js";
export {
  type CreateTaskBody,
  type ModelId,
  type ModelInputs,
  type ModelOutputKinds,
  modelFields,
  modelIds,
  roleFields,
} from "./generated/models.gen.js";
export type { JournalEntry, JournalStatus } from "./journal.js";
export { isJournalEvent, type JournalEvent, type JournalStore, memoryJournal } from "./journal-store.js";
export type { Logger } from "./logger.js";
export { type ModelFacts, type ModelField, type ModelRole, modelFacts } from "./model-facts.js";
export { type KieClientOptions, PROVIDERS, type Provider } from "./options.js";
export type { PollingOptions } from "./poll-schedule.js";
export { type Limiter, type RateLimit, SlidingWindowLimiter } from "./rate-limiter.js";
export type {
  FailedTaskRecord,
  MediaTaskResult,
  ObjectTaskResult,
  PendingTaskRecord,
  SuccessTaskRecord,
  TaskOutput,
  TaskParam,
  TaskRecord,
  TaskResult,
  UnknownStateTaskRecord,
} from "./record.js";
export type { RetryOptions } from "./retry.js";
export type {
  CreatedTask,
  CreateOptions,
  CreateTaskRequest,
  RecoveryReport,
  RequestOptions,
  RunOptions,
  Tasks,
  UntypedTaskRequest,
} from "./tasks.js";
export { signCallback, verifyCallback } from "./verify.js";
export type { WaitOptions, WaitProgress } from "./wait.js";
