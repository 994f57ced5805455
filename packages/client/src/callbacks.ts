import type { ClientContext } from "./context.js";
import { CallbackVerificationError, ConfigurationError } from "./errors.js";
import type { RateLimit } from "./rate-limiter.js";
import type { TaskRecord } from "./record.js";
import {
  bodyText,
  type CallbackInput,
  checkOptions,
  DEFAULT_MAX_BODY,
  header,
  isChunkStream,
  parseCallback,
  type UnconfirmedCallback,
  type VerifiedCallback,
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
  /**
   * How many callbacks for task ids no wait in this process knows may be confirmed (each costs a
   * recordInfo read from the client's read budget); past it they are answered 503 at once and upstream
   * delivers again. Callbacks for tasks this process waits on are always confirmed. A flood of made-up ids
   * then cannot starve the waits.
   * @default { limit: 2, intervalMs: 1000 }
   */
  unknownTaskRate?: RateLimit;
  /** Called with each refused or failed callback (after it is logged), e.g. to count them. */
  onError?: (error: Error, taskId?: string) => void;
}

/** The parts of Node's `http.IncomingMessage` the handler uses (Express's and Fastify's `raw` requests are ones). */
export interface NodeRequestLike extends AsyncIterable<unknown> {
  method?: string;
  headers: Record<string, string | string[] | undefined>;
  /** Set by a body parser: raw bytes or text (express.raw / express.text) are verified; a parsed object is refused. */
  body?: unknown;
}

/** The parts of Node's `http.ServerResponse` the handler uses. */
export interface NodeResponseLike {
  statusCode: number;
  setHeader(name: string, value: string): unknown;
  end(body?: string): unknown;
}

/**
 * A callback endpoint. Call it with a Web `Request` (Next.js route handlers, Hono's `c.req.raw`, Bun, Deno,
 * workers) or with the raw body and its headers (`{ headers, body }`, e.g. Fastify with a buffer parser);
 * it answers with a Web `Response`. `node` takes Node's `(req, res)` (plain `http`, Express).
 */
export interface CallbackHandler {
  (input: Request | CallbackInput): Promise<Response>;
  /**
   * Node's `(req, res)`, for `http.createServer` and Express: reads the raw body itself (capped at
   * `maxBodyBytes`), or takes the bytes an `express.raw()` / `express.text()` parser left in `req.body`
   * (whose own size limit then applies). A body already parsed into an object (`express.json()`) cannot
   * be verified: the handler answers 500, so that upstream delivers again once that is fixed, and says what to do.
   */
  node(req: NodeRequestLike, res: NodeResponseLike): Promise<void>;
}

/** Receive and verify completion callbacks. */
export interface Callbacks {
  /**
   * A callback endpoint for `callBackUrl`: checks the signature headers before reading the body, caps the
   * body, verifies, drops repeats (by task id), reads the task from recordInfo, wakes any wait on it, and
   * calls `onEvent` with the confirmed record once it is finished. Answers 200 when done (or a repeat),
   * 503 when recordInfo cannot be read or does not say finished yet (upstream delivers again), 500 when
   * `onEvent` throws, 400/401/413 for refused callbacks.
   */
  handler(options: CallbackHandlerOptions): CallbackHandler;
  /** Verifies a signed callback and returns the proven task id; the body stays unconfirmed. */
  verify(input: CallbackInput, hmacKey: string, options?: VerifyOptions): Promise<VerifiedCallback>;
  /** Decodes a callback body without verifying anything. */
  parse(body: unknown): UnconfirmedCallback;
  /** Wakes any wait in this process on `taskId`, so that it reads recordInfo now. Returns how many woke. */
  notify(taskId: string): number;
}

/** A body a framework already parsed into an object: its bytes, which the signature needs, are gone. */
const PARSED_BODY =
  'The callback body was already parsed into an object (e.g. by express.json()); its raw bytes are needed. Mount the handler before the JSON parser, or give its route express.raw({ type: "*/*" }), or pass { headers, body: rawBytes }.';

const json = (status: number, body: object) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

const STATUS_OF: Record<CallbackVerificationError["reason"], number> = {
  "bad-body": 400,
  "parsed-body": 400,
  "unreadable-body": 400,
  "body-timeout": 408,
  "no-task-id": 400,
  "too-large": 413,
  "missing-signature": 401,
  "bad-signature": 401,
  stale: 401,
};

/** Reads a task's record (the client's `tasks.get`). */
type ReadRecord = (taskId: string, options: { signal?: AbortSignal }) => Promise<TaskRecord>;

