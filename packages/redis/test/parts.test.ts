import { BudgetExceededError, ConfigurationError, createKieClient, type JournalEvent, StoreUnavailableError } from "@kie-market/client";
import { startMock } from "@kie-market/mock";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createRedisFleet, type RedisFleet } from "../src/index.js";
import { type RedisProcess, requireRedis, startRedis } from "./redis-server.js";

// Each part on a real redis-server, in this process.
const run = requireRedis();
let redis: RedisProcess;
let spaces = 0;
const fleets: RedisFleet[] = [];
const fleet = async (options: Partial<Parameters<typeof createRedisFleet>[0]> = {}) => {
  const made = await createRedisFleet({ redis: redis.url, namespace: `parts-${++spaces}`, ...options });
  fleets.push(made);
  return made;
};

beforeAll(async () => {
  if (run) redis = await startRedis();
});
afterAll(async () => {
  await Promise.all(fleets.map((made) => made.close()));
  await redis?.close();
});

describe("bad options: one clear error at creation, naming the option", () => {
  test.each([
    [{ redis: "http://127.0.0.1:6379" }, /redis must be a redis:\/\/ or rediss:\/\/ URL/],
    [{ redis: "not a url" }, /redis is not a valid URL/],
    [{ redis: 6379 }, /redis must be a redis:\/\/ or rediss:\/\/ URL; got 6379/],
    [{ redis: "redis://127.0.0.1:1", namespace: "a b" }, /namespace must be/],
    [{ redis: "redis://127.0.0.1:1", createLimit: { limit: 0, intervalMs: 1000 } }, /createLimit must be/],
    [{ redis: "redis://127.0.0.1:1", leaseMs: -5 }, /leaseMs must be a positive number/],
  ])("%j", async (options, message) => {
    const error = await createRedisFleet(options as never).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toMatch(message);
  });

  test("a Redis that does not answer: ConfigurationError naming the URL, without its password", async () => {
    const error = await createRedisFleet({ redis: "redis://:s3cret@127.0.0.1:1" }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toMatch(/^redis: could not connect to redis:\/\/:\*\*\*@127\.0\.0\.1:1/);
    expect((error as Error).message).not.toContain("s3cret");
  });

  test("the client refuses a fleet that is not one", () => {
    expect(() => createKieClient({ apiKey: "k", fleet: { bus: {} } as never })).toThrow(/fleet must be a KieFleet/);
  });
});

describe.skipIf(!run)("the shared limiter", () => {
  test("never more than the limit in a window across limiters of one namespace; a slot counts while in flight", async () => {
    const a = await fleet({ createLimit: { limit: 3, intervalMs: 400 } });
    const b = await createRedisFleet({ redis: redis.url, namespace: `parts-${spaces}`, createLimit: { limit: 3, intervalMs: 400 } });
    fleets.push(b);
    const starts: number[] = [];
    await Promise.all(
      [a, b, a, b, a, b].map(async (side) => {
        const release = await side.createLimiter.acquire();
        starts.push(Date.now());
        release();
      }),
    );
    // A slot counts until 400 ms after its release: the fourth can start only that long after the first.
    starts.sort((x, y) => x - y);
    expect(starts).toHaveLength(6);
    for (let index = 3; index < starts.length; index++) expect(starts[index] - starts[index - 3]).toBeGreaterThanOrEqual(390);
  });

  test("an in-flight slot blocks until its release, then for the interval after it", async () => {
    const one = await fleet({ createLimit: { limit: 1, intervalMs: 300 } });
    const release = await one.createLimiter.acquire();
    let second = false;
    const next = one.createLimiter.acquire().then((done) => {
      second = true;
      return done;
    });
    // Still in flight: nothing else gets a slot, however long it takes (checked against Redis, not a clock).
    const keys = await one.redis.zcard(`parts-${spaces}:limit:create`);
    expect(keys).toBe(1);
    expect(second).toBe(false);
    const released = Date.now();
    release();
    (await next)();
    expect(Date.now() - released).toBeGreaterThanOrEqual(290);
  });

  test("an abort while queued rejects that acquire only", async () => {
    const one = await fleet({ createLimit: { limit: 1, intervalMs: 60_000 } });
    const held = await one.createLimiter.acquire();
    const controller = new AbortController();
    const queued = one.createLimiter.acquire(controller.signal);
    controller.abort(new Error("caller gave up"));
    await expect(queued).rejects.toThrow("caller gave up");
    held();
  });
});

describe.skipIf(!run)("Redis down", () => {
  test("creates are refused with StoreUnavailableError (nothing sent); reads are counted in the process", async () => {
    const alone = await startRedis();
    const made = await createRedisFleet({ redis: alone.url, readLimit: { limit: 2, intervalMs: 60_000 } });
    const warnings: string[] = [];
    const logged = await createRedisFleet({ redis: alone.url, logger: { warn: (line) => warnings.push(line) } });
    await alone.close();
    const error = await made.createLimiter.acquire().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect(error).toMatchObject({
      retryable: true,
      message: expect.stringMatching(/create limit cannot be counted on Redis.*nothing was sent/),
    });
    // Reads fall back to a limiter of this process with the same rate.
    (await made.readLimiter.acquire())();
    (await made.readLimiter.acquire())();
    let third = false;
    void made.readLimiter.acquire().then(() => {
      third = true;
    });
    await Promise.resolve();
    expect(third).toBe(false);
    (await logged.readLimiter.acquire())();
    expect(warnings.join("\n")).toMatch(/Redis unreachable.*read limit is counted in this process/);
    await Promise.all([made.close(), logged.close()]);
  });
});

describe.skipIf(!run)("the shared journal", () => {
  const intent = (id: string, idempotencyKey?: string): JournalEvent => ({
    type: "intent",
    id,
    at: 1,
    model: "m",
    inputHash: "h",
    ...(idempotencyKey ? { idempotencyKey } : {}),
  });

  test("a corrupted entry is skipped and reported; what is around it is read; readNew returns only what came since", async () => {
    const made = await fleet();
    const store = made.journal();
    await store.append(intent("one"));
    await made.redis.xadd(`parts-${spaces}:journal`, "*", "e", "{not json");
    await made.redis.xadd(`parts-${spaces}:journal`, "*", "e", JSON.stringify({ type: "accepted", id: "one" }));
    await store.append({ type: "accepted", id: "one", at: 2, taskId: "task-1" });
    const { events, problems } = await store.read();
    expect(events.map((event) => event.type)).toEqual(["intent", "accepted"]);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/entry \d+-\d+ is not a journal event; skipped/);
    expect(await store.readNew?.()).toEqual({ events: [], problems: [] });
    const other = made.journal();
    await other.append({ type: "state", id: "one", at: 3, state: "generating" });
    expect((await store.readNew?.())?.events).toEqual([{ type: "state", id: "one", at: 3, state: "generating" }]);
  });

  test("a client's recover() survives a corrupted entry and reports it", async () => {
    const made = await fleet();
    await made.redis.xadd(`parts-${spaces}:journal`, "*", "e", "garbage");
    const kie = createKieClient({ apiKey: "k", baseUrl: "http://127.0.0.1:9", journal: made.journal(), logger: {} });
    const report = await kie.tasks.recover();
    expect(report.problems).toEqual([expect.stringMatching(/is not a journal event; skipped/)]);
    expect(report.succeeded).toEqual([]);
  });

  test("leases: one holder at a time, renewable by it, free once given up or run out", async () => {
    const made = await fleet({ leaseMs: 200 });
    const store = made.journal();
    expect(await store.lease?.("e1", "a")).toBe(true);
    expect(await store.lease?.("e1", "b")).toBe(false);
    expect(await store.lease?.("e1", "a")).toBe(true);
    await store.unlease?.("e1", "b");
    expect(await store.lease?.("e1", "b")).toBe(false);
    await store.unlease?.("e1", "a");
    expect(await store.lease?.("e1", "b")).toBe(true);
    // Not renewed: it runs out (Redis's clock).
    expect(await made.redis.pttl(`parts-${spaces}:lease:e1`)).toBeLessThanOrEqual(200);
  });

  test("idempotency keys: the first reservation wins, others learn its id; freed, it can be taken again", async () => {
    const made = await fleet();
    const store = made.journal();
    expect(await store.reserveKey?.("job-9", "first")).toBe("first");
    expect(await store.reserveKey?.("job-9", "second")).toBe("first");
    await store.freeKey?.("job-9", "second");
    expect(await store.reserveKey?.("job-9", "third")).toBe("first");
    await store.freeKey?.("job-9", "first");
    expect(await store.reserveKey?.("job-9", "third")).toBe("third");
  });
});

