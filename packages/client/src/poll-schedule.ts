import type { DurationEstimate } from "./durations.js";

/** How a wait spaces its recordInfo polls. */
export interface PollingOptions {
  /**
   * Poll spacing around a learned expected end, in ms: how soon a finished task is seen.
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

export const DEFAULT_POLLING = { densePollMs: 1000, sparsePollMs: 60_000, firstPollMs: 5000 };
const MAX_DENSE_POLLS = 20;

/**
 * Upstream's guidance for a model we know nothing about: every 2-3 s for the first 30 s, every 5-10 s
 * until 2 min, then every 15-30 s (https://docs.kie.ai/market/common/get-task-detail).
 */
export function upstreamDelay(elapsedMs: number, random: () => number): number {
  const [low, high] = elapsedMs < 30_000 ? [2000, 3000] : elapsedMs < 120_000 ? [5000, 10_000] : [15_000, 30_000];
  return low + random() * (high - low);
}

/**
 * Time until the next poll. With a learned duration, polls are sparse until just before the earliest
 * expected end, dense (every `densePollMs`) through the expected window, then back off gently for a
 * task slower than any seen so far.
 */
export function nextPollDelay(
  elapsedMs: number,
  estimate: DurationEstimate | undefined,
  options: typeof DEFAULT_POLLING,
  random = Math.random,
): number {
  if (!estimate) return upstreamDelay(elapsedMs, random);
  const spread = estimate.highMs - estimate.lowMs;
  const step = Math.max(options.densePollMs, spread / MAX_DENSE_POLLS);
  const windowStart = Math.max(0, estimate.lowMs - step);
  const windowEnd = estimate.highMs + step;
  let next: number;
  if (elapsedMs < windowStart) {
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
