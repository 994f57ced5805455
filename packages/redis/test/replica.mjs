// One replica of a fleet, as a test (fleet.test.ts) runs three of them: a client on the mock, a callback
// endpoint on loopback, and commands read as JSON lines on stdin, answered as JSON lines on stdout.
// Environment: REDIS_URL, MOCK_URL, API_KEY, HMAC_KEY, NAMESPACE; SHARED_LIMITS=0 keeps this process's own
// limits; LEASE_MS; FAIL_FIRST_EVENT=1 makes the first onEvent throw; HANG_AFTER_CREATE=1 makes a create
// whose answer arrived never return it (the process is then killed, as if mid-request); SPARSE_POLLS=1
// makes waits read once, then not again for a minute (so that only a callback can end them early);
// BUDGET=1 gives the client a budget on the fleet's ledger (its totals: the `budget` command).

import { createServer } from "node:http";
import { createInterface } from "node:readline";
import { createKieClient } from "@kie-market/client";
import { createRedisFleet } from "../dist/index.js";

const env = process.env;
const say = (message) => process.stdout.write(`${JSON.stringify(message)}\n`);
const model = "wan/2-2-a14b-image-to-video-turbo";
const input = { prompt: "A lighthouse at dusk", image_url: "https://files.test/lighthouse.png" };

const fleet = await createRedisFleet({
  redis: env.REDIS_URL,
  namespace: env.NAMESPACE,
  leaseMs: Number(env.LEASE_MS ?? 30_000),
  logger: { warn: (line) => say({ log: line }) },
});
const shared = env.SHARED_LIMITS !== "0";
const fetchHanging = async (request) => {
  const response = await fetch(request);
  if (new URL(request.url).pathname.endsWith("/createTask")) {
    say({ hung: true });
    await new Promise(() => {});
  }
  return response;
};
const ledger = env.BUDGET === "1" ? fleet.budgetLedger("replicas") : undefined;
const kie = createKieClient({
  ...(ledger ? { budget: { maxCredits: 10_000, ledger } } : {}),
  apiKey: env.API_KEY,
  baseUrl: env.MOCK_URL,
  journal: fleet.journal(),
  fleet,
  ...(shared ? { rateLimit: { create: fleet.createLimiter, read: fleet.readLimiter } } : {}),
  retry: shared ? undefined : { maxRetries: 0 },
  ...(env.HANG_AFTER_CREATE === "1" ? { fetch: fetchHanging } : {}),
  polling:
    env.SPARSE_POLLS === "1"
      ? { firstPollMs: 60_000, densePollMs: 60_000, sparsePollMs: 60_000, expectedDurations: { [model]: 600_000 } }
      : { firstPollMs: 50, densePollMs: 50, expectedDurations: { [model]: 200 } },
});

let failNext = env.FAIL_FIRST_EVENT === "1";
const handler = kie.callbacks.handler({
  hmacKey: env.HMAC_KEY,
  onEvent: ({ taskId, record }) => {
    if (failNext) {
      failNext = false;
      say({ eventFailed: taskId });
      throw new Error("the app's store is down");
    }
    say({ event: taskId, state: record.state });
  },
});
const server = createServer((req, res) => void handler.node(req, res));
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
say({ ready: `http://127.0.0.1:${server.address().port}/callback` });

const errorOf = (error) => ({ name: error?.name, message: error?.message, journalId: error?.journalId });

const commands = {
  // Runs n tasks to the end at once; reports each outcome.
  run: async ({ n }) => {
    const outcomes = await Promise.all(
      Array.from({ length: n }, () =>
        kie.run({ model, input }).then(
          (record) => ({ taskId: record.taskId, state: record.state }),
          (error) => ({ error: errorOf(error) }),
        ),
      ),
    );
    return { outcomes };
  },
  create: async ({ idempotencyKey, callBackUrl }) => {
    const task = await kie.tasks.create({ model, input, ...(callBackUrl ? { callBackUrl } : {}) }, { idempotencyKey });
    return { taskId: task.taskId };
  },
  wait: async ({ taskId }) => {
    const record = await kie.tasks.wait(taskId, { model });
    return { taskId: record.taskId, state: record.state, resultUrls: record.resultUrls };
  },
  pending: async () => ({ pending: await kie.tasks.pending() }),
  budget: async () => ({ totals: await ledger.totals() }),
  recover: async () => {
    const report = await kie.tasks.recover();
    return {
      succeeded: report.succeeded.map(({ entry, record }) => ({ id: entry.id, taskId: record.taskId })),
      failed: report.failed.map(({ entry, error }) => ({ id: entry.id, error: errorOf(error) })),
      unknown: report.unknown.map(({ entry, advice }) => ({ id: entry.id, status: entry.status, advice })),
      elsewhere: report.elsewhere.map(({ entry }) => ({ id: entry.id })),
    };
  },
};

createInterface({ input: process.stdin }).on("line", async (line) => {
  const { id, cmd, ...args } = JSON.parse(line);
  try {
    say({ id, ok: true, ...(await commands[cmd](args)) });
  } catch (error) {
    say({ id, ok: false, error: errorOf(error) });
  }
});
process.stdin.on("end", async () => {
  server.close();
  await fleet.close();
  process.exit(0);
});