/** The `callbacks` part of the client. */
export function createCallbacks(context: Pick<ClientContext, "deliveries" | "logger">, readRecord: ReadRecord): Callbacks {
  /** Wakes any wait in this process on `taskId`, so that it reads recordInfo now. Returns how many woke. */
  const notify = (taskId: string) => context.deliveries.deliver(taskId);

  const handler = (options: CallbackHandlerOptions): CallbackHandler => {
    if (!options.hmacKey && options.allowUnsigned !== true)
      throw new ConfigurationError(
        "callbacks.handler needs hmacKey (your webhook HMAC key), or allowUnsigned: true to accept unsigned callbacks",
      );
    try {
      checkOptions(options);
    } catch (error) {
      throw new ConfigurationError((error as Error).message);
    }
    const unknownRate = options.unknownTaskRate ?? { limit: 2, intervalMs: 1000 };
    if (!(unknownRate.limit >= 0) || !(unknownRate.intervalMs > 0))
      throw new ConfigurationError(`unknownTaskRate must be { limit ≥ 0, intervalMs > 0 } (got ${JSON.stringify(unknownRate)})`);
    const unknownConfirms: number[] = [];
    /** Takes a slot of the unknown-task budget now, or says there is none (no queueing: the sender retries). */
    const takeUnknownSlot = (now: number) => {
      while (unknownConfirms.length && unknownConfirms[0] <= now - unknownRate.intervalMs) unknownConfirms.shift();
      if (unknownConfirms.length >= unknownRate.limit) return false;
      unknownConfirms.push(now);
      return true;
    };
    const report = (error: Error, taskId?: string) => {
      try {
        options.onError?.(error, taskId);
      } catch {
        // A failing hook must not change the answer.
      }
    };
    const seen = new Map<string, number>();
    const ttl = options.dedupeTtlMs ?? 86_400_000;
    const maxBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY;

    const receive = async (input: Request | CallbackInput): Promise<{ callback: UnconfirmedCallback; signed: boolean }> => {
      const body = input instanceof Request ? undefined : (input as { body?: unknown }).body;
      if (
        typeof body === "object" &&
        body !== null &&
        !(body instanceof Uint8Array) &&
        !(body instanceof ArrayBuffer) &&
        !isChunkStream(body)
      )
        throw new CallbackVerificationError(PARSED_BODY, { reason: "parsed-body" });
      const signedHeaders = header(input.headers, "x-webhook-signature") !== undefined;
      if (options.hmacKey && (signedHeaders || !options.allowUnsigned))
        return { callback: await verifyCallback(input, options.hmacKey, options), signed: true };
      return { callback: parseCallback(await bodyText(input, maxBytes, options.bodyTimeoutMs)), signed: false };
    };

    /** Never rejects: whatever goes wrong becomes an answer (upstream delivers again after a 5xx). */
    const handle = async (input: Request | CallbackInput): Promise<Response> => {
      try {
        return await answer(input);
      } catch (error) {
        context.logger?.error?.(`callback failed: ${error instanceof Error ? error.message : String(error)}`);
        report(error instanceof Error ? error : new Error(String(error)));
        return json(500, { error: "callback handling failed" });
      }
    };

    const answer = async (input: Request | CallbackInput): Promise<Response> => {
      if (input instanceof Request && input.method !== "POST") return json(405, { error: "method not allowed" });
      let received: { callback: UnconfirmedCallback; signed: boolean };
      try {
        received = await receive(input);
      } catch (error) {
        if (!(error instanceof CallbackVerificationError)) throw error;
        if (error.reason === "parsed-body") {
          // Our setup, not the sender, is wrong: say so loudly, and let upstream deliver again once it is fixed.
          context.logger?.error?.(`callback refused: ${error.message}`);
          report(error);
          return json(500, { error: error.reason, message: error.message });
        }
        context.logger?.warn?.(`callback refused: ${error.message}`);
        report(error, error.taskId);
        return json(STATUS_OF[error.reason], { error: error.reason });
      }
      const { callback, signed } = received;
      const { taskId } = callback;
      const now = Date.now();
      for (const [id, at] of seen) if (now - at > ttl) seen.delete(id);
      if (seen.has(taskId)) return json(200, { received: true, duplicate: true });

      let record: TaskRecord;
      const confirmed = !(signed && options.dangerouslyTrustCallbackBody === true);
      if (confirmed && !context.deliveries.has(taskId) && !takeUnknownSlot(now)) {
        context.logger?.warn?.(
          `callback for task ${taskId}: no wait here knows it and the budget for such callbacks is spent; asked to deliver again`,
        );
        return json(503, { error: "busy; deliver again later" });
      }
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

    /** Never rejects, so `void handler.node(req, res)` cannot take the host down (a reset mid-body is a 400). */
    const node = async (req: NodeRequestLike, res: NodeResponseLike): Promise<void> => {
      let response: Response;
      if ((req.method ?? "POST") !== "POST") response = json(405, { error: "method not allowed" });
      // What a body parser left in req.body, or else the request stream itself: read (capped) only once
      // the signature headers have been checked, as for a Web Request.
      else response = await handle({ headers: req.headers, body: (req.body ?? req) as Exclude<CallbackInput, Request>["body"] });
      try {
        res.statusCode = response.status;
        res.setHeader("content-type", "application/json");
        res.end(await response.text());
      } catch (error) {
        // The connection is gone (the sender reset it): nobody is left to answer.
        context.logger?.warn?.(`callback answer could not be sent: ${(error as Error).message}`);
      }
    };

    return Object.assign(handle, { node });
  };

  return { verify: verifyCallback, parse: parseCallback, handler, notify };
}
