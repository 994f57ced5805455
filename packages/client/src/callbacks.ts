import {
  type CallbackInput,
  checkOptions,
  parseCallback,
  type UnconfirmedCallback,
  type VerifiedCallback,
  type VerifyOptions,
} from "./callback-body.js";
import type { ClientContext } from "./context.js";
import type { Engine } from "./engine.js";
import { ConfigurationError } from "./errors.js";
import type { RateLimit } from "./rate-limiter.js";
import type { TaskRecord } from "./record.js";
import { verifyCallback } from "./verify.js";

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
   * How many callbacks for task ids this process neither created (among its last 10,000) nor waits on may be confirmed (each costs a
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

/** Reads a task's record (the client's `tasks.get`). */
export type ReadRecord = (taskId: string, options: { signal?: AbortSignal }) => Promise<TaskRecord>;

/** The `callbacks` part of the client. */
export function createCallbacks(
  context: Pick<ClientContext, "deliveries" | "logger" | "fleet">,
  readRecord: ReadRecord,
  loadEngine: () => Promise<Pick<Engine, "bodyText" | "verifySignedCallback">> = () => import("./engine.js"),
): Callbacks {
  /** Wakes any wait in this process on `taskId`, so that it reads recordInfo now. Returns how many woke. */
  const notify = (taskId: string) => context.deliveries.deliver(taskId);

  /** Checks the options now (a mistake is a ConfigurationError at startup); the endpoint loads on its first request. */
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
    let loaded: Promise<CallbackHandler> | undefined;
    const load = () => {
      if (!loaded) {
        const attempt = Promise.all([import("./callback-handler.js"), loadEngine()]).then(([module, engine]) =>
          module.createHandler(context, readRecord, options, engine),
        );
        loaded = attempt;
        // A failed load (a chunk that could not be fetched, say) is tried again on the next callback.
        attempt.catch(() => {
          if (loaded === attempt) loaded = undefined;
        });
      }
      return loaded;
    };
    const handle = async (input: Request | CallbackInput) => {
      const real = await load().catch((error: unknown) => {
        context.logger?.error?.(`callback handler could not load: ${(error as Error).message}`);
        return undefined;
      });
      // Upstream delivers again after a 5xx.
      return real ? real(input) : Response.json({ error: "callback handling failed" }, { status: 500 });
    };
    const node = async (req: NodeRequestLike, res: NodeResponseLike) => {
      const real = await load().catch((error: unknown) => {
        // Never a rejection for the host to crash on, even if the module cannot load.
        context.logger?.error?.(`callback handler could not load: ${(error as Error).message}`);
        res.statusCode = 500;
        res.end('{"error":"callback handling failed"}');
      });
      if (real) await real.node(req, res);
    };
    return Object.assign(handle, { node });
  };

  return { verify: verifyCallback, parse: parseCallback, handler, notify };
}
