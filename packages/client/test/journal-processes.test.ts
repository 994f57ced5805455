import { type ChildProcess, spawn } from "node:child_process";
import { appendFileSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, test } from "vitest";
import { createKieClient } from "../src/client.js";
import { ConfigurationError, OutcomeUnknownError } from "../src/errors.js";
import { fileJournal } from "../src/file-journal.js";
import { API_KEY, CREATE, record, sendJson, startTestServer, wanRequest } from "./test-server.js";

// Real processes killed with SIGKILL at the moments that matter; every wait is on a signal (a line the
// child prints, a request the server received), never on a sleep.
const dir = mkdtempSync(join(tmpdir(), "kie-journal-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let children: ChildProcess[] = [];
let server: Awaited<ReturnType<typeof startTestServer>> | undefined;
afterEach(async () => {
  for (const child of children) child.kill("SIGKILL");
  children = [];
  await server?.close();
  server = undefined;
});

const child = (...args: string[]) => {
  const spawned = spawn(process.execPath, [join(import.meta.dirname, "journal-child.mjs"), ...args], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  children.push(spawned);
  let output = "";
  const waiters: (() => void)[] = [];
  spawned.stdout?.on("data", (chunk) => {
    output += chunk;
    for (const wake of waiters.splice(0)) wake();
  });
  /** Resolves with the first line matching `pattern`. */
  const line = (pattern: RegExp) =>
    new Promise<string>((resolve, reject) => {
      const check = () => {
        const found = output.split("\n").find((candidate) => pattern.test(candidate));
        if (found !== undefined) return resolve(found);
        if (spawned.exitCode !== null)
          return reject(new Error(`child exited (${spawned.exitCode}) without printing ${pattern}: ${output}`));
        waiters.push(check);
      };
      spawned.once("exit", () => {
        for (const wake of waiters.splice(0)) wake();
      });
      check();
    });
  const killed = () =>
    new Promise<void>((resolve) => {
      if (spawned.exitCode !== null || spawned.signalCode !== null) return resolve();
      spawned.once("exit", () => resolve());
      spawned.kill("SIGKILL");
    });
  return { line, killed };
};

const polling = { firstPollMs: 20, densePollMs: 20, expectedDurations: { [wanRequest.model]: 40 } };
const creates = () => server?.requests.filter((request) => request.path === CREATE).length ?? 0;

describe("kill -9 of a process that journals to a file", () => {
  test("after its create was accepted and before the result: another process's recover() delivers it; one createTask", async () => {
    let finished = false;
    server = await startTestServer((request, response) => {
      if (request.path === CREATE) return sendJson(response, { code: 200, msg: "success", data: { taskId: "task-a" } });
      sendJson(response, { code: 200, msg: "success", data: record("task-a", finished ? "success" : "generating") });
    });
    const path = join(dir, "accepted.jsonl");
    const worker = child("run", path, server.url);
    expect(await worker.line(/^created /)).toBe("created task-a");
    await worker.killed();
    finished = true;
    // The dead process's lock is taken over; its accepted task is waited for, not created again.
    const journal = fileJournal(path);
    const kie = createKieClient({ apiKey: API_KEY, baseUrl: server.url, polling, journal });
    const report = await kie.tasks.recover();
    expect(report.succeeded.map((item) => item.record.taskId)).toEqual(["task-a"]);
    expect(report.unknown).toEqual([]);
    expect(await kie.tasks.pending()).toEqual([]);
    // The job's retry with its key finds the finished task.
    expect((await kie.run(wanRequest, { idempotencyKey: "job-1" })).taskId).toBe("task-a");
    expect(creates()).toBe(1);
    await journal.close?.();
  });

  test("while its create was in flight (received, never answered): recover() reports the outcome unknown; nothing creates it again", async () => {
    let arrived: () => void = () => {};
    const received = new Promise<void>((resolve) => {
      arrived = resolve;
    });
    server = await startTestServer((request) => {
      if (request.path === CREATE) arrived(); // and never answered
    });
    const path = join(dir, "in-flight.jsonl");
    const worker = child("run", path, server.url);
    await received;
    await worker.killed();
    const journal = fileJournal(path);
    const kie = createKieClient({ apiKey: API_KEY, baseUrl: server.url, polling, journal });
    const report = await kie.tasks.recover();
    expect(report.unknown).toHaveLength(1);
    expect(report.unknown[0].entry).toMatchObject({ status: "outcome-unknown", idempotencyKey: "job-1" });
    const again = await kie.run(wanRequest, { idempotencyKey: "job-1" }).catch((error) => error);
    expect(again).toBeInstanceOf(OutcomeUnknownError);
    expect(creates()).toBe(1);
    await journal.close?.();
  });
});

describe("the file journal", () => {
  test.each([1, 2, 3])(
    "survives kill -9 at any point of a write (run %i): earlier lines intact, a torn last line reported and cut",
    async (run) => {
      const path = join(dir, `torn-${run}.jsonl`);
      const writer = child("append-forever", path);
      await writer.line(/^open$/);
      // Let it write a while (until the file has grown past a size that differs per run), then kill it mid-loop.
      const target = 3000 * run + 137 * run;
      while ((statSync(path, { throwIfNoEntry: false })?.size ?? 0) < target) await new Promise((resolve) => setImmediate(resolve));
      await writer.killed();
      // Whatever the kill left, simulate the worst case too: a line cut in the middle.
      appendFileSync(path, '{"type":"state","id":"entry-1","at":1,"sta');
      const before = readFileSync(path, "utf8");
      const complete = before.split("\n").slice(0, -1);
      const journal = fileJournal(path);
      const { events, problems } = await journal.read();
      expect(events.length).toBe(complete.length);
      expect(problems).toEqual([expect.stringContaining("torn last line")]);
      expect(readFileSync(path, "utf8").endsWith("\n")).toBe(true);
      // Appends after the cut start on their own line and read back.
      await journal.append({ type: "state", id: "after", at: 2, state: "waiting" });
      expect((await journal.read()).events.at(-1)).toMatchObject({ id: "after" });
      await journal.close?.();
    },
  );

  test("a corrupted line in the middle is skipped and named, never a crash of recover()", async () => {
    const path = join(dir, "corrupt.jsonl");
    const intent = { type: "intent", id: "e1", at: 1, model: wanRequest.model, inputHash: "x" };
    appendFileSync(path, `${JSON.stringify(intent)}\n{garbage\n${JSON.stringify({ type: "mystery", id: "e1", at: 2 })}\n`);
    const journal = fileJournal(path);
    const kie = createKieClient({ apiKey: API_KEY, baseUrl: "http://127.0.0.1:9", journal, logger: {} });
    const report = await kie.tasks.recover();
    expect(report.problems).toEqual([
      expect.stringMatching(/:2: not JSON, skipped/),
      expect.stringMatching(/:3: not a journal event, skipped/),
    ]);
    expect(report.unknown.map((item) => item.entry.id)).toEqual(["e1"]);
    await journal.close?.();
  });

  test("two processes opening one file: the second gets a clear error naming the first; after it dies, the file opens", async () => {
    const path = join(dir, "shared.jsonl");
    const holder = child("hold", path);
    await holder.line(/^open$/);
    expect(() => fileJournal(path)).toThrow(ConfigurationError);
    expect(() => fileJournal(path)).toThrow(/is open in process \d+: one process per journal file/);
    await holder.killed();
    const journal = fileJournal(path);
    await journal.close?.();
  });
});
