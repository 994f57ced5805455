import { describe, expect, test } from "vitest";
import { AbortError } from "./errors.js";
import { SlidingWindowLimiter } from "./rate-limiter.js";

describe("SlidingWindowLimiter", () => {
  test("lets `limit` through at once and holds the next until the window moves", async () => {
    const limiter = new SlidingWindowLimiter({ limit: 3, intervalMs: 200 });
    const started = Date.now();
    const times: number[] = [];
    const acquireOne = async () => {
      const release = await limiter.acquire();
      times.push(Date.now() - started);
      release();
    };
    await Promise.all(Array.from({ length: 6 }, acquireOne));
    expect(times.slice(0, 3).every((time) => time < 100)).toBe(true);
    expect(times.slice(3).every((time) => time >= 190)).toBe(true);
  });

  test("an aborted waiter leaves the queue without blocking the others", async () => {
    const limiter = new SlidingWindowLimiter({ limit: 1, intervalMs: 100 });
    (await limiter.acquire())();
    const controller = new AbortController();
    const aborted = limiter.acquire(controller.signal);
    const next = limiter.acquire();
    controller.abort();
    await expect(aborted).rejects.toBeInstanceOf(AbortError);
    await expect(next).resolves.toBeTypeOf("function");
  });

  test("a request still in flight after the window keeps its slot until it completes, then for a whole window", async () => {
    let clock = 0;
    const limiter = new SlidingWindowLimiter({ limit: 1, intervalMs: 100 }, () => clock);
    const release = await limiter.acquire();
    clock = 5_000; // far past the window, and the first request has not completed
    let acquiredAt: number | undefined;
    const second = limiter.acquire().then((next) => {
      acquiredAt = clock;
      return next;
    });
    // Let the limiter look at its slots (it waits for a release, or re-checks after a window of real time).
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(acquiredAt).toBeUndefined();
    release();
    clock = 5_050; // released at 5000: the slot counts until 5100
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(acquiredAt).toBeUndefined();
    clock = 5_101;
    (await second)();
    expect(acquiredAt).toBe(5_101);
  });

  test("releasing twice frees one slot, not two", async () => {
    let clock = 0;
    const limiter = new SlidingWindowLimiter({ limit: 2, intervalMs: 100 }, () => clock);
    const first = await limiter.acquire();
    await limiter.acquire();
    first();
    first();
    clock = 150;
    (await limiter.acquire())(); // the first slot left the window
    let third = false;
    void limiter.acquire().then(() => {
      third = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(third).toBe(false); // the second is still in flight, the first's re-use is in the window
  });

  test.each([
    { limit: 0, intervalMs: 10 },
    { limit: 1, intervalMs: 0 },
  ])("refuses %j", (rate) => {
    expect(() => new SlidingWindowLimiter(rate)).toThrow(RangeError);
  });
});
