import {
  type CallbackInput,
  checkOptions,
  DEFAULT_MAX_BODY,
  type HeadersLike,
  header,
  isChunkStream,
  parseCallback,
  type VerifiedCallback,
  type VerifyOptions,
} from "./callback-body.js";
import { CallbackVerificationError } from "./errors.js";
import { readCapped, readCappedChunks, tooLarge } from "./read-capped.js";
import { checkCallbackSignature } from "./webhook-signature.js";

/** The signature headers, checked before any of the body is read. */
function signatureHeaders(headers: HeadersLike, options: VerifyOptions) {
  const timestamp = header(headers, "x-webhook-timestamp")?.trim();
  const signature = header(headers, "x-webhook-signature");
  if (!timestamp || !signature)
    throw new CallbackVerificationError("Callback has no X-Webhook-Timestamp / X-Webhook-Signature headers", {
      reason: "missing-signature",
    });
  const seconds = Number(timestamp);
  const now = (options.now ?? Date.now)() / 1000;
  const tolerance = options.toleranceSec ?? 300;
  if (!/^\d+$/.test(timestamp) || Math.abs(now - seconds) > tolerance)
    throw new CallbackVerificationError(`Callback timestamp ${timestamp} is more than ${tolerance} s from now`, { reason: "stale" });
  return { timestamp, seconds, signature };
}

/** The body as text, refused past `maxBodyBytes` while reading. */
export async function bodyText(input: CallbackInput, maxBytes: number, timeoutMs?: number): Promise<string> {
  if (typeof Request !== "undefined" && input instanceof Request) {
    if (input.bodyUsed)
      throw new TypeError("The callback request's body was already read: pass the Request untouched, or { headers, body }");
    return readCapped(input, maxBytes, timeoutMs);
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
  if (isChunkStream(body)) return readCappedChunks(body, maxBytes, timeoutMs);
  throw new TypeError(
    `A callback body must be the raw text or bytes as received (got ${body === null ? "null" : typeof body}); an already parsed JSON body cannot be verified`,
  );
}

/**
 * Verifies a signed callback (the implementation behind `verifyCallback`, loaded on its first call): headers first (signature present, timestamp within `toleranceSec`), then
 * the body (up to `maxBodyBytes`), then base64 HMAC-SHA256 of `taskId + "." + X-Webhook-Timestamp` with
 * your webhook HMAC key, in constant time. Upstream's signature covers the task id and the time, not the
 * body: the result proves which task the callback is about, and marks the body as unconfirmed. Read the
 * task (`tasks.get`) for its state and results, or use `callbacks.handler`, which does.
 * @see https://docs.kie.ai/common-api/webhook-verification
 */
export async function verifySignedCallback(input: CallbackInput, hmacKey: string, options: VerifyOptions = {}): Promise<VerifiedCallback> {
  if (typeof hmacKey !== "string" || !hmacKey) throw new TypeError("verifyCallback needs the webhook HMAC key (kie.ai settings page)");
  checkOptions(options);
  const { timestamp, seconds, signature } = signatureHeaders(input.headers, options);
  const callback = parseCallback(await bodyText(input, options.maxBodyBytes ?? DEFAULT_MAX_BODY, options.bodyTimeoutMs));
  if (!(await checkCallbackSignature(callback.taskId, timestamp, signature, hmacKey))) {
    throw new CallbackVerificationError("Callback signature does not match", { reason: "bad-signature", taskId: callback.taskId });
  }
  return { ...callback, timestamp: seconds };
}
