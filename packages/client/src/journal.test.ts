import { afterEach, describe, expect, test } from "vitest";
import { API_KEY, CREATE, record, sendJson, startTestServer, wanRequest } from "../test/test-server.js";
import { createKieClient } from "./client.js";
import { ConfigurationError, ConnectionError, IdempotencyConflictError, OutcomeUnknownError, StoreUnavailableError } from "./errors.js";
import { type JournalEvent, type JournalStore, memoryJournal } from "./journal-store.js";

let server: Awaited<ReturnType<typeof startTestServer>> | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const polling = { firstPollMs: 20, densePollMs: 20, expectedDurations: { [wanRequest.model]: 40 } };
const creates = () => server?.requests.filter((request) => request.path === CREATE).length ?? 0;

/** A store that lets the test look at what it held when something happened. */
function watchedJournal() {
  const store = memoryJournal();
  const seen: JournalEvent[] = [];
  const journal: JournalStore = {
    append: async (event) => {
      seen.push(event);
      await store.append(event);
    },
    read: () => store.read(),
  };
  return { journal, seen };
}

/** A server whose tasks succeed on their first read; `onCreate` may answer a create itself (return true). */
async function serve(onCreate?: (count: number, socket: import("node:net").Socket) => boolean) {
  let count = 0;
  server = await startTestServer((request, response, socket) => {
    if (request.path === CREATE) {
      count++;
      if (onCreate?.(count, socket)) return;
      return sendJson(response, { code: 200, msg: "success", data: { taskId: `task-${count}` } });
    }
    sendJson(response, { code: 200, msg: "success", data: record(request.query.get("taskId") ?? "", "success") });
  });
  return server.url;
}

describe("the journal", () => {
  test("holds the intent before createTask is sent, then the task id, then its end", async () => {
    const { journal, seen } = watchedJournal();
    let heldAtArrival: string[] = [];
    const url = await serve(() => {
      heldAtArrival = seen.map((event) => event.type);
      return false;
    });
    const kie = createKieClient({ apiKey: API_KEY, baseUrl: url, polling, journal });
    const done = await kie.run(wanRequest);
    expect(heldAtArrival).toEqual(["intent"]);
    expect(seen.map((event) => event.type)).toEqual(["intent", "accepted", "settled"]);
    expect(seen[2]).toMatchObject({ state: "success", resultUrls: done.resultUrls });
    expect(await kie.tasks.pending()).toEqual([]);
  });

  test("a bad journal option is one clear error at creation; idempotencyKey without a journal is refused before sending", async () => {
    expect(() => createKieClient({ apiKey: API_KEY, journal: {} as never })).toThrow(ConfigurationError);
    expect(() => createKieClient({ apiKey: API_KEY, journal: "journal.jsonl" as never })).toThrow(/journal must be a JournalStore/);
    const url = await serve();
    const kie = createKieClient({ apiKey: API_KEY, baseUrl: url });
    await expect(kie.tasks.create(wanRequest, { idempotencyKey: "job-1" })).rejects.toThrow(/idempotencyKey needs a journal/);
    expect(creates()).toBe(0);
  });
});

