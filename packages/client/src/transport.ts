import { DEFAULT_RETRY } from "./defaults.js";
import { AbortError, ApiError, ConnectionError, errorForCode, KieError, UnexpectedResponseError } from "./errors.js";
import type { Logger } from "./logger.js";
import type { Limiter } from "./rate-limiter.js";
import { parseRetryAfter, type RetryOptions, waitBeforeRetry } from "./retry.js";
import type { Timeouts } from "./timeouts.js";

/**
 * `create`: billable, so retried only when the server surely did not process it.
 * `read`: safe to repeat (recordInfo, credits, download-url).
 */
export type RequestKind = "create" | "read";

/** What one attempt produced, as openapi-fetch hands it over. */
export interface AttemptResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}

export interface RequestPlan {
  kind: RequestKind;
  /** For messages and logs, e.g. `POST /api/v1/jobs/createTask`. */
  label: string;
  taskId?: string;
  signal?: AbortSignal;
  /** Sends one attempt; `signal` combines the caller's signal with the per-attempt timeout. */
  send: (signal: AbortSignal) => Promise<AttemptResult>;
  /**
   * Checks and converts the envelope's `data`; throws {@link UnexpectedResponseError} for a shape the
   * spec does not allow. A read whose answer is refused here is tried again like any unreadable answer.
   */
  decode?: (data: unknown) => unknown;
}

export interface TransportOptions {
  /** Removes secrets from anything a server sends back (a proxy that echoes headers, say). */
  redact?: <T>(value: T) => T;
  retry: Required<RetryOptions>;
  /** The per-attempt timeout (`timeouts.ms`), shared by the client's requests. */
  timeouts: Timeouts;
  limiter?: Limiter;
  logger?: Logger;
}

/** The envelope: `{ code, msg | message, data }`. */
export interface Envelope<T = unknown> {
  code: number;
  msg?: string;
  message?: string;
  data?: T;
}

// Failures where the request surely never reached the server: safe to repeat even for createTask.
const NOT_SENT_CODES = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "UND_ERR_CONNECT_TIMEOUT", "ENETUNREACH", "EHOSTUNREACH"]);

function causeOf(error: unknown): { code?: string; socket?: { bytesWritten?: number } } {
  const cause = (error as { cause?: unknown })?.cause ?? error;
  return (cause ?? {}) as { code?: string; socket?: { bytesWritten?: number } };
}

/**
 * A copy of a network error that keeps what explains it (name, message, `code`, nested causes) and
 * drops everything else: a custom `fetch` may hang the Request, with its Authorization header, on it.
 */
export function scrubCause(error: unknown, redact: <T>(value: T) => T = (value) => value, depth = 0): unknown {
  if (typeof error !== "object" || error === null) return typeof error === "string" ? redact(error) : error;
  const source = error as { name?: unknown; message?: unknown; code?: unknown; cause?: unknown };
  const copy = new Error(redact(String(source.message ?? "")));
  copy.name = typeof source.name === "string" ? source.name : "Error";
  if (typeof source.code === "string" || typeof source.code === "number") Object.assign(copy, { code: source.code });
  if (source.cause !== undefined && depth < 4) Object.assign(copy, { cause: scrubCause(source.cause, redact, depth + 1) });
  return copy;
}

/** The caller's signal fired. For createTask, says whether the request may already have reached the server. */
function aborted(plan: RequestPlan, inFlight: boolean): AbortError {
  const maybeProcessed = plan.kind === "create" ? inFlight : undefined;
  const what = maybeProcessed
    ? "; the server may have received it (the task may exist)"
    : plan.kind === "create"
      ? "; nothing was sent"
      : "";
  return new AbortError(`${plan.label} was aborted${what}`, { cause: plan.signal?.reason, taskId: plan.taskId, maybeProcessed });
}

/** Maps a rejected fetch to our error classes, deciding whether the server may have seen the request. */
export function classifyNetworkError(
  error: unknown,
  plan: RequestPlan,
  timedOut: boolean,
  timeoutMs: number,
  redact: <T>(value: T) => T = (value) => value,
): KieError {
  if (plan.signal?.aborted) return aborted(plan, true);
  // A read is safe to repeat whatever the server saw; a create only when it surely saw nothing.
  const read = plan.kind === "read";
  if (timedOut) {
    return new ConnectionError(`${plan.label} timed out after ${timeoutMs} ms; the server may have received it`, {
      cause: scrubCause(error, redact),
      taskId: plan.taskId,
      maybeProcessed: true,
      retryable: read,
    });
  }
  const cause = causeOf(error);
  const notSent = (cause.code !== undefined && NOT_SENT_CODES.has(cause.code)) || cause.socket?.bytesWritten === 0;
  const what = cause.code ? ` (${cause.code})` : "";
  return new ConnectionError(
    notSent
      ? `${plan.label} could not connect${what}; nothing was sent`
      : `${plan.label} failed on the network${what}; the server may have received it`,
    { cause: scrubCause(error, redact), taskId: plan.taskId, maybeProcessed: !notSent, retryable: read || notSent },
  );
}

function parseBody(result: AttemptResult): { body: unknown; parsed: boolean } {
  const raw = result.response.ok ? result.data : result.error;
  if (typeof raw !== "string") return { body: raw, parsed: raw !== undefined };
  try {
    return { body: JSON.parse(raw), parsed: true };
  } catch {
    return { body: raw, parsed: false };
  }
}

const isEnvelope = (body: unknown): body is Envelope =>
  typeof body === "object" && body !== null && typeof (body as Envelope).code === "number";

