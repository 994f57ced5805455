import { sleep, throwIfAborted } from "./sleep.js";

/** At most `limit` acquisitions in any window of `intervalMs`. */
export interface RateLimit {
  limit: number;
  intervalMs: number;
}

/**
 * Something that spaces requests: `acquire` resolves, in its turn, with the function that ends the slot
 * (the client calls it when the request completed), or rejects (the request is then not sent: reject
 * with `StoreUnavailableError` when the count cannot be kept). `SlidingWindowLimiter` is this process's;
 * `@kie-market/redis` has one shared by a fleet.
 */
export interface Limiter {
  acquire(signal?: AbortSignal): Promise<() => void>;
}

/**
 * A sliding-window limiter: `acquire()` resolves when one more request fits in the window. Waiters
 * are served in arrival order, so one busy caller cannot starve the others. A slot counts for as long
 * as its request is in flight, and for `intervalMs` after it completes (`release`): the window is
 * measured from the latest moment the server can have counted the request, so network delays can only
 * make the client more careful, never less.
 */
export class SlidingWindowLimiter implements Limiter {
  /** `at` is when the slot's request completed; Infinity while it is in flight. */
  private readonly stamps: { at: number }[] = [];
  private queue: Promise<void> = Promise.resolve();
  /** Resolves the head waiter's wait when a slot is released (its window then starts). */
  private wake: (() => void) | undefined;

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
        const slot = { at: Number.POSITIVE_INFINITY };
        this.stamps.push(slot);
        let released = false;
        return () => {
          if (released) return;
          released = true;
          slot.at = this.now();
          this.wake?.();
        };
      }
      // Wait for the oldest completed slot to leave the window, or for an in-flight one to complete.
      const oldest = Math.min(...this.stamps.map((stamp) => stamp.at));
      const released = new Promise<void>((resolve) => {
        this.wake = resolve;
      });
      // With every slot in flight, only a release frees one; the interval is just a re-check.
      const delay = Number.isFinite(oldest) ? oldest + this.rate.intervalMs - now + 1 : this.rate.intervalMs;
      const cancel = new AbortController();
      try {
        await Promise.race([released, sleep(delay, signal ? AbortSignal.any([signal, cancel.signal]) : cancel.signal)]);
      } catch (error) {
        if (signal?.aborted) throw error;
      } finally {
        cancel.abort();
        this.wake = undefined;
      }
    }
  }
}
