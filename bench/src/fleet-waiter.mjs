// A process of the fleet-waits bench: waits for the task ids it is sent, with the fleet's read limit
// (or, with LOCAL=1, a limit of its own), then reports and exits.
import { createKieClient, SlidingWindowLimiter } from "@kie-market/client";
import { createRedisFleet } from "@kie-market/redis";

const env = process.env;
const rate = { limit: Number(env.READ_LIMIT), intervalMs: Number(env.READ_INTERVAL_MS) };
const fleet = env.LOCAL === "1" ? undefined : await createRedisFleet({ redis: env.REDIS_URL, namespace: env.NAMESPACE, readLimit: rate });
const kie = createKieClient({
  apiKey: env.API_KEY,
  baseUrl: env.MOCK_URL,
  rateLimit: { create: false, read: fleet ? fleet.readLimiter : new SlidingWindowLimiter(rate) },
  polling: { firstPollMs: 200, densePollMs: 200, expectedDurations: { "wan/2-2-a14b-image-to-video-turbo": Number(env.TASK_MS) } },
});
process.on("message", async (taskIds) => {
  await Promise.all(taskIds.map((taskId) => kie.tasks.wait(taskId, { model: "wan/2-2-a14b-image-to-video-turbo", timeoutMs: 600_000 })));
  await fleet?.close();
  process.send({ done: taskIds.length }, () => process.exit(0));
});
process.send({ ready: true });