describe.skipIf(!run)("the bus and the claims", () => {
  test("a record published by one fleet object reaches the others, not itself; junk on the channel is ignored", async () => {
    const a = await fleet();
    const b = await createRedisFleet({ redis: redis.url, namespace: `parts-${spaces}` });
    fleets.push(b);
    const seenByA: string[] = [];
    const seenByB: string[] = [];
    a.bus.subscribe((taskId) => seenByA.push(taskId));
    const got = new Promise<void>((resolve) =>
      b.bus.subscribe((taskId) => {
        seenByB.push(taskId);
        resolve();
      }),
    );
    await b.redis.publish(`parts-${spaces}:records`, "{junk");
    await b.redis.publish(`parts-${spaces}:records`, JSON.stringify({ from: "x", taskId: 5, record: {} }));
    await a.bus.publish("t1", { taskId: "t1", state: "success" } as never);
    await got;
    expect(seenByB).toEqual(["t1"]);
    expect(seenByA).toEqual([]);
  });

  test("claims: one of many concurrent claims wins; finished, the rest are done; released, the next claim wins", async () => {
    const made = await fleet();
    const claims = await Promise.all([1, 2, 3].map(() => made.claims.claim("t1", { leaseMs: 10_000, doneTtlMs: 60_000 })));
    const winners = claims.filter((claim) => claim.status === "claimed");
    expect(winners).toHaveLength(1);
    expect(claims.filter((claim) => claim.status === "busy")).toHaveLength(2);
    const winner = winners[0] as Extract<(typeof claims)[number], { status: "claimed" }>;
    await winner.release();
    const again = await made.claims.claim("t1", { leaseMs: 10_000, doneTtlMs: 60_000 });
    expect(again.status).toBe("claimed");
    await (again as typeof winner).finish();
    expect((await made.claims.claim("t1", { leaseMs: 10_000, doneTtlMs: 60_000 })).status).toBe("done");
  });
});

