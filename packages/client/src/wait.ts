import type { Deliveries } from "./deliveries.js";
import type { DurationEstimate, DurationModel } from "./durations.js";
import { AbortError, KieError, NotFoundError, ServerValidationError, TaskFailedError, WaitTimeoutError } from "./errors.js";
import type { Logger } from "./logger.js";
import { type DEFAULT_POLLING, nextPollDelay } from "./poll-schedule.js";
import type { SuccessTaskRecord, TaskRecord } from "./record.js";
import { backoffDelay, type RetryOptions } from "./retry.js";
import { sleep } from "./sleep.js";
import { isRetryable } from "./transport.js";

/** How far along a wait is, as `onUpdate` reports it. */
export interface WaitProgress {
  /** Since the task was created (or, when that is unknown, since the wait began), in ms. */
  elapsedMs: number;
  /** How long this model's tasks typically take, from what this client has seen finish (or `expectedDurations`). */
  expectedMs?: number;
  /** Time left until the typical end (0 once past it); undefined while nothing is known of the model. */
  etaMs?: number;
}

/** Options of `tasks.wait` and `run`. */
export interface WaitOptions {
  /** Stops waiting (with {@link AbortError}); the task itself keeps running upstream. */
  signal?: AbortSignal;
  /**
   * Give up after this long with {@link WaitTimeoutError} (the task is not cancelled; wait again with its id).
   * Until then, outages, 5xx answers, 429/455 and unreadable answers only delay the wait.
   * @default 1200000 (20 minutes)
   */
  timeoutMs?: number;
  /** Called with each record whose state or progress changed, and the elapsed time and ETA. */
  onUpdate?: (record: TaskRecord, progress: WaitProgress) => void;
  /** Headers for every read of this wait (and, for `run`, the create). */
  headers?: Record<string, string>;
  /**
   * Resolve with the record when a media model succeeds without any result URL, instead of throwing
   * {@link EmptyResultError} (upstream sometimes does; the task is billed).
   * @default false
   */
  allowEmptyResult?: boolean;
  /**
   * How long "not found" (404, or 422 `recordInfo is null`) counts as "not visible yet" rather than failure.
   * @default 60000
   */
  notFoundGraceMs?: number;
  /** The model, when known, so that polling can use what was learned about it before the first read. */
  model?: string;
  /** When the task was created (Unix ms, local clock), when known. */
  createdAt?: number;
}

export const DEFAULT_WAIT_TIMEOUT_MS = 20 * 60_000;

export interface WaitDependencies {
  getRecord: (taskId: string, signal: AbortSignal) => Promise<TaskRecord>;
  durations: DurationModel;
  deliveries: Deliveries;
  polling: typeof DEFAULT_POLLING;
  /** Backoff between reads that failed for a passing reason. */
  retry: Required<RetryOptions>;
  logger?: Logger;
  now?: () => number;
  random?: () => number;
}

const NOT_VISIBLE = (error: unknown) =>
  error instanceof NotFoundError || (error instanceof ServerValidationError && /recordInfo is null/i.test(error.message));

function progressOf(elapsedMs: number, estimate: DurationEstimate | undefined): WaitProgress {
  if (!estimate) return { elapsedMs };
  return { elapsedMs, expectedMs: estimate.typicalMs, etaMs: Math.max(0, estimate.typicalMs - elapsedMs) };
}

function learn(durations: DurationModel, record: SuccessTaskRecord, startedAt: number, now: number) {
  const measured = record.completeTime && record.createTime ? record.completeTime - record.createTime : now - startedAt;
  durations.record(record.model, measured);
}

/**
 * Polls (and listens for callbacks) until the task succeeds, fails, or the wait ends. Never creates a
 * task. Only a definitive answer ends it before its deadline: a record in `success` or `fail` (which
 * `tasks.get` also makes of recordInfo's 501/408), or an error that another read would repeat (a wrong key, say).
 */
