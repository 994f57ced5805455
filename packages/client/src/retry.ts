import { sleep } from "./sleep.js";

/** How failed requests are retried. */
export interface RetryOptions {
  /**
   * Retries after the first attempt.
   * @default 4
   */
  maxRetries?: number;
  /**
   * First backoff ceiling; doubles per attempt (full jitter: a random delay up to the ceiling).
   * @default 500
   */
  baseDelayMs?: number;
  /**
   * Largest single wait, including a server's `Retry-After`.
   * @default 30000
   */
  maxDelayMs?: number;
  /**
   * Also retry createTask after a timeout, a connection reset or a 5xx. Off by default: the server may
   * already have created (and billed) the task, and a retry would create a second one.
   * @default false
   */
  retryAmbiguousCreates?: boolean;
}

export { DEFAULT_RETRY } from "./defaults.js";

/** Full-jitter exponential backoff for retry number `attempt` (0-based). */
export function backoffDelay(attempt: number, options: Required<RetryOptions>, random = Math.random): number {
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** attempt);
  return Math.floor(random() * ceiling);
}

/** `Retry-After` as milliseconds: delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Waits before a retry: the server's `Retry-After` when given (capped), else jittered backoff. */
export function waitBeforeRetry(attempt: number, retryAfterMs: number | undefined, options: Required<RetryOptions>, signal?: AbortSignal) {
  const delay = retryAfterMs === undefined ? backoffDelay(attempt, options) : Math.min(retryAfterMs, options.maxDelayMs);
  return sleep(delay, signal);
}
