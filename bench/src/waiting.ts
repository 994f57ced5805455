import { createKieClient } from "@kie-market/client";
import { startMock } from "@kie-market/mock";
import { DurationModel } from "../../packages/client/src/durations.js";
import { DEFAULT_POLLING, nextPollDelay, upstreamDelay } from "../../packages/client/src/poll-schedule.js";
import { median, type Row, round, withRatios } from "./stats.js";

/** A seeded random source, so that every run simulates the same tasks. */
function seeded(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

type Strategy = (elapsedMs: number) => number;

/** Polls from creation until the task (finishing at `durationMs`) is seen done, on a simulated clock. */
function simulate(durationMs: number, nextDelay: Strategy) {
  let at = 0;
  let polls = 0;
  for (;;) {
    at += nextDelay(at);
    polls++;
    if (at >= durationMs) return { polls, delayMs: at - durationMs };
  }
}

/**
 * Polls per task and detection delay for tasks of 5 s, 60 s and 300 s (each ±5%), for our wait once it
 * has learned the model's duration, and for fixed and documented schedules. The schedules run on a
 * simulated clock; the code under test is the client's own scheduler.
 */
export function waitingEfficiency(tasksPerDuration = 200): Row[] {
  const rows: Row[] = [];
  for (const duration of [5_000, 60_000, 300_000]) {
    const random = seeded(duration);
    const actual = Array.from({ length: tasksPerDuration }, () => duration * (0.95 + random() * 0.1));
    const learned = new DurationModel();
    for (const sampleDuration of actual.slice(0, 20)) learned.record("m", sampleDuration);
    const strategies: Record<string, Strategy> = {
      "fixed 500 ms (fal, replicate)": () => 500,
      "fixed 5 s (openai, AI SDK)": () => 5000,
      "upstream's documented schedule": (elapsed) => upstreamDelay(elapsed, random),
      "@kie-market/client, duration learned": (elapsed) => nextPollDelay(elapsed, learned.estimate("m"), DEFAULT_POLLING, random),
    };
    const group: Row[] = [];
    for (const [name, strategy] of Object.entries(strategies)) {
      const results = actual.slice(20).map((taskDuration) => simulate(taskDuration, strategy));
      const polls = median(results.map((result) => result.polls));
      const delay = median(results.map((result) => result.delayMs));
      group.push({
        bench: "waiting",
        name: `${name}, ${duration / 1000} s task`,
        value: polls,
        unit: "polls per task (median)",
        baseline: name.startsWith("fixed 500"),
        note: `detection delay ${round(delay / 1000, 2)} s (median)`,
      });
      if (name.startsWith("@kie")) {
        const row = group[group.length - 1];
        // Targets: the 60 s row from the footprint issue; the 5 s and 300 s rows must not get worse than the
        // schedule measured before it (3 polls / 0.77 s and 18 polls / 0.60 s on these same workloads).
        const [maxPolls, maxDelay] = ({ 5000: [3, 770], 60000: [4, 500], 300000: [18, 600] } as Record<number, number[]>)[duration];
        row.target = `≤ ${maxPolls} polls and ≤ ${maxDelay / 1000} s delay`;
        row.met = polls <= maxPolls && delay <= maxDelay;
        const others = otherWorkloads(duration, maxPolls, maxDelay);
        row.note = `${row.note}; over ${others.count} other seeded workloads: median ${others.polls} polls, ${round(others.delayMs / 1000, 2)} s, target met in ${others.met}`;
      }
    }
    rows.push(...withRatios(group));
  }
  return rows;
}

/** The same simulation over other seeds: how often the target holds when the learned sample differs. */
function otherWorkloads(duration: number, maxPolls: number, maxDelayMs: number, count = 79) {
  const polls: number[] = [];
  const delays: number[] = [];
  let met = 0;
  for (let seed = 1; seed <= count; seed++) {
    const random = seeded(seed * 7919 + duration);
    const actual = Array.from({ length: 220 }, () => duration * (0.95 + random() * 0.1));
    const learned = new DurationModel();
    for (const sampleDuration of actual.slice(0, 20)) learned.record("m", sampleDuration);
    const estimate = learned.estimate("m");
    const results = actual
      .slice(20)
      .map((taskDuration) => simulate(taskDuration, (elapsed) => nextPollDelay(elapsed, estimate, DEFAULT_POLLING, random)));
    const workloadPolls = median(results.map((result) => result.polls));
    const workloadDelay = median(results.map((result) => result.delayMs));
    polls.push(workloadPolls);
    delays.push(workloadDelay);
    if (workloadPolls <= maxPolls && workloadDelay <= maxDelayMs) met++;
  }
  return { count, polls: median(polls), delayMs: median(delays), met: `${met} of ${count}` };
}

/** 1,000 concurrent waits against the mock: the read budget is never exceeded. */
export async function concurrentWaits(count = 1000, budgetPerSecond = 200): Promise<Row[]> {
  const mock = await startMock({ taskDurationMs: 3000, rateLimit: false, credits: 1e9 });
  const arrivals: number[] = [];
  const kie = createKieClient({
    apiKey: "bench-key-000000",
    baseUrl: mock.url,
    rateLimit: { create: false, read: { limit: budgetPerSecond, intervalMs: 1000 } },
    polling: { expectedDurations: { "wan/2-2-a14b-image-to-video-turbo": 3000 } },
    fetch: (request) => {
      if (request.url.includes("recordInfo")) arrivals.push(performance.now());
      return fetch(request);
    },
  });
  const started = performance.now();
  const tasks = await Promise.all(
    Array.from({ length: count }, () =>
      kie.tasks.create({ model: "wan/2-2-a14b-image-to-video-turbo", input: { prompt: "p", image_url: "https://files.test/in.png" } }),
    ),
  );
  await Promise.all(tasks.map((task) => kie.tasks.wait(task.taskId, { model: task.model, createdAt: task.createdAt })));
  const seconds = (performance.now() - started) / 1000;
  await mock.close();
  let worst = 0;
  for (let index = 0, end = 0; index < arrivals.length; index++) {
    while (end < arrivals.length && arrivals[end] < arrivals[index] + 1000) end++;
    worst = Math.max(worst, end - index);
  }
  return [
    {
      bench: "waiting",
      name: `${count} concurrent waits, read budget ${budgetPerSecond}/s`,
      value: worst,
      unit: "most recordInfo calls in any 1 s window",
      target: `≤ ${budgetPerSecond}`,
      met: worst <= budgetPerSecond,
      note: `${arrivals.length} polls (${round(arrivals.length / count, 2)} per task), all done in ${round(seconds, 1)} s`,
    },
  ];
}
