import type { CallbackInput, VerifiedCallback, VerifyOptions } from "./callback-body.js";

/**
 * Verifies a signed callback: headers first (signature present, timestamp within `toleranceSec`), then
 * the body (up to `maxBodyBytes`), then base64 HMAC-SHA256 of `taskId + "." + X-Webhook-Timestamp` with
 * your webhook HMAC key, in constant time. Upstream's signature covers the task id and the time, not the
 * body: the result proves which task the callback is about, and marks the body as unconfirmed. Read the
 * task (`tasks.get`) for its state and results, or use `callbacks.handler`, which does.
 * @see https://docs.kie.ai/common-api/webhook-verification
 */
export async function verifyCallback(input: CallbackInput, hmacKey: string, options: VerifyOptions = {}): Promise<VerifiedCallback> {
  // The body reading and the HMAC load on the first call: an app's initial bundle carries only this.
  const { verifySignedCallback } = await import("./engine.js");
  return verifySignedCallback(input, hmacKey, options);
}

/** base64(HMAC-SHA256(`${taskId}.${timestamp}`, hmacKey)): the signature upstream sends with a callback (for your tests). */
export async function signCallback(taskId: string, timestamp: string | number, hmacKey: string): Promise<string> {
  return (await import("./engine.js")).signCallback(taskId, timestamp, hmacKey);
}
