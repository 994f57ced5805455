import type { Deliveries } from "./deliveries.js";
import type { DurationModel } from "./durations.js";
import { AbortError, ApiError, KieError, NotFoundError, ServerValidationError, TaskFailedError, WaitTimeoutError } from "./errors.js";
import type { Logger } from "./logger.js";
import { type DEFAULT_POLLING, nextPollDelay } from "./poll-schedule.js";
import type { SuccessTaskRecord, TaskRecord } from "./record.js";
import { sleep } from "./sleep.js";

/** Options of `tasks.wait` and `run`. */
export interface WaitOptions {
  /** Stops waiting (with {@link AbortError}); the task itself keeps running upstream. */
  signal?: AbortSignal;
  /**
   * Give up after this long with {@link WaitTimeoutError} (the task is not cancelled; wait again with its id).
   * @default 1200000 (20 minutes)
   */
  timeoutMs?: number;
  /** Called with each record whose state or progress changed. */
  onUpdate?: (record: TaskRecord) => void;
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
  logger?: Logger;
  now?: () => number;
  random?: () => number;
}

const NOT_VISIBLE = (error: unknown) =>
  error instanceof NotFoundError || (error instanceof ServerValidationError && /recordInfo is null/i.test(error.message));

/** recordInfo answering 501 or 408 means the task finished and failed. */
const FINISHED_FAILED = (error: unknown) => error instanceof ApiError && (error.code === 501 || error.code === 408);

function learn(durations: DurationModel, record: SuccessTaskRecord, startedAt: number, now: number) {
  const measured = record.completeTime && record.createTime ? record.completeTime - record.createTime : now - startedAt;
  durations.record(record.model, measured);
}

/** Polls (and listens for callbacks) until the task succeeds, fails, or the wait ends. Never creates a task. */
export async function waitForTask(taskId: string, options: WaitOptions, deps: WaitDependencies): Promise<SuccessTaskRecord> {
  const now = deps.now ?? Date.now;
  const timeoutMs = options.timeoutMs ?? DEFAULT_WAIT_TIMEOUT_MS;
  const waitStart = now();
  const deadline = waitStart + timeoutMs;
  const graceMs = options.notFoundGraceMs ?? 60_000;
  let model = options.model;
  let startedAt = options.createdAt ?? waitStart;
  let last: TaskRecord | undefined;
  let lastSignature = "";

  // A callback (or another source) may deliver the final record at any moment: it ends the current sleep or read.
  // Replaced after each delivery is consumed, so that a consumed wake-up never cuts later sleeps short.
  let stop = new AbortController();
  let delivered: TaskRecord | undefined;
  const unlisten = deps.deliveries.listen(taskId, (record) => {
    delivered = record;
    stop.abort();
  });
  const onCallerAbort = () => stop.abort();
  options.signal?.addEventListener("abort", onCallerAbort, { once: true });

  const settle = (record: TaskRecord): SuccessTaskRecord | undefined => {
    const signature = `${record.state}:${"progress" in record ? record.progress : ""}`;
    if (signature !== lastSignature) options.onUpdate?.(record);
    lastSignature = signature;
    last = record;
    model = record.model || model;
    if (record.createTime && !options.createdAt && record.createTime <= now() && now() - record.createTime < 86_400_000)
      startedAt = record.createTime;
    if (record.state === "success") {
      learn(deps.durations, record, startedAt, now());
      return record;
    }
    if (record.state === "fail") {
      throw new TaskFailedError(taskId, { failCode: record.failCode, failMsg: record.failMsg, record, body: record.raw });
    }
    return undefined;
  };

  try {
    for (;;) {
      if (delivered) {
        const record = delivered;
        delivered = undefined;
        stop = new AbortController();
        if (options.signal?.aborted) stop.abort();
        const done = settle(record);
        if (done) return done;
      }
      if (options.signal?.aborted) throw new AbortError(`Waiting for task ${taskId} was aborted`, { taskId, cause: options.signal.reason });
      if (now() >= deadline) throw new WaitTimeoutError(taskId, timeoutMs, last);
      try {
        const record = await deps.getRecord(taskId, AbortSignal.any([stop.signal, AbortSignal.timeout(Math.max(1, deadline - now()))]));
        const done = settle(record);
        if (done) return done;
      } catch (error) {
        if (delivered) continue;
        if (error instanceof AbortError && !options.signal?.aborted && now() >= deadline)
          throw new WaitTimeoutError(taskId, timeoutMs, last);
        if (FINISHED_FAILED(error)) {
          const apiError = error as ApiError;
          throw new TaskFailedError(taskId, {
            failCode: String(apiError.code),
            failMsg: apiError.message,
            code: apiError.code,
            body: apiError.body,
          });
        }
        if (NOT_VISIBLE(error) && now() - waitStart < graceMs) {
          deps.logger?.debug?.(`task ${taskId} not visible yet; retrying`);
        } else if (error instanceof KieError && error.taskId === undefined) {
          throw Object.assign(error, { taskId });
        } else {
          throw error;
        }
      }
      const delay = nextPollDelay(now() - startedAt, deps.durations.estimate(model), deps.polling, deps.random);
      const remaining = deadline - now();
      try {
        await sleep(Math.min(delay, Math.max(0, remaining)), stop.signal);
      } catch {
        // Woken early by a delivery or by the caller's signal; the loop head decides which.
      }
    }
  } finally {
    unlisten();
    options.signal?.removeEventListener("abort", onCallerAbort);
  }
}