describe("idempotencyKey", () => {
  test("concurrent and later creates with one key get the first task; one createTask in all", async () => {
    const url = await serve();
    const kie = createKieClient({ apiKey: API_KEY, baseUrl: url, polling, journal: memoryJournal() });
    const [a, b, c] = await Promise.all([1, 2, 3].map(() => kie.tasks.create(wanRequest, { idempotencyKey: "order-17" })));
    expect(new Set([a.taskId, b.taskId, c.taskId])).toEqual(new Set(["task-1"]));
    // The one that sent it is not marked; the two that joined it are.
    expect([a, b, c].map((task) => task.replayed ?? false).sort()).toEqual([false, true, true]);
    expect((await kie.tasks.create(wanRequest, { idempotencyKey: "order-17" })).replayed).toBe(true);
    const again = await kie.run(wanRequest, { idempotencyKey: "order-17" });
    expect(again.taskId).toBe("task-1");
    expect(creates()).toBe(1);
    // Another key is another task.
    expect((await kie.tasks.create(wanRequest, { idempotencyKey: "order-18" })).taskId).toBe("task-2");
  });

  test("the key used again for another input is refused, nothing sent", async () => {
    const url = await serve();
    const kie = createKieClient({ apiKey: API_KEY, baseUrl: url, journal: memoryJournal() });
    await kie.tasks.create(wanRequest, { idempotencyKey: "k" });
    const other = { ...wanRequest, input: { ...wanRequest.input, prompt: "Another" } };
    await expect(kie.tasks.create(other, { idempotencyKey: "k" })).rejects.toThrow(IdempotencyConflictError);
    expect(creates()).toBe(1);
  });

  test("a create whose answer never came: outcome unknown, never re-sent; resolve or abandon decides", async () => {
    // The server reads the first create and drops the connection: the task may exist.
    const url = await serve((count, socket) => {
      if (count === 1) socket.destroy();
      return count === 1;
    });
    const journal = memoryJournal();
    const kie = createKieClient({ apiKey: API_KEY, baseUrl: url, polling, journal });
    const lost = await kie.tasks.create(wanRequest, { idempotencyKey: "job-9" }).catch((error) => error);
    expect(lost).toBeInstanceOf(ConnectionError);
    const [pending] = await kie.tasks.pending();
    expect(pending).toMatchObject({ status: "outcome-unknown", idempotencyKey: "job-9", model: wanRequest.model });
    // Another process sharing the journal: the same key creates nothing.
    const other = createKieClient({ apiKey: API_KEY, baseUrl: url, polling, journal });
    const refused = await other.tasks.create(wanRequest, { idempotencyKey: "job-9" }).catch((error) => error);
    expect(refused).toBeInstanceOf(OutcomeUnknownError);
    expect(refused.journalId).toBe(pending.id);
    expect(creates()).toBe(1);
    const report = await other.tasks.recover();
    expect(report.unknown).toEqual([expect.objectContaining({ entry: expect.objectContaining({ id: pending.id }) })]);
    expect(report.unknown[0].advice).toContain(`tasks.resolve("${pending.id}"`);
    // Found in the account's logs: the key now returns that task, and recover() follows it.
    await other.tasks.resolve(pending.id, "task-from-logs");
    expect((await other.tasks.create(wanRequest, { idempotencyKey: "job-9" })).taskId).toBe("task-from-logs");
    expect((await other.tasks.recover()).succeeded.map((item) => item.record.taskId)).toEqual(["task-from-logs"]);
    expect(creates()).toBe(1);
  });

  test("an abandoned unknown create lets the key create anew; a refused create is no pending task", async () => {
    const url = await serve((count, socket) => {
      if (count === 1) socket.destroy();
      return count === 1;
    });
    const kie = createKieClient({ apiKey: API_KEY, baseUrl: url, journal: memoryJournal() });
    await kie.tasks.create(wanRequest, { idempotencyKey: "j" }).catch(() => {});
    const [unknown] = await kie.tasks.pending();
    await kie.tasks.abandon(unknown.id);
    expect((await kie.tasks.create(wanRequest, { idempotencyKey: "j" })).taskId).toBe("task-2");
    await expect(kie.tasks.abandon(unknown.id)).rejects.toThrow(/abandoned; only a create whose outcome is unknown/);
  });

  test("a create the server refused leaves no pending entry, and the key is free again", async () => {
    let first = true;
    server = await startTestServer((_request, response) => {
      if (first) {
        first = false;
        return sendJson(response, { code: 402, msg: "Insufficient credits" });
      }
      sendJson(response, { code: 200, msg: "success", data: { taskId: "task-ok" } });
    });
    const kie = createKieClient({ apiKey: API_KEY, baseUrl: server.url, journal: memoryJournal() });
    await expect(kie.tasks.create(wanRequest, { idempotencyKey: "p" })).rejects.toThrow(/Insufficient credits/);
    expect(await kie.tasks.pending()).toEqual([]);
    expect((await kie.tasks.create(wanRequest, { idempotencyKey: "p" })).taskId).toBe("task-ok");
  });

  test("a journal that cannot write: nothing is sent", async () => {
    const url = await serve();
    const broken: JournalStore = {
      append: async () => {
        throw new Error("disk full");
      },
      read: async () => ({ events: [], problems: [] }),
    };
    const kie = createKieClient({ apiKey: API_KEY, baseUrl: url, journal: broken });
    const error = await kie.tasks.create(wanRequest).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect(error).toMatchObject({
      retryable: true,
      message: expect.stringMatching(/could not record the create, so nothing was sent: disk full/),
    });
    expect(creates()).toBe(0);
  });
});

