import type { ClientContext } from "./context.js";
import { CallbackVerificationError } from "./errors.js";
import type { TaskRecord } from "./record.js";
import {
  bodyText,
  checkOptions,
  DEFAULT_MAX_BODY,
  header,
  parseCallback,
  type UnconfirmedCallback,
  type VerifyOptions,
  verifyCallback,
} from "./verify-callback.js";

/** A callback as the handler hands it to your code. */
export interface CallbackEvent {
  taskId: string;
  /**
   * The task's finished record (`success` or `fail`), read from recordInfo after the callback arrived,
   * unless you set `dangerouslyTrustCallbackBody`.
   */
  record: TaskRecord;
  /** True when `record` was read from recordInfo; false only with `dangerouslyTrustCallbackBody`. */
  confirmed: boolean;
  /** Whether the callback carried a valid signature (false only with `allowUnsigned`). */
  signed: boolean;
  /** The body as received: not covered by the signature. */
  unconfirmedBody: unknown;
}

/** Options of `callbacks.handler`. */
export interface CallbackHandlerOptions extends VerifyOptions {
  /** Your webhook HMAC key (kie.ai settings page). Required unless `allowUnsigned` is set. */
  hmacKey?: string;
  /**
   * Accept callbacks without a signature (upstream's signing is opt-in per account). Anyone who can reach
   * the URL can then send one; each is confirmed by a recordInfo read before your code sees it.
   * @default false
   */
  allowUnsigned?: boolean;
  /**
   * Hand `onEvent` (and pending waits) the record from a signed callback's body without reading
   * recordInfo. Unsafe: upstream does not sign the body, so a replayed signature with an edited body (a
   * different result URL, a forged failure) is believed. Unsigned callbacks are confirmed regardless.
   * @default false
   */
  dangerouslyTrustCallbackBody?: boolean;
  /** Receives each finished task once. If it throws, the handler answers 500 so that upstream delivers again. */
  onEvent?: (event: CallbackEvent) => void | Promise<void>;
  /**
   * How long a finished task id is remembered to drop repeated deliveries, in ms.
   * @default 86400000 (24 hours)
   */
  dedupeTtlMs?: number;
  /**
   * Time allowed for the confirming recordInfo read, in ms (upstream gives a callback 15 s).
   * @default 10000
   */
  confirmTimeoutMs?: number;
}

const json = (status: number, body: object) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

const STATUS_OF: Record<CallbackVerificationError["reason"], number> = {
  "bad-body": 400,
  "parsed-body": 400,
  "no-task-id": 400,
  "too-large": 413,
  "missing-signature": 401,
  "bad-signature": 401,
  stale: 401,
};

/** Reads a task's record (the client's `tasks.get`). */
type ReadRecord = (taskId: string, options: { signal?: AbortSignal }) => Promise<TaskRecord>;

/** The `callbacks` part of the client. */
export function createCallbacks(context: Pick<ClientContext, "deliveries" | "logger">, readRecord: ReadRecord) {
  /** Wakes any wait in this process on `taskId`, so that it reads recordInfo now. Returns how many woke. */
  const notify = (taskId: string) => context.deliveries.deliver(taskId);

  /**
   * A `(request: Request) => Promise<Response>` endpoint for `callBackUrl`. Checks the signature headers
   * before reading the body, caps the body, verifies, drops repeats (by task id), reads the task from
   * recordInfo, wakes any wait on it, and calls `onEvent` with the confirmed record once it is finished.
   * Answers 200 when done (or a repeat), 503 when recordInfo cannot be read or does not say finished
   * yet (upstream delivers again), 500 when `onEvent` throws, 400/401/413 for refused callbacks.
   */
  const handler = (options: CallbackHandlerOptions) => {
    if (!options.hmacKey && options.allowUnsigned !== true)
      throw new TypeError("callbacks.handler needs hmacKey (your webhook HMAC key), or allowUnsigned: true to accept unsigned callbacks");
    checkOptions(options);
    const seen = new Map<string, number>();
    const ttl = options.dedupeTtlMs ?? 86_400_000;
    const maxBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY;

    const receive = async (request: Request): Promise<{ callback: UnconfirmedCallback; signed: boolean }> => {
      const signedHeaders = header(request.headers, "x-webhook-signature") !== undefined;
      if (options.hmacKey && (signedHeaders || !options.allowUnsigned))
        return { callback: await verifyCallback(request, options.hmacKey, options), signed: true };
      return { callback: parseCallback(await bodyText(request, maxBytes)), signed: false };
    };

    return async (request: Request): Promise<Response> => {
      if (request.method !== "POST") return json(405, { error: "method not allowed" });
      let received: { callback: UnconfirmedCallback; signed: boolean };
      try {
        received = await receive(request);
      } catch (error) {
        if (!(error instanceof CallbackVerificationError)) throw error;
        context.logger?.warn?.(`callback refused: ${error.message}`);
        return json(STATUS_OF[error.reason], { error: error.reason });
      }
      const { callback, signed } = received;
      const { taskId } = callback;
      const now = Date.now();
      for (const [id, at] of seen) if (now - at > ttl) seen.delete(id);
      if (seen.has(taskId)) return json(200, { received: true, duplicate: true });

      let record: TaskRecord;
      const confirmed = !(signed && options.dangerouslyTrustCallbackBody === true);
      if (confirmed) {
        try {
          record = await readRecord(taskId, { signal: AbortSignal.timeout(options.confirmTimeoutMs ?? 10_000) });
        } catch (error) {
          notify(taskId); // a wait here reads (and retries) by itself
          context.logger?.warn?.(`callback for task ${taskId}: could not confirm it (${(error as Error).message})`);
          return json(503, { error: "could not confirm the task; deliver again later" });
        }
      } else {
        record = callback.unconfirmedRecord;
      }
      context.deliveries.deliver(taskId, record);
      if (record.state !== "success" && record.state !== "fail") {
        // Not finished by recordInfo's account: a replayed signature with an edited body, or a callback
        // that ran ahead of recordInfo. Nothing for user code yet; a genuine one is delivered again.
        context.logger?.warn?.(`callback for task ${taskId}: recordInfo says ${record.state}, not finished; asked to deliver again`);
        return json(503, { error: "the task is not finished according to recordInfo; deliver again later", state: record.state });
      }
      seen.set(taskId, now);
      try {
        await options.onEvent?.({ taskId, record, confirmed, signed, unconfirmedBody: callback.unconfirmedBody });
      } catch (error) {
        seen.delete(taskId);
        context.logger?.error?.(`callback handler failed for task ${taskId}: ${error instanceof Error ? error.message : String(error)}`);
        return json(500, { error: "handler failed" });
      }
      return json(200, { received: true });
    };
  };

  return { verify: verifyCallback, parse: parseCallback, handler, notify };
}
