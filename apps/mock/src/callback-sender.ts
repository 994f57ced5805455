import { createHmac } from "node:crypto";
import { isLoopback } from "./http-utils.js";

/** One attempt to deliver a callback, as the mock logs it. */
export interface CallbackDelivery {
  taskId: string;
  url: string;
  attempt: number;
  status?: number;
  error?: string;
  at: number;
}

export interface CallbackSenderOptions {
  hmacKey: string;
  /** Further attempts after a failed delivery. */
  retries: number;
  /** Delay before the first retry; doubles each time. */
  retryDelayMs: number;
  /** Deliver to hosts other than loopback (off by default: tests stay on this machine). */
  allowExternal: boolean;
  log: CallbackDelivery[];
}

/** base64(HMAC-SHA256(`${taskId}.${timestamp}`)), as upstream signs callbacks. */
export const signature = (taskId: string, timestamp: string, key: string) =>
  createHmac("sha256", key).update(`${taskId}.${timestamp}`).digest("base64");

/**
 * A finished task's callback body. `market`: as the model pages show it (`data` is the record with credit
 * figures; no `resultJson` on failure). `webhook`: as the webhook-verification page shows it: a top-level
 * `taskId`, and `data.task_id` with `data.callbackType`.
 */
export function callbackBody(
  record: Record<string, unknown> & { taskId: string; state: string },
  credits: { consumed: number; remaining: number },
  style: "market" | "webhook" = "market",
) {
  const failed = record.state === "fail";
  const data: Record<string, unknown> = { ...record, consumeCredits: failed ? 0 : credits.consumed, remainedCredits: credits.remaining };
  if (failed) delete data.resultJson;
  const code = failed ? 501 : 200;
  if (style === "webhook") {
    const { taskId, ...rest } = data;
    return { taskId, code, msg: failed ? "Failed" : "Success", data: { task_id: taskId, callbackType: "task_completed", ...rest } };
  }
  return { code, msg: failed ? "Playground task failed." : "Playground task completed successfully.", data };
}

/** POSTs a signed callback, retrying a bounded number of times on failure. Never throws. */
export async function sendCallback(url: string, taskId: string, body: unknown, options: CallbackSenderOptions): Promise<boolean> {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    options.log.push({ taskId, url, attempt: 0, error: "invalid callBackUrl", at: Date.now() });
    return false;
  }
  if (!options.allowExternal && !isLoopback(target.hostname)) {
    options.log.push({
      taskId,
      url,
      attempt: 0,
      error: "not delivered: the mock only calls back to loopback unless allowExternalCallbacks is set",
      at: Date.now(),
    });
    return false;
  }
  for (let attempt = 1; attempt <= options.retries + 1; attempt++) {
    const timestamp = String(Math.floor(Date.now() / 1000));
    try {
      const response = await fetch(target, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "x-webhook-timestamp": timestamp,
          "x-webhook-signature": signature(taskId, timestamp, options.hmacKey),
        },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(15_000),
        // A redirect would re-send the signed body wherever the receiver points: never followed.
        redirect: "manual",
      });
      await response.arrayBuffer();
      const redirected = response.status >= 300 && response.status < 400;
      options.log.push({
        taskId,
        url,
        attempt,
        status: response.status,
        ...(redirected ? { error: "redirect not followed: a callback goes to its callBackUrl only" } : {}),
        at: Date.now(),
      });
      if (response.ok) return true;
    } catch (error) {
      options.log.push({ taskId, url, attempt, error: error instanceof Error ? error.message : String(error), at: Date.now() });
    }
    if (attempt <= options.retries) await new Promise((resolve) => setTimeout(resolve, options.retryDelayMs * 2 ** (attempt - 1)));
  }
  return false;
}
