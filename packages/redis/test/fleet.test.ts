import { createKieClient, signCallback } from "@kie-market/client";
import { type MockServer, startMock } from "@kie-market/mock";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type RedisProcess, requireRedis, startRedis } from "./redis-server.js";
import { type Replica, startReplica } from "./replicas.js";

// The fleet's guarantees on real processes, a real redis-server and the mock. Nothing here sleeps to race
// work: each step waits for what a process printed or for what the mock or Redis shows.
const run = requireRedis();
const MODEL = "wan/2-2-a14b-image-to-video-turbo";
const INPUT = { prompt: "A lighthouse at dusk", image_url: "https://files.test/lighthouse.png" };

let redis: RedisProcess;
let mock: MockServer;
const replicas: Replica[] = [];
let namespaces = 0;

beforeAll(async () => {
  if (!run) return;
  redis = await startRedis();
  // Upstream's create limit, counted per key by the mock; tasks take 200 ms.
  mock = await startMock({ rateLimit: { limit: 20, intervalMs: 10_000 }, taskDurationMs: 200, credits: 1e9, callbackRetries: 0 });
});
afterAll(async () => {
  await Promise.all(replicas.map((replica) => replica.kill9()));
  await mock?.close();
  await redis?.close();
});

/** `count` replicas sharing one namespace and one API key (a fleet of one account). */
async function fleetOf(count: number, env: Record<string, string> = {}) {
  const namespace = `test-${++namespaces}`;
  const started = await Promise.all(
    Array.from({ length: count }, () =>
      startReplica({
        REDIS_URL: redis.url,
        MOCK_URL: mock.url,
        API_KEY: `key-${namespace}`,
        HMAC_KEY: mock.hmacKey,
        NAMESPACE: namespace,
        ...env,
      }),
    ),
  );
  replicas.push(...started);
  return { replicas: started, apiKey: `key-${namespace}` };
}

/** Checks `condition` every 50 ms until it holds (a bound for a busy machine, not a race: nothing depends on when). */
async function until(condition: () => Promise<boolean> | boolean, timeoutMs = 30_000) {
  const end = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > end) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const requestsOf = (apiKey: string, path: string) => mock.requests().filter((entry) => entry.apiKey === apiKey && entry.path === path);
const creates = (apiKey: string) => requestsOf(apiKey, "/api/v1/jobs/createTask");

/** The most requests that arrived in any window of `windowMs`. */
function busiestWindow(times: number[], windowMs: number) {
  const sorted = [...times].sort((a, b) => a - b);
  let most = 0;
  for (let start = 0, end = 0; end < sorted.length; end++) {
    while (sorted[end] - sorted[start] >= windowMs) start++;
    most = Math.max(most, end - start + 1);
  }
  return most;
}

/** A task made on the mock under `apiKey`, finished (its record says success). */
async function finishedTask(apiKey: string) {
  const kie = createKieClient({ ...mock.clientOptions, apiKey });
  const { taskId } = await kie.tasks.create({ model: MODEL, input: INPUT });
  await kie.tasks.wait(taskId);
  return taskId;
}

/** Posts the signed callback of `taskId` to `url`; resolves with the status. */
async function deliver(url: string, taskId: string) {
  const timestamp = String(Math.floor(Date.now() / 1000));
  const response = await fetch(url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-webhook-timestamp": timestamp,
      "x-webhook-signature": await signCallback(taskId, timestamp, mock.hmacKey),
    },
    body: JSON.stringify({ code: 200, msg: "Playground task completed successfully.", data: { taskId, state: "success" } }),
  });
  return response.status;
}

describe.skipIf(!run)("one account's create limit holds across the fleet", () => {
  test("without the shared limit, three processes each within their own limit make the mock refuse creates", async () => {
    const { replicas: three, apiKey } = await fleetOf(3, { SHARED_LIMITS: "0" });
    // 20 each: within each process's own limit, so each sends all of them at once.
    await Promise.all(three.map((replica) => replica.send("run", { n: 20 })));
    expect(creates(apiKey).filter((entry) => entry.code === 429).length).toBeGreaterThan(0);
    await Promise.all(three.map((replica) => replica.stop()));
  });

  test("90 creates at once from three processes: never more than 20 in any 10 s window, no 429, all 90 finish", async () => {
    const { replicas: three, apiKey } = await fleetOf(3);
    const answers = await Promise.all(three.map((replica) => replica.send("run", { n: 30 })));
    const outcomes = answers.flatMap((answer) => answer.outcomes as { taskId?: string; state?: string }[]);
    expect(outcomes.filter((outcome) => outcome.state === "success")).toHaveLength(90);
    expect(new Set(outcomes.map((outcome) => outcome.taskId)).size).toBe(90);
    const sent = creates(apiKey);
    expect(sent.filter((entry) => entry.code === 429)).toEqual([]);
    expect(sent).toHaveLength(90);
    expect(
      busiestWindow(
        sent.map((entry) => entry.at),
        10_000,
      ),
    ).toBeLessThanOrEqual(20);
    await Promise.all(three.map((replica) => replica.stop()));
  }, 120_000);
});

