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

  test.each([
    { limit: 0, intervalMs: 10 },
    { limit: 1, intervalMs: 0 },
  ])("refuses %j", (rate) => {
    expect(() => new SlidingWindowLimiter(rate)).toThrow(RangeError);
  });
});
