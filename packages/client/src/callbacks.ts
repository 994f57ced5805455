import type { ClientContext } from "./context.js";
import { CallbackVerificationError } from "./errors.js";
import type { components } from "./generated/api.gen.js";
import { readCapped, tooLarge } from "./read-capped.js";
import { decodeRecord, type TaskRecord } from "./record.js";
import { checkCallbackSignature } from "./webhook-signature.js";

/** Node-style (`req.headers`) or Web `Headers`. */
export type HeadersLike = Headers | Record<string, string | string[] | undefined>;

/** A Web `Request`, or the raw body with its headers (e.g. from Node's `http` or Express with a raw body parser). */
export type CallbackInput = Request | { headers: HeadersLike; body: string | Uint8Array | ArrayBuffer };

/**
 * A callback decoded but not confirmed. Upstream signs only `taskId.timestamp`, so anyone holding one
 * captured callback can replay its signature with another body: nothing here but the task id is proven.
 */
export interface UnconfirmedCallback {
  taskId: string;
  /** The parsed body, as received: not covered by the signature. */
  unconfirmedBody: unknown;
  /** The task record the body claims: not covered by the signature. Confirm it with `tasks.get(taskId)`. */
  unconfirmedRecord: TaskRecord;
}

/** A callback whose signature and timestamp checked out: the task id is proven, the body is not. */
export interface VerifiedCallback extends UnconfirmedCallback {
  /** `X-Webhook-Timestamp`, Unix seconds. */
  timestamp: number;
}

/** Options of `verifyCallback` / `callbacks.verify`. */
export interface VerifyOptions {
  /**
   * Refuse callbacks whose `X-Webhook-Timestamp` is further than this from now, in seconds
   * (upstream documents no window; this bounds replays). Must be a finite number ≥ 0.
   * @default 300
   */
  toleranceSec?: number;
  /**
   * Refuse bodies larger than this many bytes (413), counted while reading. Real callbacks are a few kB.
   * @default 1048576 (1 MiB)
   */
  maxBodyBytes?: number;
  /** Clock, for tests. */
  now?: () => number;
}

type CallbackBody = components["schemas"]["TaskCallback"];
const DEFAULT_MAX_BODY = 1_048_576;

function header(headers: HeadersLike, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const entry = Object.entries(headers).find(([key]) => key.toLowerCase() === name.toLowerCase())?.[1];
  return Array.isArray(entry) ? entry[0] : entry;
}

const headersOf = (input: CallbackInput): HeadersLike => input.headers;

/** The task id of a callback body: `taskId`, `data.taskId` or `data.task_id` (upstream pages disagree). */
function taskIdOf(body: Partial<CallbackBody> & { data?: { task_id?: string } }): string | undefined {
  const id = body.taskId ?? body.data?.taskId ?? body.data?.task_id;
  return typeof id === "string" && id ? id : undefined;
}

/** Decodes a callback body. Nothing in it is confirmed: see {@link UnconfirmedCallback}. */
export function parseCallback(body: unknown): UnconfirmedCallback {
  const parsed = typeof body === "string" ? safeJson(body) : body;
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    throw new CallbackVerificationError("bad-body", "Callback body is not a JSON object");
  }
  const callback = parsed as CallbackBody;
  const taskId = taskIdOf(callback);
  if (!taskId)
    throw new CallbackVerificationError("no-task-id", "Callback body has no taskId (looked at taskId, data.taskId, data.task_id)");
  const data = (typeof callback.data === "object" && callback.data !== null ? callback.data : {}) as Partial<CallbackBody["data"]>;
  const record = decodeRecord({ ...data, taskId, model: data.model ?? "", state: data.state } as components["schemas"]["TaskRecord"]);
  return { taskId, unconfirmedBody: parsed, unconfirmedRecord: record };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new CallbackVerificationError("bad-body", "Callback body is not valid JSON");
  }
}

function checkOptions(options: VerifyOptions) {
  const { toleranceSec, maxBodyBytes } = options;
  if (toleranceSec !== undefined && !(Number.isFinite(toleranceSec) && toleranceSec >= 0))
    throw new TypeError(`toleranceSec must be a finite number of seconds ≥ 0 (got ${toleranceSec}); it bounds replayed callbacks`);
  if (maxBodyBytes !== undefined && !(Number.isSafeInteger(maxBodyBytes) && maxBodyBytes > 0))
    throw new TypeError(`maxBodyBytes must be a positive integer (got ${maxBodyBytes})`);
}

/** The signature headers, checked before any of the body is read. */
function signatureHeaders(headers: HeadersLike, options: VerifyOptions) {
  const timestamp = header(headers, "x-webhook-timestamp")?.trim();
  const signature = header(headers, "x-webhook-signature");
  if (!timestamp || !signature)
    throw new CallbackVerificationError("missing-signature", "Callback has no X-Webhook-Timestamp / X-Webhook-Signature headers");
  const seconds = Number(timestamp);
  const now = (options.now ?? Date.now)() / 1000;
  const tolerance = options.toleranceSec ?? 300;
  if (!/^\d+$/.test(timestamp) || Math.abs(now - seconds) > tolerance)
    throw new CallbackVerificationError("stale", `Callback timestamp ${timestamp} is more than ${tolerance} s from now`);
  return { timestamp, seconds, signature };
}

/** The body as text, refused past `maxBodyBytes` while reading. */
async function bodyText(input: CallbackInput, maxBytes: number): Promise<string> {
  if (typeof Request !== "undefined" && input instanceof Request) {
    if (input.bodyUsed)
      throw new TypeError("The callback request's body was already read: pass the Request untouched, or { headers, body }");
    return readCapped(input, maxBytes);
  }
  const body = (input as { body: unknown }).body;
  if (typeof body === "string") {
    if (body.length > maxBytes && new TextEncoder().encode(body).length > maxBytes) throw tooLarge(maxBytes);
    return body;
  }
  if (body instanceof Uint8Array || body instanceof ArrayBuffer) {
    if (body.byteLength > maxBytes) throw tooLarge(maxBytes);
    return new TextDecoder().decode(body);
  }
  throw new TypeError(
    `A callback body must be the raw text or bytes as received (got ${body === null ? "null" : typeof body}); an already parsed JSON body cannot be verified`,
  );
}

/**
 * Verifies a signed callback: headers first (signature present, timestamp within `toleranceSec`), then
 * the body (up to `maxBodyBytes`), then base64 HMAC-SHA256 of `taskId + "." + X-Webhook-Timestamp` with
 * your webhook HMAC key, in constant time. Upstream's signature covers the task id and the time, not the
 * body: the result proves which task the callback is about, and marks the body as unconfirmed. Read the
 * task (`tasks.get`) for its state and results, or use `callbacks.handler`, which does.
 * @see https://docs.kie.ai/common-api/webhook-verification
 */
export async function verifyCallback(input: CallbackInput, hmacKey: string, options: VerifyOptions = {}): Promise<VerifiedCallback> {
  if (typeof hmacKey !== "string" || !hmacKey) throw new TypeError("verifyCallback needs the webhook HMAC key (kie.ai settings page)");
  checkOptions(options);
  const { timestamp, seconds, signature } = signatureHeaders(headersOf(input), options);
  const callback = parseCallback(await bodyText(input, options.maxBodyBytes ?? DEFAULT_MAX_BODY));
  if (!(await checkCallbackSignature(callback.taskId, timestamp, signature, hmacKey))) {
    throw new CallbackVerificationError("bad-signature", "Callback signature does not match", callback.taskId);
  }
  return { ...callback, timestamp: seconds };
}

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
