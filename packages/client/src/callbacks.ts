import type { ClientContext } from "./context.js";
import { CallbackVerificationError } from "./errors.js";
import type { components } from "./generated/api.gen.js";
import { decodeRecord, type TaskRecord } from "./record.js";
import { checkCallbackSignature } from "./webhook-signature.js";

/** A completion callback, decoded. */
export interface CallbackEvent {
  taskId: string;
  /** Envelope code of the callback (200 on success, 501 on failure). */
  code?: number;
  msg?: string;
  /** The task record the callback carries. */
  record: TaskRecord;
  /** Credits charged, when upstream says. */
  consumeCredits?: number;
  /** The parsed body as received. */
  body: unknown;
}

/** Node-style (`req.headers`) or Web `Headers`. */
export type HeadersLike = Headers | Record<string, string | string[] | undefined>;

/** A Web `Request`, or the raw body with its headers (e.g. from Node's `http` or Express with a raw body parser). */
export type CallbackInput = Request | { headers: HeadersLike; body: string | Uint8Array | ArrayBuffer };

/** Options of `verifyCallback` / `callbacks.verify`. */
export interface VerifyOptions {
  /**
   * Refuse callbacks whose `X-Webhook-Timestamp` is further than this from now, in seconds
   * (upstream documents no window; this bounds replays).
   * @default 300
   */
  toleranceSec?: number;
  /** Clock, for tests. */
  now?: () => number;
}

type CallbackBody = components["schemas"]["TaskCallback"];

function header(headers: HeadersLike, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const entry = Object.entries(headers).find(([key]) => key.toLowerCase() === name.toLowerCase())?.[1];
  return Array.isArray(entry) ? entry[0] : entry;
}

async function readInput(input: CallbackInput): Promise<{ headers: HeadersLike; text: string }> {
  if (typeof Request !== "undefined" && input instanceof Request) return { headers: input.headers, text: await input.clone().text() };
  const { headers, body } = input as { headers: HeadersLike; body: string | Uint8Array | ArrayBuffer };
  return { headers, text: typeof body === "string" ? body : new TextDecoder().decode(body) };
}

/** The task id of a callback body: `taskId`, `data.taskId` or `data.task_id` (upstream pages disagree). */
function taskIdOf(body: Partial<CallbackBody> & { data?: { task_id?: string } }): string | undefined {
  const id = body.taskId ?? body.data?.taskId ?? body.data?.task_id;
  return typeof id === "string" && id ? id : undefined;
}

/** Decodes a callback body (already trusted or verified) into a {@link CallbackEvent}. */
export function parseCallback(body: unknown): CallbackEvent {
  const parsed = typeof body === "string" ? safeJson(body) : body;
  if (
    typeof parsed !== "object" ||
    parsed === null ||
    typeof (parsed as CallbackBody).data !== "object" ||
    (parsed as CallbackBody).data === null
  ) {
    throw new CallbackVerificationError("bad-body", "Callback body is not a JSON object with `data`");
  }
  const callback = parsed as CallbackBody;
  const taskId = taskIdOf(callback);
  if (!taskId)
    throw new CallbackVerificationError("no-task-id", "Callback body has no taskId (looked at taskId, data.taskId, data.task_id)");
  const data = callback.data;
  const record = decodeRecord({ ...data, taskId, model: data.model ?? "", state: data.state } as components["schemas"]["TaskRecord"]);
  return { taskId, code: callback.code, msg: callback.msg, record, consumeCredits: data.consumeCredits, body: parsed };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new CallbackVerificationError("bad-body", "Callback body is not valid JSON");
  }
}

/**
 * Verifies a signed callback and returns its event. The signature is base64 HMAC-SHA256 of
 * `taskId + "." + X-Webhook-Timestamp` with your webhook HMAC key; it is checked in constant time, and
 * stale timestamps are refused. Note that upstream's signature covers the task id and time, not the body.
 * @see https://docs.kie.ai/common-api/webhook-verification
 */