describe.skipIf(!run)("a callback reaches the wait wherever it lives", () => {
  test("a wait on A, its signed callback delivered to B: A resolves from B's confirming read, one read after the callback fleet-wide", async () => {
    const {
      replicas: [a, b],
      apiKey,
    } = await fleetOf(2, { SPARSE_POLLS: "1" });
    // Created here with B's endpoint as its callBackUrl; A waits (one read now, then none for a minute).
    const kie = createKieClient({ ...mock.clientOptions, apiKey });
    const { taskId } = await kie.tasks.create({ model: MODEL, input: INPUT, callBackUrl: b.callbackUrl });
    const waited = await a.send("wait", { taskId });
    expect(waited).toMatchObject({ ok: true, taskId, state: "success" });
    await b.line((line) => line.event === taskId);
    // A's first read, before the task ended; then B's confirming read of the callback. A read nothing more:
    // without the bus it would have slept its minute.
    const reads = requestsOf(apiKey, "/api/v1/jobs/recordInfo").filter((entry) => entry.taskId === taskId);
    expect(reads).toHaveLength(2);
    expect(b.events(taskId)).toBe(1);
    await Promise.all([a.stop(), b.stop()]);
  });
});

describe.skipIf(!run)("onEvent runs once per finished task", () => {
  test("the same signed callback 3 times at once to one process, then 3 times at once over three processes", async () => {
    const { replicas: three, apiKey } = await fleetOf(3);
    const one = await finishedTask(apiKey);
    const alone = await Promise.all([1, 2, 3].map(() => deliver(three[0].callbackUrl, one)));
    expect(alone).toEqual([200, 200, 200]);
    expect(three[0].events(one)).toBe(1);

    const spread = await finishedTask(apiKey);
    const statuses = await Promise.all(three.map((replica) => deliver(replica.callbackUrl, spread)));
    // One process delivers; one that found the claim held answers 503 (upstream delivers again), or 200 once done.
    expect(statuses.filter((status) => status === 200).length).toBeGreaterThanOrEqual(1);
    expect(statuses.every((status) => status === 200 || status === 503)).toBe(true);
    // Delivered again (as upstream does after a 503): each is a duplicate now.
    expect(await Promise.all(three.map((replica) => deliver(replica.callbackUrl, spread)))).toEqual([200, 200, 200]);
    expect(three.reduce((sum, replica) => sum + replica.events(spread), 0)).toBe(1);
    await Promise.all(three.map((replica) => replica.stop()));
  });

  test("a delivery whose onEvent failed releases the claim: a later delivery, to another process, succeeds", async () => {
    const {
      replicas: [failing],
      apiKey,
    } = await fleetOf(1, { FAIL_FIRST_EVENT: "1" });
    const namespace = `test-${namespaces}`;
    const other = await startReplica({
      REDIS_URL: redis.url,
      MOCK_URL: mock.url,
      API_KEY: apiKey,
      HMAC_KEY: mock.hmacKey,
      NAMESPACE: namespace,
    });
    replicas.push(other);
    const taskId = await finishedTask(apiKey);
    expect(await deliver(failing.callbackUrl, taskId)).toBe(500);
    expect(failing.lines.some((line) => line.eventFailed === taskId)).toBe(true);
    expect(await deliver(other.callbackUrl, taskId)).toBe(200);
    expect(other.events(taskId)).toBe(1);
    expect(await deliver(failing.callbackUrl, taskId)).toBe(200);
    expect(failing.events(taskId)).toBe(0);
    await Promise.all([failing.stop(), other.stop()]);
  });
});

