import { ConfigurationError } from "@kie-market/client";
import { Redis, type RedisOptions } from "ioredis";

/** The URL without its password, for messages. */
export function safeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "(not a URL)";
  }
}

/**
 * Connects to Redis at `url` (`redis://` or `rediss://`), failing at once with a ConfigurationError naming
 * the option when the URL is wrong or nothing answers. Commands fail fast while the connection is down
 * (no offline queue), and after `commandTimeoutMs` when Redis stalls: a limiter must not wait on a dead store.
 */
export async function connectRedis(url: unknown, options: { commandTimeoutMs: number; redisOptions?: RedisOptions }): Promise<Redis> {
  if (typeof url !== "string") throw new ConfigurationError(`redis must be a redis:// or rediss:// URL; got ${JSON.stringify(url)}`);
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ConfigurationError(`redis is not a valid URL: ${JSON.stringify(url)}`);
  }
  if (parsed.protocol !== "redis:" && parsed.protocol !== "rediss:")
    throw new ConfigurationError(`redis must be a redis:// or rediss:// URL; got ${safeUrl(url)}`);
  const redis = new Redis(url, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 5000,
    commandTimeout: options.commandTimeoutMs,
    ...options.redisOptions,
  });
  // Connection errors surface on each command; the client reconnects by itself.
  redis.on("error", () => {});
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    redis.disconnect();
    throw new ConfigurationError(`redis: could not connect to ${safeUrl(url)}: ${(error as Error).message}`, { cause: error });
  }
  return redis;
}

/** Resolves after `ms`, or rejects when `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