/** One event list shared by several store objects, each with its own `readNew` cursor (as a Redis stream is). */
function sharedStore(events: JournalEvent[] = []) {
  return (): JournalStore => {
    let cursor = 0;
    return {
      append: async (event) => {
        events.push(structuredClone(event));
      },
      read: async () => {
        cursor = events.length;
        return { events: structuredClone(events), problems: [] };
      },
      readNew: async () => {
        const fresh = events.slice(cursor);
        cursor = events.length;
        return { events: structuredClone(fresh), problems: [] };
      },
    };
  };
}

describe("a journal shared by processes", () => {
  test("another client finds the task by its id (settled, with its results) and by its idempotency key, without creating", async () => {
    const url = await serve();
    const store = sharedStore();
    const a = createKieClient({ apiKey: API_KEY, baseUrl: url, polling, journal: store() });
    const b = createKieClient({ apiKey: API_KEY, baseUrl: url, polling, journal: store() });
    expect(await b.tasks.lookup("task-1")).toBeUndefined(); // b has read the store before a wrote anything
    const done = await a.run(wanRequest, { idempotencyKey: "order-7" });
    expect(await b.tasks.lookup(done.taskId)).toMatchObject({ status: "succeeded", taskId: done.taskId, resultUrls: done.resultUrls });
    const again = await b.tasks.create(wanRequest, { idempotencyKey: "order-7" });
    expect(again).toMatchObject({ taskId: done.taskId, replayed: true });
    expect(creates()).toBe(1);
    expect(await b.tasks.lookup("no-such-task")).toBeUndefined();
  });

  test("a finished task read by a client that did not create it is settled in the shared journal", async () => {
    const url = await serve();
    const store = sharedStore();
    const a = createKieClient({ apiKey: API_KEY, baseUrl: url, polling, journal: store() });
    const b = createKieClient({ apiKey: API_KEY, baseUrl: url, polling, journal: store() });
    await b.tasks.pending(); // loaded before the create
    const { taskId } = await a.tasks.create(wanRequest);
    await b.tasks.get(taskId);
    expect(await a.tasks.pending()).toEqual([]);
    expect(await a.tasks.lookup(taskId)).toMatchObject({ status: "succeeded" });
  });
});

test("the credits a finished record says it consumed are journaled, and run's result carries them", async () => {
  server = await startTestServer((request, response) => {
    if (request.path === CREATE) return sendJson(response, { code: 200, msg: "success", data: { taskId: "task-paid" } });
    sendJson(response, { code: 200, msg: "success", data: { ...record("task-paid", "success"), creditsConsumed: 12.5 } });
  });
  const kie = createKieClient({ apiKey: API_KEY, baseUrl: server.url, polling, journal: memoryJournal() });
  const done = await kie.run(wanRequest);
  expect(done.creditsConsumed).toBe(12.5);
  expect(await kie.tasks.lookup("task-paid")).toMatchObject({ status: "succeeded", credits: 12.5 });
});