describe.skipIf(!run)("no billed task is lost when a process dies", () => {
  test("kill -9 after the create was accepted: another process's recover() delivers the result and settles its budget; one createTask in all", async () => {
    const {
      replicas: [a, b],
      apiKey,
    } = await fleetOf(2, { LEASE_MS: "600", BUDGET: "1" });
    const created = await a.send("create", { idempotencyKey: "job-1" });
    expect(created.ok).toBe(true);
    const reserved = ((await a.send("budget")).totals as { inFlight: number }).inFlight;
    expect(reserved).toBeGreaterThan(0);
    await a.kill9();
    // B follows the entry once A's lease has run out; until then recover() leaves it to A ("elsewhere").
    let report: Record<string, unknown> = {};
    await until(async () => {
      report = await b.send("recover");
      return (report.succeeded as unknown[]).length > 0;
    });
    expect(report.succeeded).toEqual([{ id: expect.any(String), taskId: created.taskId }]);
    expect(report.unknown).toEqual([]);
    expect(creates(apiKey).filter((entry) => entry.code === 200)).toHaveLength(1);
    // The dead process's reservation is settled by B, at what the mock charged (its creditsConsumed).
    expect((await b.send("budget")).totals).toEqual({ spent: 1e9 - mock.credits(apiKey), inFlight: 0 });
    await b.stop();
  });

  test("kill -9 while the create is in flight (the mock accepted it, the answer never arrived): recover() reports it as outcome unknown, nothing creates it again", async () => {
    const {
      replicas: [b],
      apiKey,
    } = await fleetOf(1, { LEASE_MS: "600" });
    const a = await startReplica({
      REDIS_URL: redis.url,
      MOCK_URL: mock.url,
      API_KEY: apiKey,
      HMAC_KEY: mock.hmacKey,
      NAMESPACE: `test-${namespaces}`,
      LEASE_MS: "600",
      HANG_AFTER_CREATE: "1",
    });
    replicas.push(a);
    void a.send("create", { idempotencyKey: "job-2" }).catch(() => undefined);
    await a.line((line) => line.hung === true);
    await a.kill9();
    expect(creates(apiKey).filter((entry) => entry.code === 200)).toHaveLength(1);
    let report: Record<string, unknown> = {};
    await until(async () => {
      report = await b.send("recover");
      return (report.unknown as unknown[]).length > 0;
    });
    expect(report.unknown).toEqual([
      { id: expect.any(String), status: "outcome-unknown", advice: expect.stringMatching(/account's logs.*tasks\.resolve/) },
    ]);
    expect(report.succeeded).toEqual([]);
    // The same key again: refused as unknown, nothing sent.
    const again = await b.send("create", { idempotencyKey: "job-2" });
    expect(again).toMatchObject({
      ok: false,
      error: { name: "OutcomeUnknownError", journalId: (report.unknown as { id: string }[])[0].id },
    });
    expect(creates(apiKey)).toHaveLength(1);
    await b.stop();
  });
});

describe.skipIf(!run)("Redis stopped mid-run", () => {
  test("creates fail with StoreUnavailableError and send nothing, waits go on by polling, and the journal has every task once Redis is back", async () => {
    const persistent = await startRedis({ persist: true });
    const namespace = `test-${++namespaces}`;
    const apiKey = `key-${namespace}`;
    const env = {
      REDIS_URL: persistent.url,
      MOCK_URL: mock.url,
      API_KEY: apiKey,
      HMAC_KEY: mock.hmacKey,
      NAMESPACE: namespace,
      LEASE_MS: "600",
    };
    const a = await startReplica(env);
    replicas.push(a);
    try {
      const created = await a.send("create", {});
      expect(created.ok).toBe(true);
      await persistent.stop();
      const refused = await a.send("create", {});
      expect(refused).toMatchObject({ ok: false, error: { name: "StoreUnavailableError" } });
      expect(creates(apiKey)).toHaveLength(1);
      expect(await a.send("wait", { taskId: created.taskId })).toMatchObject({ ok: true, state: "success" });
      await persistent.start();
      // A new process, after Redis came back: the task is in the journal, and recover() finishes it.
      const c = await startReplica(env);
      replicas.push(c);
      const pending = (await c.send("pending")).pending as { taskId?: string }[];
      expect(pending.map((entry) => entry.taskId)).toEqual([created.taskId]);
      // A's lease on it could not be given up while Redis was down: it runs out by itself.
      let report: Record<string, unknown> = {};
      await until(async () => {
        report = await c.send("recover");
        return (report.succeeded as unknown[]).length > 0;
      });
      expect(report.succeeded).toEqual([{ id: expect.any(String), taskId: created.taskId }]);
      expect((await c.send("pending")).pending).toEqual([]);
      await Promise.all([a.stop(), c.stop()]);
    } finally {
      await persistent.close();
    }
  });
});
