import { describe, expect, test } from "vitest";
import { DurationModel } from "./durations.js";
import { DEFAULT_POLLING, nextPollDelay, upstreamDelay } from "./poll-schedule.js";

/** Poll times (ms from creation) until a task finishing at `durationMs` is seen done. */
function simulate(durationMs: number, model: DurationModel, random = () => 0.5) {
  const polls: number[] = [];
  let at = 0;
  for (;;) {
    polls.push(at);
    if (at >= durationMs) return { polls: polls.length, delay: at - durationMs };
    at += nextPollDelay(at, model.estimate("m"), DEFAULT_POLLING, random);
  }
}

describe("without a learned duration: upstream's schedule", () => {
  test.each([
    [0, 2000, 3000],
    [29_000, 2000, 3000],
    [30_000, 5000, 10_000],
    [119_000, 5000, 10_000],
    [120_000, 15_000, 30_000],
  ])("at %i ms the next poll is %i-%i ms away", (elapsed, low, high) => {
    expect(upstreamDelay(elapsed, () => 0)).toBe(low);
    expect(upstreamDelay(elapsed, () => 0.999999)).toBeCloseTo(high, -1);
  });
});

describe("with a learned duration", () => {
  test.each([5_000, 60_000, 300_000])("a %i ms task is seen within a second, with few polls", (duration) => {
    const model = new DurationModel();
    model.record("m", duration);
    const { polls, delay } = simulate(duration, model);
    expect(delay).toBeLessThanOrEqual(1000);
    expect(polls).toBeLessThanOrEqual(duration <= 60_000 ? 4 : 8);
  });

  test("tasks of 60 s ± 5%, duration learned from 20 of them: median ≤ 4 polls and ≤ 0.5 s detection delay", () => {
    let state = 7;
    const random = () => {
      state = (state * 1664525 + 1013904223) >>> 0;
      return state / 2 ** 32;
    };
    const durations = Array.from({ length: 220 }, () => 60_000 * (0.95 + random() * 0.1));
    const model = new DurationModel();
    for (const duration of durations.slice(0, 20)) model.record("m", duration);
    const results = durations.slice(20).map((duration) => simulate(duration, model));
    const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
    // The first poll stays at 5 s (it catches tasks refused at once); three more cover the expected end.
    expect(median(results.map((result) => result.polls - 1))).toBeLessThanOrEqual(4);
    expect(median(results.map((result) => result.delay))).toBeLessThanOrEqual(500);
  });

  test("a timer that fires a few ms early does not cause an extra poll right after", () => {
    const model = new DurationModel();
    for (const duration of [58_000, 60_000, 62_000]) model.record("m", duration);
    const estimate = model.estimate("m");
    const first = nextPollDelay(0, estimate, DEFAULT_POLLING);
    const toWindow = nextPollDelay(first, estimate, DEFAULT_POLLING);
    const early = first + toWindow - 3;
    expect(nextPollDelay(early, estimate, DEFAULT_POLLING)).toBeGreaterThanOrEqual(250);
  });

  test("noisy durations widen the dense window but keep the poll count bounded", () => {
    const model = new DurationModel();
    for (const duration of [50_000, 55_000, 60_000, 65_000, 70_000]) model.record("m", duration);
    const { polls, delay } = simulate(62_000, model);
    expect(delay).toBeLessThanOrEqual(1000);
    expect(polls).toBeLessThanOrEqual(25);
  });

  test("a task slower than ever seen is still found, with backoff", () => {
    const model = new DurationModel();
    model.record("m", 10_000);
    const { polls, delay } = simulate(200_000, model);
    expect(delay).toBeLessThanOrEqual(15_000);
    expect(polls).toBeLessThan(40);
  });

  test("the estimate resists one outlier once there are enough samples", () => {
    const model = new DurationModel();
    for (let index = 0; index < 19; index++) model.record("m", 60_000);
    model.record("m", 900_000);
    expect(model.estimate("m")).toMatchObject({ typicalMs: 60_000, highMs: 60_000 });
  });
});
