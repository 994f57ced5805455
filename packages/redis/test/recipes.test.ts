import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { type MockServer, startMock } from "@kie-market/mock";
import { Queue } from "bullmq";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type RedisProcess, requireRedis, startRedis } from "./redis-server.js";

// The recipes of the README, run as written against the mock and a real redis-server.
const run = requireRedis();
const WORKER = fileURLToPath(new URL("../recipes/bullmq-worker.mjs", import.meta.url));
const MODEL = "wan/2-2-a14b-image-to-video-turbo";
const INPUT = { prompt: "A lighthouse at dusk", image_url: "https://files.test/lighthouse.png" };

let redis: RedisProcess;
let mock: MockServer;
const children: ChildProcess[] = [];
beforeAll(async () => {
  if (!run) return;
  redis = await startRedis();
  // Long enough that the first worker is killed while its task runs (it is killed as soon as the task exists).
  mock = await startMock({ taskDurationMs: 8000, rateLimit: false });
});
afterAll(async () => {
  for (const child of children) child.kill("SIGKILL");
  await mock?.close();
  await redis?.close();
});

async function until<T>(probe: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`not reached within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function startWorker() {
  const child = spawn(process.execPath, [WORKER], {
    env: {
      ...process.env,
      REDIS_URL: redis.url,
      KIE_API_KEY: "bullmq-recipe-key",
      KIE_BASE_URL: mock.url,
      KIE_NAMESPACE: "bullmq-recipe",
      LOCK_DURATION_MS: "1000",
      STALLED_INTERVAL_MS: "500",
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  children.push(child);
  await new Promise<void>((resolve, reject) => {
    let out = "";
    child.stdout?.on("data", (chunk) => {
      out += chunk;
      if (out.includes("worker ready")) resolve();
    });
    child.once("exit", (code) => reject(new Error(`worker exited with ${code}`)));
  });
  return child;
}

describe.skipIf(!run)("BullMQ recipe", () => {
  test("a worker killed mid-job: BullMQ runs the job again on another worker, which finishes the first task; one createTask in all", async () => {
    const { hostname, port } = new URL(redis.url);
    const queue = new Queue("generations", { connection: { host: hostname, port: Number(port) } });
    try {
      const first = await startWorker();
      const job = await queue.add("video", { model: MODEL, input: INPUT });
      // The first worker created the task (it says so in the job's progress): kill it there.
      const taskId = await until(async () => ((await queue.getJob(job.id as string))?.progress as { taskId?: string } | undefined)?.taskId);
      await new Promise<void>((resolve) => {
        first.once("exit", () => resolve());
        first.kill("SIGKILL");
      });
      await startWorker();
      const done = await until(async () => {
        const current = await queue.getJob(job.id as string);
        return (await current?.isCompleted()) ? current : undefined;
      });
      expect(done?.returnvalue).toMatchObject({ taskId });
      expect(mock.requests().filter((request) => request.path === "/api/v1/jobs/createTask")).toHaveLength(1);
    } finally {
      await queue.close();
    }
  }, 90_000);
});
