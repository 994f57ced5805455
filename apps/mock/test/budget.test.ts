import { BudgetExceededError, createKieClient, type KieClientOptions, memoryJournal } from "@kie-market/client";
import { memoryLedger } from "@kie-market/client/pricing";
import { estimateCost } from "@kie-market/schemas/pricing";
import { afterEach, describe, expect, test } from "vitest";
import { type MockServer, startMock } from "../src/mock-server.js";

// A budget against the mock, which charges each task what the pricing snapshot says its input costs and
// reports it as creditsConsumed. seedream/5-lite-text-to-image: "seedream 5.0 Lite, text-to-image", 5.5
// credits per image (specs/pricing/kie-pricing.json).
const MODEL = "seedream/5-lite-text-to-image";
const input = (n: number) => ({ prompt: `a red kite, take ${n}`, aspect_ratio: "1:1" as const, quality: "basic" as const });
const PRICE = 5.5;

let mock: MockServer | undefined;
afterEach(async () => {
  await mock?.close();
  mock = undefined;
});

const start = async (options: Parameters<typeof startMock>[0] = {}) => {
  mock = await startMock({ taskDurationMs: 300, rateLimit: false, credits: 100_000, strict: true, ...options });
  return mock;
};
const creates = () => (mock?.requests() ?? []).filter((request) => request.path === "/api/v1/jobs/createTask");
const client = (options: KieClientOptions) =>
  createKieClient({
    apiKey: "budget-test-key",
    baseUrl: mock?.url,
    rateLimit: false,
    polling: { firstPollMs: 50, densePollMs: 50 },
    retry: { baseDelayMs: 10, maxDelayMs: 50 },
    ...options,
  });

