// Recipe: a BullMQ worker that runs generation jobs on the kie.ai Market API, safe to kill at any moment.
//
// - The create limit is the fleet's (every worker of every machine shares upstream's 20 per 10 s).
// - Every task is journaled in Redis before its createTask is sent.
// - The BullMQ job id is the idempotency key: when BullMQ runs a job again (the worker died, the job
//   stalled), the new attempt finds the task the first one paid for and waits for it instead of
//   creating (and paying for) another.
//
// Run: REDIS_URL=redis://127.0.0.1:6379 KIE_API_KEY=... node bullmq-worker.mjs
// Add jobs elsewhere: new Queue("generations", { connection }).add("video", { model, input })
import { createKieClient } from "@kie-market/client";
import { createRedisFleet } from "@kie-market/redis";
import { Worker } from "bullmq";

const redisUrl = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
const fleet = await createRedisFleet({ redis: redisUrl, namespace: process.env.KIE_NAMESPACE });
const kie = createKieClient({
  ...(process.env.KIE_BASE_URL ? { baseUrl: process.env.KIE_BASE_URL } : {}),
  rateLimit: { create: fleet.createLimiter, read: fleet.readLimiter },
  journal: fleet.journal(),
  fleet,
});

const { hostname, port, password } = new URL(redisUrl);
const worker = new Worker(
  "generations",
  async (job) => {
    const done = await kie.run(
      { model: job.data.model, input: job.data.input },
      {
        idempotencyKey: `bullmq:${job.queueName}:${job.id}`,
        // Visible in BullMQ's dashboard; the journal has it already.
        onTaskCreated: (task) => job.updateProgress({ taskId: task.taskId }),
      },
    );
    return { taskId: done.taskId, resultUrls: done.resultUrls };
  },
  {
    // BullMQ's blocking connection must retry forever (its own requirement).
    connection: { host: hostname, port: Number(port || 6379), password: password || undefined, maxRetriesPerRequest: null },
    concurrency: Number(process.env.CONCURRENCY ?? 10),
    // A job whose worker died is run again after this long (BullMQ's stalled-job check).
    lockDuration: Number(process.env.LOCK_DURATION_MS ?? 30_000),
    stalledInterval: Number(process.env.STALLED_INTERVAL_MS ?? 30_000),
  },
);
worker.on("failed", (job, error) => console.error(`job ${job?.id} failed: ${error.message}`));
await worker.waitUntilReady();
console.log("worker ready");

const stop = async () => {
  await worker.close();
  await fleet.close();
  process.exit(0);
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