export async function waitForTask(taskId: string, options: WaitOptions, deps: WaitDependencies): Promise<SuccessTaskRecord> {
  const now = deps.now ?? Date.now;
  const timeoutMs = options.timeoutMs ?? DEFAULT_WAIT_TIMEOUT_MS;
  const waitStart = now();
  const deadline = waitStart + timeoutMs;
  const graceMs = options.notFoundGraceMs ?? 60_000;
  let model = options.model;
  let startedAt = options.createdAt ?? waitStart;
  let last: TaskRecord | undefined;
  let lastError: KieError | undefined;
  let failures = 0;
  let lastSignature = "";

  // A callback may wake the wait (or hand it a record read from recordInfo) at any moment: that ends the
  // current sleep or read. Replaced after each wake-up, so that a consumed one never cuts later sleeps short.
  let stop = new AbortController();
  let woken = false;
  let delivered: TaskRecord | undefined;
  const unlisten = deps.deliveries.listen(taskId, (record) => {
    woken = true;
    if (record) delivered = record;
    stop.abort();
  });
  const onCallerAbort = () => stop.abort();
  options.signal?.addEventListener("abort", onCallerAbort, { once: true });

  const settle = (record: TaskRecord): SuccessTaskRecord | undefined => {
    failures = 0;
    model = record.model || model;
    if (record.createTime && !options.createdAt && record.createTime <= now() && now() - record.createTime < 86_400_000)
      startedAt = record.createTime;
    const signature = `${record.state}:${"progress" in record ? record.progress : ""}`;
    if (signature !== lastSignature && options.onUpdate)
      options.onUpdate(record, progressOf(now() - startedAt, deps.durations.estimate(model)));
    lastSignature = signature;
    last = record;
    if (record.state === "success") {
      learn(deps.durations, record, startedAt, now());
      return record;
    }
    if (record.state === "fail") throw TaskFailedError.of(record);
    return undefined;
  };

  const timedOut = () => WaitTimeoutError.of(taskId, timeoutMs, last, lastError);

  try {
    for (;;) {
      if (woken) {
        woken = false;
        const record = delivered;
        delivered = undefined;
        stop = new AbortController();
        if (options.signal?.aborted) stop.abort();
        const done = record && settle(record);
        if (done) return done;
      }
      if (options.signal?.aborted)
        throw new AbortError(`Waiting for task ${taskId} was aborted; the task keeps running: resume with tasks.wait("${taskId}")`, {
          taskId,
          cause: options.signal.reason,
        });
      if (now() >= deadline) throw timedOut();
      let passing = false;
      try {
        const record = await deps.getRecord(taskId, AbortSignal.any([stop.signal, AbortSignal.timeout(Math.max(1, deadline - now()))]));
        const done = settle(record);
        if (done) return done;
      } catch (error) {
        if (woken) continue;
        // The read's own deadline, or the caller's abort (reported at the loop head).
        if (error instanceof AbortError) {
          if (!options.signal?.aborted && now() >= deadline) throw timedOut();
          continue;
        }
        if (NOT_VISIBLE(error) && now() - waitStart < graceMs) {
          deps.logger?.debug?.(`task ${taskId} not visible yet; retrying`);
        } else if (error instanceof KieError && isRetryable(error, "read", deps.retry)) {
          // What a read's own retries would try again (network, timeout, 5xx, 429, 455, an unreadable
          // answer) only delays the wait: reads are safe to repeat until the wait's deadline.
          passing = true;
          lastError = error;
          failures++;
          deps.logger?.warn?.(`reading task ${taskId} failed (${error.message}); the wait goes on`);
        } else {
          if (error instanceof KieError && error.taskId === undefined) Object.assign(error, { taskId });
          throw error;
        }
      }
      const scheduled = nextPollDelay(now() - startedAt, deps.durations.estimate(model), deps.polling, deps.random);
      const delay = passing ? Math.max(scheduled, backoffDelay(Math.min(failures - 1, 16), deps.retry, deps.random)) : scheduled;
      try {
        await sleep(Math.min(delay, Math.max(0, deadline - now())), stop.signal);
      } catch {
        // Woken early by a callback or by the caller's signal; the loop head decides which.
      }
    }
  } finally {
    unlisten();
    options.signal?.removeEventListener("abort", onCallerAbort);
  }
}
