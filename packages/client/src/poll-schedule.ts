import type { DurationEstimate } from "./durations.js";

/** How a wait spaces its recordInfo polls. */
export interface PollingOptions {
  /**
   * Longest poll spacing around a learned expected end, in ms: how soon a finished task is seen. A model
   * whose durations vary little is polled more tightly (down to 250 ms) and so fewer times in all.
   * @default 1000
   */
  densePollMs?: number;
  /**
   * Longest gap between polls before the expected end, in ms (to notice early failures).
   * @default 60000
   */
  sparsePollMs?: number;
  /**
   * First poll after creation, in ms (catches tasks refused right away).
   * @default 5000
   */
  firstPollMs?: number;
  /** Expected durations (ms) per model to start from, e.g. saved from `client.durations.toJSON()`. */
  expectedDurations?: Record<string, number>;
}

import { DEFAULT_POLLING } from "./defaults.js";

export { DEFAULT_POLLING };

/** The expected window (10th to 90th percentile) is covered by at most this many polls... */
const MAX_DENSE_POLLS = 26;
/** ...and otherwise by a step of a sixth of its width, never closer together than this (ms). */
const MIN_DENSE_STEP_MS = 250;
const WINDOW_STEPS = 6;
/** One grid poll lands this share of a step after the typical duration (the median is then seen early). */
const TYPICAL_OFFSET = 0.3;
/** The first dense poll is at least this share of a step after the 10th percentile. */
const START_OFFSET = 0.75;

/**
 * Upstream's guidance for a model we know nothing about: every 2-3 s for the first 30 s, every 5-10 s
 * until 2 min, then every 15-30 s (https://docs.kie.ai/market/common/get-task-detail).
 */
export function upstreamDelay(elapsedMs: number, random: () => number): number {
  const [low, high] = elapsedMs < 30_000 ? [2000, 3000] : elapsedMs < 120_000 ? [5000, 10_000] : [15_000, 30_000];
  return low + random() * (high - low);
}

/**
 * Time until the next poll. With a learned duration, polls are sparse until the earliest expected end
 * (the 10th percentile), then on an even grid through the expected window, then back off gently for a
 * task slower than any seen so far.
 *
 * The grid's step is a sixth of the window's width, between 250 ms and `densePollMs` (wider only to keep
 * the window under 26 polls). The grid is aligned so that one poll lands just after the typical (median)
 * duration, and it starts a little after the 10th percentile: the rare task that ends earlier is seen up
 * to one step late, and every other task one or two polls sooner. Simulated in `pnpm bench` (the
 * "waiting" rows): tasks of 60 s ± 5% are seen in a median of 4 polls, including the first probe.
 */
export function nextPollDelay(
  elapsedMs: number,
  estimate: DurationEstimate | undefined,
  options: typeof DEFAULT_POLLING,
  random = Math.random,
): number {
  if (!estimate) return upstreamDelay(elapsedMs, random);
  const spread = estimate.highMs - estimate.lowMs;
  const step = Math.max(spread / MAX_DENSE_POLLS, Math.min(options.densePollMs, Math.max(MIN_DENSE_STEP_MS, spread / WINDOW_STEPS)));
  const anchor = estimate.typicalMs + TYPICAL_OFFSET * step;
  const earliest = estimate.lowMs + START_OFFSET * step;
  const windowStart = Math.max(0, anchor - Math.floor((anchor - earliest) / step) * step);
  const windowEnd = estimate.highMs + step;
  let next: number;
  // A timer may fire a hair early: within a few ms of the window's start counts as inside it.
  if (elapsedMs < windowStart - 20) {
    const probe = elapsedMs < options.firstPollMs ? options.firstPollMs : elapsedMs + options.sparsePollMs;
    next = Math.min(windowStart, probe);
  } else if (elapsedMs < windowEnd) {
    next = elapsedMs + step;
  } else {
    const overtime = elapsedMs - windowEnd;
    next = elapsedMs + Math.min(15_000, Math.max(step, overtime / 4));
  }
  return Math.max(50, next - elapsedMs);
}
