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
      });
      await response.arrayBuffer();
      options.log.push({ taskId, url, attempt, status: response.status, at: Date.now() });
      if (response.ok) return true;
    } catch (error) {
      options.log.push({ taskId, url, attempt, error: error instanceof Error ? error.message : String(error), at: Date.now() });
    }
    if (attempt <= options.retries) await new Promise((resolve) => setTimeout(resolve, options.retryDelayMs * 2 ** (attempt - 1)));
  }
  return false;
}