describe.skipIf(!run)("the fleet's budget", () => {
  test("reservations from two connections never pass the limit together; settle moves in flight to spent, release frees", async () => {
    const a = await fleet();
    const b = await createRedisFleet({ redis: redis.url, namespace: `parts-${spaces}` });
    fleets.push(b);
    const [left, right] = [a.budgetLedger("test"), b.budgetLedger("test")];
    const results = await Promise.all(Array.from({ length: 40 }, (_, n) => (n % 2 ? left : right).reserve(`hold-${n}`, 5.5, 55)));
    expect(results.filter((result) => result.ok)).toHaveLength(10);
    expect(results.filter((result) => !result.ok).every((result) => result.spent + result.inFlight === 55)).toBe(true);
    const held = results.flatMap((result, n) => (result.ok ? [`hold-${n}`] : []));
    await left.settle(held[0] as string, 5);
    await right.settle(held[0] as string, 5); // a second settle of one hold changes nothing
    await right.release(held[1] as string);
    expect(await left.totals()).toEqual({ spent: 5, inFlight: 44 });
    // Other names are other budgets.
    expect(await a.budgetLedger("other").totals()).toEqual({ spent: 0, inFlight: 0 });
    await left.reset();
    expect(await right.totals()).toEqual({ spent: 0, inFlight: 0 });
    expect(() => a.budgetLedger("a b")).toThrow(/budgetLedger\(name\)/);
  });

  test("two clients with their own connections and one ledger: the mock sees exactly what the budget allows", async () => {
    const mock = await startMock({ taskDurationMs: 200, rateLimit: false, credits: 100_000 });
    try {
      const sides = [await fleet(), await createRedisFleet({ redis: redis.url, namespace: `parts-${spaces}` })];
      fleets.push(sides[1] as RedisFleet);
      // seedream/5-lite-text-to-image: 5.5 credits per image by the pricing snapshot, which the mock charges.
      const clients = sides.map((side) =>
        createKieClient({
          apiKey: "fleet-budget",
          baseUrl: mock.url,
          rateLimit: false,
          polling: { firstPollMs: 50, densePollMs: 50 },
          budget: { maxCredits: 33, ledger: side.budgetLedger("run") },
        }),
      );
      const outcomes = await Promise.allSettled(
        Array.from({ length: 30 }, (_, n) =>
          (clients[n % 2] as ReturnType<typeof createKieClient>).run({
            model: "seedream/5-lite-text-to-image",
            input: { prompt: `kite ${n}`, aspect_ratio: "1:1", quality: "basic" },
          }),
        ),
      );
      expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(6);
      const refused = outcomes.flatMap((outcome) => (outcome.status === "rejected" ? [outcome.reason] : []));
      expect(refused.every((error) => error instanceof BudgetExceededError)).toBe(true);
      expect(mock.requests().filter((request) => request.path === "/api/v1/jobs/createTask")).toHaveLength(6);
      expect(100_000 - mock.credits("fleet-budget")).toBe(33);
      expect(await (sides[0] as RedisFleet).budgetLedger("run").totals()).toEqual({ spent: 33, inFlight: 0 });
    } finally {
      await mock.close();
    }
  });

  test("Redis down: a create under a fleet budget is refused with StoreUnavailableError and nothing is sent", async () => {
    const alone = await startRedis();
    const made = await createRedisFleet({ redis: alone.url });
    const sent: string[] = [];
    const kie = createKieClient({
      apiKey: "k",
      baseUrl: "http://127.0.0.1:9",
      rateLimit: false,
      budget: { maxCredits: 100, ledger: made.budgetLedger() },
      fetch: async (request) => {
        sent.push(request.url);
        return new Response("{}");
      },
    });
    await alone.close();
    const error = await kie.tasks
      .create({ model: "seedream/5-lite-text-to-image", input: { prompt: "a kite", aspect_ratio: "1:1", quality: "basic" } })
      .catch((caught: unknown) => caught);
    expect((error as Error).message).toMatch(/budget: the ledger could not reserve 5.5 credits, so nothing was sent/);
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect(sent).toEqual([]);
    await made.close();
  });
});
