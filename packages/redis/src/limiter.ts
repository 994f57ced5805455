import { type Limiter, type Logger, type RateLimit, SlidingWindowLimiter, StoreUnavailableError } from "@kie-market/client";
import type { Redis } from "ioredis";
import { sleep } from "./connect.js";

// One sorted set per limit: a member per slot, scored with the moment its window starts counting down.
// In flight, that is `now + inFlightMs` (a holder that died frees its slot by then); released, the moment
// of release. Redis's own clock is the only one used, so processes with skewed clocks agree.
const ACQUIRE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local limit = tonumber(ARGV[1])
local interval = tonumber(ARGV[2])
local inFlight = tonumber(ARGV[4])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - interval)
if redis.call('ZCARD', KEYS[1]) < limit then
  redis.call('ZADD', KEYS[1], now + inFlight, ARGV[3])
  redis.call('PEXPIRE', KEYS[1], interval + inFlight + 1000)
  return 0
end
local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
local score = tonumber(oldest[2])
if score > now then return -1 end
return score + interval - now + 1
`;

const RELEASE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
if redis.call('ZSCORE', KEYS[1], ARGV[1]) then redis.call('ZADD', KEYS[1], 'XX', now, ARGV[1]) end
return 0
`;

type ScriptedRedis = Redis & {
  kieAcquire(key: string, limit: number, intervalMs: number, slot: string, inFlightMs: number): Promise<number>;
  kieRelease(key: string, slot: string): Promise<number>;
};

export function defineLimiterScripts(redis: Redis): void {
  redis.defineCommand("kieAcquire", { numberOfKeys: 1, lua: ACQUIRE });
  redis.defineCommand("kieRelease", { numberOfKeys: 1, lua: RELEASE });
}

export interface RedisLimiterOptions {
  rate: RateLimit;
  key: string;
  /** What to do when Redis cannot be reached: refuse (creates) or count in this process alone (reads). */
  whenDown: "refuse" | "local";
  /** How long a slot counts as in flight at most (its holder may have died), in ms. */
  inFlightMs: number;
  /** How often to look again while every slot of the window is in flight, in ms. */
  recheckMs?: number;
  logger?: Logger;
  what: string;
}

/**
 * A sliding-window limit shared by every process on one Redis: at most `rate.limit` slots in any window of
 * `rate.intervalMs`, a slot counting from its acquisition while in flight and for the interval after its
 * release. Within a process, waiters are served in arrival order.
 */
export class RedisLimiter implements Limiter {
  private queue: Promise<void> = Promise.resolve();
  private local: SlidingWindowLimiter | undefined;
  private down = false;

  constructor(
    private readonly redis: Redis,
    private readonly options: RedisLimiterOptions,
  ) {
    if (!(options.rate.limit >= 1) || !(options.rate.intervalMs > 0))
      throw new RangeError(`rate limit must allow at least 1 request per positive interval (got ${JSON.stringify(options.rate)})`);
  }

  acquire(signal?: AbortSignal): Promise<() => void> {
    const turn = this.queue.then(() => this.take(signal));
    this.queue = turn.then(
      () => undefined,
      () => undefined,
    );
    return turn;
  }

  private async take(signal?: AbortSignal): Promise<() => void> {
    const { rate, key, inFlightMs } = this.options;
    const redis = this.redis as ScriptedRedis;
    for (;;) {
      if (signal?.aborted) throw signal.reason;
      const slot = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
      let wait: number;
      try {
        wait = Number(await redis.kieAcquire(key, rate.limit, rate.intervalMs, slot, inFlightMs));
      } catch (error) {
        return this.unavailable(error as Error, signal);
      }
      if (this.down) {
        this.down = false;
        this.options.logger?.info?.(`kie-market fleet: the ${this.options.what} limit is counted on Redis again`);
      }
      if (wait === 0)
        return () => {
          redis.kieRelease(key, slot).catch(() => {
            // The slot then ends by itself after inFlightMs: fewer requests, never more.
          });
        };
      await sleep(wait < 0 ? (this.options.recheckMs ?? 10) : Math.min(wait, rate.intervalMs), signal);
    }
  }

  private unavailable(error: Error, signal?: AbortSignal): Promise<() => void> {
    if (this.options.whenDown === "refuse")
      throw new StoreUnavailableError(
        `the fleet's ${this.options.what} limit cannot be counted on Redis (${error.message}); nothing was sent, retry once Redis is back`,
        { cause: error },
      );
    if (!this.down) {
      this.down = true;
      this.options.logger?.warn?.(
        `kie-market fleet: Redis unreachable (${error.message}); the ${this.options.what} limit is counted in this process until it is back`,
      );
    }
    this.local ??= new SlidingWindowLimiter(this.options.rate);
    return this.local.acquire(signal);
  }
}