describe("budget", () => {
  test("the estimate the budget reserves is the price the mock charges", () => {
    expect(estimateCost({ model: MODEL, input: input(0) }).credits).toBe(PRICE);
  });

  test("50 concurrent runs with a budget for 10: exactly 10 are created, 40 refused before sending; the mock's balance agrees with the journal", async () => {
    await start();
    const journal = memoryJournal();
    const kie = client({ journal, budget: { maxCredits: 10 * PRICE } });
    const outcomes = await Promise.allSettled(Array.from({ length: 50 }, (_, n) => kie.run({ model: MODEL, input: input(n) })));
    const done = outcomes.filter((outcome) => outcome.status === "fulfilled");
    const refused = outcomes.flatMap((outcome) => (outcome.status === "rejected" ? [outcome.reason] : []));
    expect(done).toHaveLength(10);
    expect(refused).toHaveLength(40);
    // Settling moves a task's credits from in flight to spent, so no order of events lets an 11th in.
    for (const error of refused) {
      expect(error).toBeInstanceOf(BudgetExceededError);
      expect(error.limit).toBe(55);
      expect(error.estimate).toBe(PRICE);
      expect(error.spent + error.inFlight).toBe(55);
      expect(error.message).toMatch(/past its budget of 55 credits: [\d.]+ spent, [\d.]+ in flight; nothing was sent/);
    }
    expect(creates()).toHaveLength(10);
    const charged = 100_000 - (mock as MockServer).credits("budget-test-key");
    const entries = (await journal.read()).events.filter((event) => event.type === "settled");
    const journaled = entries.reduce((sum, event) => sum + ((event as { credits?: number }).credits ?? 0), 0);
    expect(charged).toBe(55);
    expect(journaled).toBe(55);
    for (const outcome of done) expect((outcome as PromiseFulfilledResult<{ creditsConsumed?: number }>).value.creditsConsumed).toBe(PRICE);
  });

  test("a failed task costs nothing: its reservation goes and the budget takes another task", async () => {
    await start();
    const ledger = memoryLedger();
    const kie = client({ budget: { maxCredits: PRICE, ledger } });
    const failing = client({
      budget: { maxCredits: PRICE, ledger },
      fetch: (request) => {
        request.headers.set("x-kie-mock", "fail=500");
        return fetch(request);
      },
    });
    await expect(failing.run({ model: MODEL, input: input(1) })).rejects.toThrow(/failed/);
    expect(await ledger.totals()).toEqual({ spent: 0, inFlight: 0 });
    await kie.run({ model: MODEL, input: input(2) });
    expect(await ledger.totals()).toEqual({ spent: PRICE, inFlight: 0 });
    await expect(kie.run({ model: MODEL, input: input(3) })).rejects.toBeInstanceOf(BudgetExceededError);
    expect(creates()).toHaveLength(2);
  });

  test("a create an idempotencyKey answers with an earlier task is neither counted again nor refused: it sends nothing", async () => {
    await start();
    const ledger = memoryLedger();
    const journal = memoryJournal();
    // A budget for exactly one task.
    const kie = client({ journal, budget: { maxCredits: PRICE, ledger } });
    const first = await kie.run({ model: MODEL, input: input(1) }, { idempotencyKey: "order-1" });
    // The same work again once the budget is spent (a queue redelivering its job), and from a second client
    // that shares the journal and the ledger (another worker): both get the first task.
    const again = await kie.run({ model: MODEL, input: input(1) }, { idempotencyKey: "order-1" });
    const other = client({ journal, budget: { maxCredits: PRICE, ledger } });
    const created = await other.tasks.create({ model: MODEL, input: input(1) }, { idempotencyKey: "order-1" });
    await other.tasks.wait(created.taskId);
    expect([again.taskId, created.taskId]).toEqual([first.taskId, first.taskId]);
    expect(created.replayed).toBe(true);
    expect(await ledger.totals()).toEqual({ spent: PRICE, inFlight: 0 });
    // New work is refused, before sending, and the journal says it was refused (not that it may be billed).
    const refused = await kie.run({ model: MODEL, input: input(2) }, { idempotencyKey: "order-2" }).catch((error) => error);
    expect(refused).toBeInstanceOf(BudgetExceededError);
    expect(await kie.tasks.pending()).toEqual([]);
    expect(creates()).toHaveLength(1);
    expect(100_000 - (mock as MockServer).credits("budget-test-key")).toBe(PRICE);
  });

  test("a task whose creator died is settled by the process that sees it end: its reservation is named after its journal entry", async () => {
    await start();
    const ledger = memoryLedger();
    const journal = memoryJournal();
    // One worker creates two tasks and dies before they end (it never reads them again)...
    const dead = client({ journal, budget: { maxCredits: 10 * PRICE, ledger } });
    const { taskId } = await dead.tasks.create({ model: MODEL, input: input(1) });
    const other = await dead.tasks.create({ model: MODEL, input: input(2) });
    expect(await ledger.totals()).toEqual({ spent: 0, inFlight: 2 * PRICE });
    // ...another one, sharing the journal and the ledger, reads one once it ended (as a callback's
    // confirming read does, on another instance), and follows the other with recover().
    const live = client({ journal, budget: { maxCredits: 10 * PRICE, ledger } });
    await live.tasks.wait(other.taskId);
    expect((await live.tasks.get(other.taskId)).state).toBe("success");
    expect(await ledger.totals()).toEqual({ spent: PRICE, inFlight: PRICE });
    const report = await live.tasks.recover();
    expect(report.succeeded.map((item) => item.record.taskId)).toEqual([taskId]);
    expect(await ledger.totals()).toEqual({ spent: 2 * PRICE, inFlight: 0 });
    // The creator seeing the ends after all counts nothing more; nor do more reads elsewhere.
    await dead.tasks.wait(taskId);
    await dead.tasks.wait(other.taskId);
    await live.tasks.get(taskId);
    expect(await ledger.totals()).toEqual({ spent: 2 * PRICE, inFlight: 0 });
    expect(100_000 - (mock as MockServer).credits("budget-test-key")).toBe(2 * PRICE);
  });

  test("creates whose answer was lost stay reserved until the journal says what became of them: resolved, the task settles; abandoned, the credits are freed", async () => {
    await start();
    const ledger = memoryLedger();
    const journal = memoryJournal();
    const dropping = client({
      journal,
      budget: { maxCredits: 10 * PRICE, ledger },
      retry: { maxRetries: 0 },
      fetch: (request) => {
        request.headers.set("x-kie-mock", "drop-after");
        return fetch(request);
      },
    });
    // The mock makes (and charges) each task, then closes the connection without answering.
    for (const n of [1, 2]) await expect(dropping.tasks.create({ model: MODEL, input: input(n) })).rejects.toThrow();
    expect(await ledger.totals()).toEqual({ spent: 0, inFlight: 2 * PRICE });
    const kie = client({ journal, budget: { maxCredits: 10 * PRICE, ledger } });
    const [first, second] = (await kie.tasks.pending()).map((entry) => entry.id);
    // Found in the account's logs (the mock's own tasks): the first create's task; the second is given up.
    const made = (mock as MockServer).tasks();
    expect(made).toHaveLength(2);
    await kie.tasks.resolve(first, made[0].taskId);
    await kie.tasks.recover();
    await kie.tasks.abandon(second);
    expect(await ledger.totals()).toEqual({ spent: PRICE, inFlight: 0 });
  });

  test("a create refused by the API (402) releases its reservation; one whose answer was lost keeps it (it may be billed)", async () => {
    await start({ credits: 1 });
    const ledger = memoryLedger();
    const kie = client({ budget: { maxCredits: 100, ledger }, retry: { maxRetries: 0 } });
    await expect(kie.tasks.create({ model: MODEL, input: input(1) })).rejects.toThrow(/Insufficient credits/);
    expect(await ledger.totals()).toEqual({ spent: 0, inFlight: 0 });
    await mock?.close();
    await start();
    const dropping = client({
      budget: { maxCredits: 100, ledger },
      retry: { maxRetries: 0 },
      fetch: (request) => {
        request.headers.set("x-kie-mock", "drop-after");
        return fetch(request);
      },
    });
    await expect(dropping.tasks.create({ model: MODEL, input: input(2) })).rejects.toThrow();
    // The mock made (and charged) the task, then closed the connection without answering.
    expect((mock as MockServer).credits("budget-test-key")).toBe(100_000 - PRICE);
    expect(await ledger.totals()).toEqual({ spent: 0, inFlight: PRICE });
  });

  test("an input without an estimate reserves the most its model can cost, or is refused when strict; a model nothing bounds is refused", async () => {
    await start();
    const ledger = memoryLedger();
    const kie = client({ budget: { maxCredits: 2000, ledger } });
    // kling-3.0-omni/image-to-video without `audio`: audio decides the price and has no default; the dearest
    // row is 67 credits per second (4k), at the longest duration the spec allows (15 s): 1005.
    const omni = { model: "kling-3.0-omni/image-to-video" as const, input: { prompt: "p", image_urls: ["https://example.com/a.png"] } };
    const task = await kie.tasks.create(omni);
    expect(await ledger.totals()).toEqual({ spent: 0, inFlight: 1005 });
    const strict = client({ budget: { maxCredits: 2000, strict: true } });
    await expect(strict.tasks.create(omni)).rejects.toThrow(
      /has no estimate \(the price of kling-3.0-omni\/image-to-video depends on audio.*\(strict\); nothing was sent/,
    );
    await expect(
      kie.tasks.create({ model: "runway/gen4-aleph", input: { prompt: "p", video_url: "https://example.com/v.mp4" } }),
    ).rejects.toThrow(/lists no price for runway\/gen4-aleph\), so the budget of 2000 credits cannot bound it/);
    expect(creates()).toHaveLength(1);
    // Settled at what the mock reports it charged (its fallback for an input the snapshot cannot price).
    const done = await kie.tasks.wait(task.taskId);
    expect(done.creditsConsumed).toBe(12.5);
    expect(await ledger.totals()).toEqual({ spent: 12.5, inFlight: 0 });
  });

  test("a budget option of the wrong shape is refused when the client is made", () => {
    expect(() => createKieClient({ apiKey: "k", budget: { maxCredits: -1 } })).toThrow(/budget must be \{ maxCredits/);
    expect(() => createKieClient({ apiKey: "k", budget: "100" as never })).toThrow(/budget must be/);
    expect(() => createKieClient({ apiKey: "k", budget: { maxCredits: 1, ledger: {} as never } })).toThrow(
      /budget.ledger must be a BudgetLedger/,
    );
  });
});