/** Turns one attempt into the envelope's `data`, or the error that the envelope (or HTTP) says. */
export function interpret(
  result: AttemptResult,
  plan: RequestPlan,
  redact: <T>(value: T) => T = (value) => value,
): { data: unknown } | { error: KieError } {
  const { response } = result;
  const { parsed, body: unsafe } = parseBody(result);
  const success = parsed && isEnvelope(unsafe) && unsafe.code === 200 && response.ok;
  if (success) return { data: unsafe.data };
  const body = redact(unsafe);
  const details = { status: response.status, taskId: plan.taskId, body };
  const read = plan.kind === "read";
  if (!parsed || !isEnvelope(body)) {
    const snippet = typeof body === "string" ? body.slice(0, 200) : "";
    const what =
      !parsed && response.ok ? "an unreadable body (truncated or not JSON)" : `HTTP ${response.status} without the API's JSON envelope`;
    // A body we cannot read after a 2xx means the server did process the request: a create stays done,
    // a read is asked again. A 4xx page without the envelope will not change on its own.
    const retryable = read && (response.status < 300 || response.status >= 500);
    return {
      error: new UnexpectedResponseError(`${plan.label} returned ${what}${snippet ? `: ${snippet}` : ""}`, { ...details, retryable }),
    };
  }
  const message = body.msg ?? body.message ?? `HTTP ${response.status}`;
  const retryAfterMs = parseRetryAfter(response.headers.get("retry-after"));
  const apiCode = body.code;
  // 429 and 455 are refusals (upstream documents that nothing was queued); 501/505 are final answers;
  // any other 5xx leaves a create's outcome unknown, while a read is safe to repeat.
  const retryable = apiCode === 429 || apiCode === 455 || (read && apiCode >= 500 && apiCode !== 501 && apiCode !== 505);
  return { error: errorForCode(apiCode, `${plan.label}: ${message} (code ${apiCode})`, { ...details, apiCode, retryAfterMs, retryable }) };
}

/**
 * Whether `error` may be retried: what its `retryable` says, plus, when the caller opted into
 * `retryAmbiguousCreates`, a create whose outcome is unknown (a reset or timeout after sending, a 5xx).
 */
export function isRetryable(error: KieError, kind: RequestKind, retry: Required<RetryOptions>): boolean {
  if (error instanceof AbortError) return false;
  if (error.retryable) return true;
  if (kind !== "create" || !retry.retryAmbiguousCreates) return false;
  if (error instanceof ConnectionError) return true;
  const code = error instanceof UnexpectedResponseError ? (error.status ?? 0) : (error.apiCode ?? error.status ?? 0);
  return code >= 500 && code !== 501 && code !== 505;
}

/** `plan.decode`, where a read's refused answer (after a 2xx) is worth asking again: it is marked retryable. */
function decodeOrRefuse(plan: RequestPlan, data: unknown): unknown {
  try {
    return plan.decode?.(data);
  } catch (error) {
    if (plan.kind !== "read" || !(error instanceof UnexpectedResponseError) || error.retryable) throw error;
    throw new UnexpectedResponseError(error.message, { taskId: error.taskId, body: error.body, status: error.status, retryable: true });
  }
}

/** Runs a request with rate limiting, a per-attempt timeout, and retries that never double-bill. */
export async function execute(plan: RequestPlan, options: TransportOptions): Promise<unknown> {
  const retry = options.retry ?? DEFAULT_RETRY;
  // Whether an earlier attempt may have reached the server (only retried with retryAmbiguousCreates).
  let reachedBefore = false;
  // The limiter and the backoff sleep reject on the caller's abort: report it as ours, with maybeProcessed.
  const rethrow = (error: unknown): never => {
    throw plan.signal?.aborted ? aborted(plan, reachedBefore) : error;
  };
  for (let attempt = 0; ; attempt++) {
    if (plan.signal?.aborted) throw aborted(plan, reachedBefore);
    const release = await options.limiter?.acquire(plan.signal).catch(rethrow);
    // One controller per attempt, aborted by the client's shared timeout timer or the caller's signal.
    // (AbortSignal.timeout and AbortSignal.any cost far more per request in Node 20.)
    const attemptController = new AbortController();
    let timedOut = false;
    const stopTimer = options.timeouts.start(() => {
      timedOut = true;
      attemptController.abort(new Error(`timed out after ${options.timeouts.ms} ms`));
    });
    const onAbort = () => attemptController.abort(plan.signal?.reason);
    if (plan.signal?.aborted) onAbort();
    plan.signal?.addEventListener("abort", onAbort, { once: true });
    let outcome: { data: unknown } | { error: KieError };
    try {
      outcome = interpret(await plan.send(attemptController.signal), plan, options.redact);
      if ("data" in outcome && plan.decode) outcome = { data: decodeOrRefuse(plan, outcome.data) };
    } catch (error) {
      outcome = {
        error:
          error instanceof KieError && !(error instanceof AbortError)
            ? error
            : classifyNetworkError(error, plan, timedOut && !plan.signal?.aborted, options.timeouts.ms, options.redact),
      };
    } finally {
      stopTimer();
      plan.signal?.removeEventListener("abort", onAbort);
      release?.();
    }
    if ("data" in outcome) return outcome.data;
    const { error } = outcome;
    if (attempt >= retry.maxRetries || !isRetryable(error, plan.kind, retry)) throw error;
    reachedBefore ||= !(error instanceof ConnectionError && !error.maybeProcessed) && error.apiCode !== 429 && error.apiCode !== 455;
    const retryAfterMs = error instanceof ApiError ? error.retryAfterMs : undefined;
    options.logger?.warn?.(`${plan.label}: ${error.message}; retry ${attempt + 1} of ${retry.maxRetries}`);
    await waitBeforeRetry(attempt, retryAfterMs, retry, plan.signal).catch(rethrow);
  }
}
