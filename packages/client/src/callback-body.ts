import { CallbackVerificationError } from "./errors.js";
import type { components } from "./generated/api.gen.js";
import { decodeRecord, type TaskRecord } from "./record.js";

// What a callback is and how its body decodes: small and synchronous, in every app's initial bundle. The
// verification itself (reading a capped body, the HMAC) is in verify-callback.ts, loaded on first use.

/** Node-style (`req.headers`) or Web `Headers`. */
export type HeadersLike = Headers | Record<string, string | string[] | undefined>;

/**
 * A Web `Request`, or the raw body with its headers: text or bytes (e.g. Express with a raw body parser),
 * or a stream of chunks still to be read (e.g. Node's `http.IncomingMessage` itself).
 */
export type CallbackInput =
  | Request
  | { headers: HeadersLike; body: string | Uint8Array | ArrayBuffer | AsyncIterable<Uint8Array | string> };

/** A body still to be read chunk by chunk (a Node request, say), as opposed to text, bytes or a parsed object. */
export const isChunkStream = (body: unknown): body is AsyncIterable<Uint8Array | string> =>
  typeof body === "object" && body !== null && Symbol.asyncIterator in body;

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
  /**
   * Refuse a body that has not fully arrived this long after reading began (408), in ms: a sender that
   * drips bytes cannot hold a connection open.
   * @default 10000
   */
  bodyTimeoutMs?: number;
  /** Clock, for tests. */
  now?: () => number;
}

type CallbackBody = components["schemas"]["TaskCallback"];
export const DEFAULT_MAX_BODY = 1_048_576;

/** A header of Web `Headers` or of a Node-style headers object. */
export function header(headers: HeadersLike, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const entry = Object.entries(headers).find(([key]) => key.toLowerCase() === name.toLowerCase())?.[1];
  return Array.isArray(entry) ? entry[0] : entry;
}

/** The task id of a callback body: `taskId`, `data.taskId` or `data.task_id` (upstream pages disagree). */
function taskIdOf(body: Partial<CallbackBody> & { data?: { task_id?: string } }): string | undefined {
  const id = body.taskId ?? body.data?.taskId ?? body.data?.task_id;
  return typeof id === "string" && id ? id : undefined;
}

/** Decodes a callback body. Nothing in it is confirmed: see {@link UnconfirmedCallback}. */
export function parseCallback(body: unknown): UnconfirmedCallback {
  const parsed = typeof body === "string" ? safeJson(body) : body;
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    throw new CallbackVerificationError("Callback body is not a JSON object", { reason: "bad-body" });
  }
  const callback = parsed as CallbackBody;
  const taskId = taskIdOf(callback);
  if (!taskId)
    throw new CallbackVerificationError("Callback body has no taskId (looked at taskId, data.taskId, data.task_id)", {
      reason: "no-task-id",
    });
  const data = (typeof callback.data === "object" && callback.data !== null ? callback.data : {}) as Partial<CallbackBody["data"]>;
  const record = decodeRecord({ ...data, taskId, model: data.model ?? "", state: data.state } as components["schemas"]["TaskRecord"]);
  return { taskId, unconfirmedBody: parsed, unconfirmedRecord: record };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new CallbackVerificationError("Callback body is not valid JSON", { reason: "bad-body" });
  }
}

/** Refuses options that would weaken verification (a non-finite window) or the body cap. */
export function checkOptions(options: VerifyOptions) {
  const { toleranceSec, maxBodyBytes } = options;
  if (toleranceSec !== undefined && !(Number.isFinite(toleranceSec) && toleranceSec >= 0))
    throw new TypeError(`toleranceSec must be a finite number of seconds ≥ 0 (got ${toleranceSec}); it bounds replayed callbacks`);
  if (maxBodyBytes !== undefined && !(Number.isSafeInteger(maxBodyBytes) && maxBodyBytes > 0))
    throw new TypeError(`maxBodyBytes must be a positive integer (got ${maxBodyBytes})`);
  if (options.bodyTimeoutMs !== undefined && !(Number.isFinite(options.bodyTimeoutMs) && options.bodyTimeoutMs > 0))
    throw new TypeError(`bodyTimeoutMs must be a positive number of ms (got ${options.bodyTimeoutMs})`);
}
