import { afterEach, describe, expect, test } from "vitest";
import { startFaultServer } from "../test/fault-server.js";
import { API_KEY, wanRequest } from "../test/test-server.js";
import { createKieClient } from "./client.js";
import { ConnectionError, WaitTimeoutError } from "./errors.js";

let server: Awaited<ReturnType<typeof startFaultServer>> | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const after = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A client tuned for loopback: fast polls and retries, and budgets raised for 200 tasks at once. */
const faultClient = (url: string) =>
  createKieClient({
    apiKey: API_KEY,
    baseUrl: url,
    retry: { maxRetries: 2, baseDelayMs: 50, maxDelayMs: 1000 },
    polling: { firstPollMs: 100, densePollMs: 250, expectedDurations: { [wanRequest.model]: 500 } },
    rateLimit: { create: { limit: 200, intervalMs: 1000 }, read: { limit: 400, intervalMs: 1000 } },
  });

/** Starts `count` runs and resolves, with their outcomes still pending, once every task exists. */
async function startRuns(kie: ReturnType<typeof faultClient>, count: number, timeoutMs: number) {
  const ids: string[] = [];
  let allCreated: () => void = () => undefined;
  const created = new Promise<void>((resolve) => {
    allCreated = resolve;
  });
  const outcomes = Array.from({ length: count }, () =>
    kie
      .run(wanRequest, {
        timeoutMs,
        onTaskCreated: (task) => {
          ids.push(task.taskId);
          if (ids.length === count) allCreated();
        },
      })
      .then(
        (done) => ({ done }),
        (error: unknown) => ({ error }),
      ),
  );
  await created;
  return { ids, outcomes: Promise.all(outcomes) };
}

describe("waits outlive outages", () => {
  test("200 runs: 10 s unreachable, 5 s of 503s, truncated bodies, recovery: every task created once, every run succeeds", async () => {
    server = await startFaultServer({ truncatedReads: 4 });
    const runs = await startRuns(faultClient(server.url), 200, 10 * 60_000);
    // Every task exists before the outage starts: what follows can only test the waits.
    await server.down();
    await after(10_000);
    await server.up("503");
    await after(5_000);
    // Four cut-off bodies per task: more than one read's own retries (three attempts) absorb.
    server.setMode("truncated");
    const outcomes = await runs.outcomes;
    const rejected = outcomes.filter((outcome) => "error" in outcome);
    expect(rejected.map((outcome) => String((outcome as { error: unknown }).error))).toEqual([]);
    const resolved = outcomes.map((outcome) => (outcome as { done: { taskId: string; state: string } }).done);
    expect(resolved.every((done) => done.state === "success")).toBe(true);
    expect(new Set(resolved.map((done) => done.taskId)).size).toBe(200);
    expect(server.creates).toHaveLength(200);
    expect(new Set(server.creates).size).toBe(200);
    expect(server.counts.served503).toBeGreaterThan(0);
    expect(server.counts.truncated).toBe(800);
  }, 180_000);

  test("an outage longer than the wait: every rejection carries the task id and says the task exists", async () => {
    server = await startFaultServer();
    const runs = await startRuns(faultClient(server.url), 20, 1500);
    await server.down();
    const outcomes = await runs.outcomes;
    expect(server.creates).toHaveLength(20);
    for (const outcome of outcomes) {
      const error = (outcome as { error: WaitTimeoutError }).error;
      expect(error).toBeInstanceOf(WaitTimeoutError);
      expect(error.message).toMatch(/The task exists and may still finish: resume with tasks\.wait\("fault-\d+"\)/);
      expect(error.message).toMatch(/last state: (generating|never read); last error: .*could not connect/);
      expect(error.lastError).toBeInstanceOf(ConnectionError);
      expect(error).not.toHaveProperty("maybeProcessed", false);
    }
    const errorIds = outcomes.map((outcome) => (outcome as { error: WaitTimeoutError }).error.taskId);
    expect(new Set(errorIds)).toEqual(new Set(runs.ids));
    expect(runs.ids).toHaveLength(20);
  }, 60_000);
});