export async function verifyCallback(input: CallbackInput, hmacKey: string, options: VerifyOptions = {}): Promise<CallbackEvent> {
  if (!hmacKey) throw new TypeError("verifyCallback needs the webhook HMAC key (kie.ai settings page)");
  const { headers, text } = await readInput(input);
  const event = parseCallback(text);
  const timestamp = header(headers, "x-webhook-timestamp");
  const signature = header(headers, "x-webhook-signature");
  if (!timestamp || !signature) {
    throw new CallbackVerificationError(
      "missing-signature",
      "Callback has no X-Webhook-Timestamp / X-Webhook-Signature headers",
      event.taskId,
    );
  }
  const seconds = Number(timestamp);
  const now = (options.now ?? Date.now)() / 1000;
  const tolerance = options.toleranceSec ?? 300;
  if (!/^\d+$/.test(timestamp.trim()) || Math.abs(now - seconds) > tolerance) {
    throw new CallbackVerificationError("stale", `Callback timestamp ${timestamp} is more than ${tolerance} s from now`, event.taskId);
  }
  if (!(await checkCallbackSignature(event.taskId, timestamp.trim(), signature, hmacKey))) {
    throw new CallbackVerificationError("bad-signature", "Callback signature does not match", event.taskId);
  }
  return event;
}

/** Options of `callbacks.handler`. */
export interface CallbackHandlerOptions extends VerifyOptions {
  /** Your webhook HMAC key; `null` accepts unsigned callbacks (only for providers that do not sign). */
  hmacKey: string | null;
  /** Receives each new event once. If it throws, the handler answers 500 so that upstream delivers again. */
  onEvent?: (event: CallbackEvent) => void | Promise<void>;
  /**
   * How long a task id is remembered to drop repeated deliveries, in ms.
   * @default 86400000 (24 hours)
   */
  dedupeTtlMs?: number;
}

const json = (status: number, body: object) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

/** The `callbacks` part of the client. */
export function createCallbacks(context: Pick<ClientContext, "deliveries" | "logger">) {
  /** Hands a verified event to any wait on its task. Returns how many waits received it. */
  const deliver = (event: CallbackEvent) => context.deliveries.deliver(event.record);

  /**
   * A `(request: Request) => Promise<Response>` endpoint for `callBackUrl`: verifies, parses, drops
   * repeats (by task id), resolves waits on the task, then calls `onEvent`.
   */
  const handler = (options: CallbackHandlerOptions) => {
    const seen = new Map<string, number>();
    const ttl = options.dedupeTtlMs ?? 86_400_000;
    return async (request: Request): Promise<Response> => {
      if (request.method !== "POST") return json(405, { error: "method not allowed" });
      let event: CallbackEvent;
      try {
        event = options.hmacKey === null ? parseCallback(await request.text()) : await verifyCallback(request, options.hmacKey, options);
      } catch (error) {
        if (error instanceof CallbackVerificationError) {
          context.logger?.warn?.(`callback refused: ${error.message}`);
          return json(error.reason === "bad-body" || error.reason === "no-task-id" ? 400 : 401, { error: error.reason });
        }
        throw error;
      }
      const now = Date.now();
      for (const [taskId, at] of seen) if (now - at > ttl) seen.delete(taskId);
      if (seen.has(event.taskId)) return json(200, { received: true, duplicate: true });
      seen.set(event.taskId, now);
      deliver(event);
      try {
        await options.onEvent?.(event);
      } catch (error) {
        seen.delete(event.taskId);
        context.logger?.error?.(
          `callback handler failed for task ${event.taskId}: ${error instanceof Error ? error.message : String(error)}`,
        );
        return json(500, { error: "handler failed" });
      }
      return json(200, { received: true });
    };
  };

  return { verify: verifyCallback, parse: parseCallback, handler, deliver };
}
