import { fork, spawn, spawnSync } from "node:child_process";
import { createServer } from "node:net";
import { createKieClient, SlidingWindowLimiter } from "@kie-market/client";
import { startMock } from "@kie-market/mock";
import { createRedisFleet } from "@kie-market/redis";
import { median, type Row, round, withRatios } from "./stats.js";

const hasRedis = () => spawnSync("redis-server", ["--version"], { stdio: "ignore" }).status === 0;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** A redis-server on loopback, persistence off, until `stop`. */
async function startRedis() {
  const port = await freePort();
  const child = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], {
    stdio: "ignore",
  });
  const url = `redis://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt++) {
    try {
      await (await createRedisFleet({ redis: url, namespace: "probe" })).close();
      break;
    } catch (error) {
      if (attempt > 250) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
  return { url, stop: () => child.kill("SIGKILL") };
}

const percentile = (values: number[], share: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * share))];

/** What a create's slot costs on Redis (acquire + release, one round trip each) against this process's limiter. */
async function limiterOverhead(url: string, iterations = 4000): Promise<Row[]> {
  const fleet = await createRedisFleet({ redis: url, namespace: "bench-limiter", createLimit: { limit: 1e9, intervalMs: 1000 } });
  const local = new SlidingWindowLimiter({ limit: 1e9, intervalMs: 1000 });
  const variants: Record<string, { acquire(): Promise<() => void> }> = {
    "this process's limiter (SlidingWindowLimiter)": local,
    "the fleet's limiter on Redis (loopback)": fleet.createLimiter,
  };
  const times: Record<string, number[]> = Object.fromEntries(Object.keys(variants).map((name) => [name, []]));
  // Release is fire-and-forget on Redis; a ping after it makes the next sample start with an idle connection.
  for (let round = 0; round < 10; round++)
    for (const [name, limiter] of Object.entries(variants))
      for (let index = 0; index < iterations / 10; index++) {
        const started = process.hrtime.bigint();
        (await limiter.acquire())();
        times[name].push(Number(process.hrtime.bigint() - started) / 1e6);
        if (name.includes("Redis")) await fleet.redis.ping();
      }
  await fleet.close();
  const rows = Object.entries(times).map(([name, list], index) => ({
    bench: "fleet limiter",
    name,
    value: round(median(list), 3),
    unit: "ms per acquire (median)",
    baseline: index === 0,
    note: `${list.length} acquisitions; p99 ${round(percentile(list, 0.99), 3)} ms`,
  }));
  const redisRow = rows[1] as Row;
  const p99 = percentile(times[redisRow.name], 0.99);
  redisRow.target = "≤ 1 ms p99";
  redisRow.met = p99 <= 1;
  return withRatios(rows);
}

/**
 * Fleet waits: 1,000 tasks waited for by 4 processes sharing one read budget on Redis, against one
 * process waiting for all 1,000 with the same budget of its own. Time runs 10× faster than upstream's
 * (a budget of 10 reads per 100 ms, tasks of 2 s), so that the bench takes seconds, not minutes.
 */
async function fleetWaits(url: string, tasks = 1000, processes = 4): Promise<Row[]> {
  const rate = { limit: 10, intervalMs: 100 };
  const taskMs = 2000;
  const mock = await startMock({ rateLimit: false, taskDurationMs: taskMs, credits: 1e9 });
  const rows: Row[] = [];
  try {
    for (const [label, count, local] of [
      ["1 process, its own budget", 1, true],
      [`${processes} processes, one budget on Redis`, processes, false],
    ] as const) {
      const apiKey = `bench-${count}`;
      const creator = createKieClient({ ...mock.clientOptions, apiKey });
      const ids: string[] = [];
      for (let index = 0; index < tasks; index++)
        ids.push(
          (
            await creator.tasks.create({
              model: "wan/2-2-a14b-image-to-video-turbo",
              input: { prompt: "x", image_url: "https://files.test/a.png" },
            })
          ).taskId,
        );
      const waiters = Array.from({ length: count }, () =>
        fork(new URL("./fleet-waiter.mjs", import.meta.url), {
          env: {
            ...process.env,
            REDIS_URL: url,
            NAMESPACE: `bench-waits-${count}`,
            MOCK_URL: mock.url,
            API_KEY: apiKey,
            READ_LIMIT: String(rate.limit),
            READ_INTERVAL_MS: String(rate.intervalMs),
            TASK_MS: String(taskMs),
            LOCAL: local ? "1" : "0",
          },
        }),
      );
      await Promise.all(waiters.map((child) => new Promise((resolve) => child.once("message", resolve))));
      const done = waiters.map((child) => new Promise((resolve) => child.once("message", resolve)));
      const started = Date.now();
      for (const [index, child] of waiters.entries()) child.send(ids.filter((_, at) => at % count === index));
      await Promise.all(done);
      const elapsed = Date.now() - started;
      const reads = mock
        .requests()
        .filter((request) => request.apiKey === apiKey && request.path === "/api/v1/jobs/recordInfo")
        .map((request) => request.at)
        .sort((a, b) => a - b);
      let most = 0;
      for (let start = 0, end = 0; end < reads.length; end++) {
        while (reads[end] - reads[start] >= rate.intervalMs) start++;
        most = Math.max(most, end - start + 1);
      }
      rows.push({
        bench: "fleet waits",
        name: `${label}: time to finish ${tasks} waits`,
        value: round(elapsed / 1000, 2),
        unit: "s",
        baseline: count === 1,
        note: `${reads.length} recordInfo reads; most in any ${rate.intervalMs} ms window: ${most} (budget ${rate.limit})`,
        ...(count > 1 ? { target: `never above the budget (${rate.limit} per ${rate.intervalMs} ms)`, met: most <= rate.limit } : {}),
      });
    }
  } finally {
    await mock.close();
  }
  return withRatios(rows);
}

/** The fleet's figures on a real redis-server (Debian's); none without one. */
export async function fleetBench(): Promise<Row[]> {
  if (!hasRedis()) {
    console.warn("redis-server is not installed: the fleet benches are skipped (apt-get install -y redis-server)");
    return [];
  }
  const redis = await startRedis();
  try {
    return [...(await limiterOverhead(redis.url)), ...(await fleetWaits(redis.url))];
  } finally {
    redis.stop();
  }
}
