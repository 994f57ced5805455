import { sleep, throwIfAborted } from "./sleep.js";

/** At most `limit` acquisitions in any window of `intervalMs`. */
export interface RateLimit {
  limit: number;
  intervalMs: number;
}

/**
 * A sliding-window limiter: `acquire()` resolves when one more request fits in the window. Waiters
 * are served in arrival order, so one busy caller cannot starve the others. Each slot is stamped again
 * when its request completes (`release`), so the window is measured from the latest moment the server
 * can have counted the request: network delays can only make the client more careful, never less.
 */
export class SlidingWindowLimiter {
  private readonly stamps: { at: number }[] = [];
  private queue: Promise<void> = Promise.resolve();

  constructor(
    readonly rate: RateLimit,
    private readonly now: () => number = Date.now,
  ) {
    if (!(rate.limit >= 1) || !(rate.intervalMs > 0))
      throw new RangeError(`rate limit must allow at least 1 request per positive interval (got ${JSON.stringify(rate)})`);
  }

  acquire(signal?: AbortSignal): Promise<() => void> {
    const turn = this.queue.then(() => this.take(signal));
    // A caller that aborts leaves the queue without blocking the ones behind it.
    this.queue = turn.then(
      () => undefined,
      () => undefined,
    );
    return turn;
  }

  private async take(signal?: AbortSignal): Promise<() => void> {
    for (;;) {
      throwIfAborted(signal);
      const now = this.now();
      const live = this.stamps.filter((stamp) => stamp.at > now - this.rate.intervalMs);
      this.stamps.splice(0, this.stamps.length, ...live);
      if (this.stamps.length < this.rate.limit) {
        const slot = { at: now };
        this.stamps.push(slot);
        return () => {
          slot.at = Math.max(slot.at, this.now());
        };
      }
      const oldest = Math.min(...this.stamps.map((stamp) => stamp.at));
      await sleep(oldest + this.rate.intervalMs - now + 1, signal);
    }
  }
}
