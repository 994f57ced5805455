import { afterEach, describe, expect, test } from "vitest";
import { API_KEY, RECORD, record, sendJson, startTestServer, wanRequest } from "../test/test-server.js";
import { parseCallback } from "./callback-body.js";
import { createKieClient } from "./client.js";
import { CallbackVerificationError } from "./errors.js";
import { verifyCallback } from "./verify.js";
import { signCallback } from "./webhook-signature.js";

const HMAC_KEY = "whsec-test-2b9f";
const now = () => Math.floor(Date.now() / 1000);

const successBody = (taskId: string) => ({
  code: 200,
  msg: "Playground task completed successfully.",
  data: { ...record(taskId, "success"), consumeCredits: 100, remainedCredits: 2510330 },
});

async function signedRequest(body: object, taskId: string, options: { key?: string; timestamp?: number; url?: string } = {}) {
  const timestamp = options.timestamp ?? now();
  const signature = await signCallback(taskId, timestamp, options.key ?? HMAC_KEY);
  return new Request(options.url ?? "http://127.0.0.1/callback", {
    method: "POST",
    headers: { "content-type": "application/json", "x-webhook-timestamp": String(timestamp), "x-webhook-signature": signature },
    body: JSON.stringify(body),
  });
}

describe("verifyCallback", () => {
  test("accepts a correctly signed Web Request: the task id is proven, the body is marked unconfirmed", async () => {
    const timestamp = now();
    const event = await verifyCallback(await signedRequest(successBody("cb1"), "cb1", { timestamp }), HMAC_KEY);
    expect(event).toMatchObject({
      taskId: "cb1",
      timestamp,
      unconfirmedBody: { code: 200, data: { consumeCredits: 100 } },
      unconfirmedRecord: { state: "success", resultUrls: ["https://files.test/cb1.mp4"] },
    });
    expect(event).not.toHaveProperty("record");
  });

  test("accepts a raw body with Node-style headers", async () => {
    const timestamp = now();
    const headers = { "x-webhook-timestamp": String(timestamp), "x-webhook-signature": await signCallback("cb2", timestamp, HMAC_KEY) };
    const event = await verifyCallback({ headers, body: new TextEncoder().encode(JSON.stringify(successBody("cb2"))) }, HMAC_KEY);
    expect(event.taskId).toBe("cb2");
  });

  // A fixed clock: timestamps computed while the file loads would drift from the time of verification.
  const T = 1_790_000_000;
  const clock = { now: () => T * 1000 };

  test.each([
    ["a forged signature (wrong key)", { key: "attacker", timestamp: T }, "bad-signature"],
    ["a stale timestamp", { timestamp: T - 301 }, "stale"],
    ["a timestamp from the future", { timestamp: T + 301 }, "stale"],
  ] as const)("refuses %s", async (_name, options, reason) => {
    const error = await verifyCallback(await signedRequest(successBody("cb3"), "cb3", options), HMAC_KEY, clock).catch((caught) => caught);
    expect(error).toBeInstanceOf(CallbackVerificationError);
    expect(error.reason).toBe(reason);
  });

  test.each([-300, 300])("accepts a timestamp exactly %i s from now (the edge of the window)", async (offset) => {
    const event = await verifyCallback(await signedRequest(successBody("cb3"), "cb3", { timestamp: T + offset }), HMAC_KEY, clock);
    expect(event.taskId).toBe("cb3");
  });

  test("refuses a signature made for another task id", async () => {
    const request = await signedRequest(successBody("victim"), "other-task");
    await expect(verifyCallback(request, HMAC_KEY)).rejects.toMatchObject({ reason: "bad-signature" });
  });

  test("refuses a callback without signature headers", async () => {
    const request = new Request("http://127.0.0.1/cb", { method: "POST", body: JSON.stringify(successBody("cb4")) });
    await expect(verifyCallback(request, HMAC_KEY)).rejects.toMatchObject({ reason: "missing-signature" });
  });

  test("a signature that is not base64 is refused, not thrown", async () => {
    const request = new Request("http://127.0.0.1/cb", {
      method: "POST",
      headers: { "x-webhook-timestamp": String(now()), "x-webhook-signature": "%%%not-base64%%%" },
      body: JSON.stringify(successBody("cb5")),
    });
    await expect(verifyCallback(request, HMAC_KEY)).rejects.toMatchObject({ reason: "bad-signature" });
  });
  test.each([Number.NaN, Number.POSITIVE_INFINITY, -1])(
    "refuses toleranceSec %s (it would turn replay protection off)",
    async (toleranceSec) => {
      const request = await signedRequest(successBody("cb6"), "cb6");
      await expect(verifyCallback(request, HMAC_KEY, { toleranceSec })).rejects.toThrow(/toleranceSec must be a finite number/);
    },
  );

  test("checks the signature headers before reading any of the body", async () => {
    let pulls = 0;
    const lazyBody = () =>
      new ReadableStream<Uint8Array>(
        {
          pull(controller) {
            pulls++;
            controller.enqueue(new TextEncoder().encode(JSON.stringify(successBody("cb7"))));
            controller.close();
          },
        },
        { highWaterMark: 0 },
      );
    const unsigned = new Request("http://127.0.0.1/cb", { method: "POST", body: lazyBody(), duplex: "half" } as RequestInit);
    await expect(verifyCallback(unsigned, HMAC_KEY)).rejects.toMatchObject({ reason: "missing-signature" });
    const stale = new Request("http://127.0.0.1/cb", {
      method: "POST",
      headers: { "x-webhook-timestamp": "1000", "x-webhook-signature": "AAAA" },
      body: lazyBody(),
      duplex: "half",
    } as RequestInit);
    await expect(verifyCallback(stale, HMAC_KEY)).rejects.toMatchObject({ reason: "stale" });
    expect(pulls).toBe(0);
  });

  test("stops reading a body past maxBodyBytes, with or without a Content-Length", async () => {
    const timestamp = now();
    const headers = { "x-webhook-timestamp": String(timestamp), "x-webhook-signature": await signCallback("big", timestamp, HMAC_KEY) };
    const declared = new Request("http://127.0.0.1/cb", { method: "POST", headers, body: "x".repeat(2048) });
    await expect(verifyCallback(declared, HMAC_KEY, { maxBodyBytes: 1024 })).rejects.toMatchObject({ reason: "too-large" });
    let produced = 0;
    const endless = new ReadableStream<Uint8Array>(
      {
        pull(controller) {
          produced += 512;
          controller.enqueue(new Uint8Array(512).fill(32));
        },
      },
      { highWaterMark: 0 },
    );
    const streamed = new Request("http://127.0.0.1/cb", { method: "POST", headers, body: endless, duplex: "half" } as RequestInit);
    await expect(verifyCallback(streamed, HMAC_KEY, { maxBodyBytes: 1024 })).rejects.toMatchObject({ reason: "too-large" });
    expect(produced).toBeLessThanOrEqual(1024 + 512 * 2);
    await expect(verifyCallback({ headers, body: "x".repeat(2048) }, HMAC_KEY, { maxBodyBytes: 1024 })).rejects.toMatchObject({
      reason: "too-large",
    });
  });

  test("an already parsed body is refused with what to do instead", async () => {
    const timestamp = now();
    const headers = { "x-webhook-timestamp": String(timestamp), "x-webhook-signature": await signCallback("p1", timestamp, HMAC_KEY) };
    await expect(verifyCallback({ headers, body: successBody("p1") as never }, HMAC_KEY)).rejects.toThrow(
      /raw text or bytes as received.*already parsed/,
    );
  });
});

describe("parseCallback", () => {
  test.each([
    ["taskId at the top", { taskId: "top", code: 200, data: { state: "success" } }, "top"],
    ["data.taskId", { code: 200, data: { taskId: "inner", state: "success" } }, "inner"],
    ["data.task_id", { code: 200, data: { task_id: "snake", callbackType: "task_completed", state: "success" } }, "snake"],
  ])("finds the task id in %s", (_name, body, want) => {
    expect(parseCallback(body).taskId).toBe(want);
  });

  test("decodes the failure callback's claimed record, marked unconfirmed", () => {
    const event = parseCallback({ code: 501, msg: "Playground task failed.", data: { ...record("f1", "fail"), consumeCredits: 0 } });
    expect(event.unconfirmedRecord).toMatchObject({ state: "fail", failCode: "500", failMsg: "Internal server error" });
  });

  test("refuses a body without a task id", () => {
    expect(() => parseCallback({ code: 200, data: { state: "success" } })).toThrow(CallbackVerificationError);
  });
});

describe("callbacks.handler", () => {
  let server: Awaited<ReturnType<typeof startTestServer>> | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  /** recordInfo answers each task's current state from `states` (default: generating). */
  async function recordServer(states: Map<string, string>) {
    server = await startTestServer((request, response) => {
      const taskId = request.query.get("taskId") ?? "";
      sendJson(response, { code: 200, msg: "success", data: record(taskId, states.get(taskId) ?? "generating") });
    });
    const kie = createKieClient({
      apiKey: API_KEY,
      baseUrl: server.url,
      retry: { maxRetries: 0 },
      polling: { firstPollMs: 60_000, sparsePollMs: 60_000, expectedDurations: { [wanRequest.model]: 600_000 } },
    });
    return { kie, reads: (taskId: string) => server?.to(RECORD).filter((request) => request.query.get("taskId") === taskId).length };
  }

  /** Starts a wait and resolves once its first read has returned (an event, not a sleep). */
  function startWait(kie: ReturnType<typeof createKieClient>, taskId: string) {
    let firstRead: () => void = () => undefined;
    const read = new Promise<void>((resolve) => {
      firstRead = resolve;
    });
    const waiting = kie.tasks.wait(taskId, { onUpdate: () => firstRead() }).then(
      (done) => ({ done }),
      (error) => ({ error }),
    );
    return { waiting, read };
  }

  test("is refused without an HMAC key unless unsigned callbacks are allowed explicitly", () => {
    const kie = createKieClient({ apiKey: API_KEY, baseUrl: "http://127.0.0.1:9" });
    expect(() => kie.callbacks.handler({})).toThrow(/needs hmacKey.*allowUnsigned: true/);
    expect(() => kie.callbacks.handler({ hmacKey: "" })).toThrow(/needs hmacKey/);
    expect(() => kie.callbacks.handler({ hmacKey: HMAC_KEY, toleranceSec: Number.NaN })).toThrow(/toleranceSec/);
    expect(kie.callbacks.handler({ allowUnsigned: true })).toBeTypeOf("function");
  });

  test("hands user code the record read from recordInfo, once; a replay is acknowledged without another read", async () => {
    const { kie, reads } = await recordServer(new Map([["h1", "success"]]));
    const events: unknown[] = [];
    const handle = kie.callbacks.handler({ hmacKey: HMAC_KEY, onEvent: (event) => void events.push(event) });
    const first = await handle(await signedRequest(successBody("h1"), "h1"));
    const replay = await handle(await signedRequest(successBody("h1"), "h1"));
    expect(first.status).toBe(200);
    expect(await replay.json()).toEqual({ received: true, duplicate: true });
    expect(events).toEqual([
      expect.objectContaining({
        taskId: "h1",
        confirmed: true,
        signed: true,
        record: expect.objectContaining({ state: "success", resultUrls: ["https://files.test/h1.mp4"] }),
      }),
    ]);
    expect(reads("h1")).toBe(1);
  });

  test("three deliveries of one callback at the same moment: one confirming read, onEvent once, all answered 200", async () => {
    const { kie, reads } = await recordServer(new Map([["c3", "success"]]));
    const events: string[] = [];
    const handle = kie.callbacks.handler({ hmacKey: HMAC_KEY, onEvent: (event) => void events.push(event.taskId) });
    const requests = await Promise.all([1, 2, 3].map(() => signedRequest(successBody("c3"), "c3")));
    const answers = await Promise.all(requests.map((request) => handle(request)));
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200]);
    expect(events).toEqual(["c3"]);
    expect(reads("c3")).toBe(1);
  });

  test("concurrent duplicates of a delivery whose handler failed are answered 503; a later delivery succeeds", async () => {
    const { kie } = await recordServer(new Map([["c4", "success"]]));
    let calls = 0;
    const handle = kie.callbacks.handler({
      hmacKey: HMAC_KEY,
      onEvent: () => {
        calls++;
        if (calls === 1) throw new Error("database down");
      },
    });
    const requests = await Promise.all([1, 2].map(() => signedRequest(successBody("c4"), "c4")));
    const statuses = (await Promise.all(requests.map((request) => handle(request)))).map((answer) => answer.status).sort();
    expect(statuses).toEqual([500, 503]);
    expect((await handle(await signedRequest(successBody("c4"), "c4"))).status).toBe(200);
    expect(calls).toBe(2);
  });

  test("a replayed signature with an edited body changes nothing a user sees", async () => {
    const states = new Map([["victim", "generating"]]);
    const { kie } = await recordServer(states);
    const events: { record: { resultUrls?: string[] } }[] = [];
    const handle = kie.callbacks.handler({ hmacKey: HMAC_KEY, onEvent: (event) => void events.push(event as never) });
    const { waiting, read } = startWait(kie, "victim");
    await read;
    const evil = {
      code: 200,
      data: { ...record("victim", "success"), resultJson: JSON.stringify({ resultUrls: ["https://attacker.example/evil.mp4"] }) },
    };
    const forgedFailure = { code: 501, data: { ...record("victim", "fail"), failMsg: "forged" } };
    // The signature is genuine (taskId.timestamp); only the body was edited.
    expect((await handle(await signedRequest(evil, "victim"))).status).toBe(503);
    expect((await handle(await signedRequest(forgedFailure, "victim"))).status).toBe(503);
    expect(events).toEqual([]);
    states.set("victim", "success");
    expect((await handle(await signedRequest(evil, "victim"))).status).toBe(200);
    const outcome = await waiting;
    expect(outcome).toEqual({ done: expect.objectContaining({ state: "success", resultUrls: ["https://files.test/victim.mp4"] }) });
    expect(events.map((event) => event.record.resultUrls)).toEqual([["https://files.test/victim.mp4"]]);
  });

  test("a callback wakes a pending wait, which gets the handler's confirmed record (one read, not two)", async () => {
    const states = new Map<string, string>();
    const { kie, reads } = await recordServer(states);
    const { waiting, read } = startWait(kie, "pending-1");
    await read;
    expect(reads("pending-1")).toBe(1);
    states.set("pending-1", "success");
    const handle = kie.callbacks.handler({ hmacKey: HMAC_KEY });
    expect((await handle(await signedRequest(successBody("pending-1"), "pending-1"))).status).toBe(200);
    const { done } = (await waiting) as { done: { resultUrls: string[] } };
    expect(done.resultUrls).toEqual(["https://files.test/pending-1.mp4"]);
    expect(reads("pending-1")).toBe(2);
  });

  test("a failure confirmed by recordInfo makes the pending wait throw TaskFailedError", async () => {
    const states = new Map<string, string>();
    const { kie } = await recordServer(states);
    const { waiting, read } = startWait(kie, "pending-2");
    await read;
    states.set("pending-2", "fail");
    const body = { code: 501, msg: "Playground task failed.", data: { ...record("pending-2", "fail"), consumeCredits: 0 } };
    await kie.callbacks.handler({ hmacKey: HMAC_KEY })(await signedRequest(body, "pending-2"));
    expect(await waiting).toMatchObject({ error: { name: "TaskFailedError", taskId: "pending-2", failMsg: "Internal server error" } });
  });

  test("unsigned callbacks: 401 by default; with allowUnsigned, always confirmed by a read", async () => {
    const { kie, reads } = await recordServer(new Map([["u1", "success"]]));
    const unsigned = () =>
      new Request("http://127.0.0.1/cb", { method: "POST", body: JSON.stringify({ code: 200, data: { ...record("u1", "fail") } }) });
    expect((await kie.callbacks.handler({ hmacKey: HMAC_KEY })(unsigned())).status).toBe(401);
    const events: { record: { state: string }; signed: boolean; confirmed: boolean }[] = [];
    const open = kie.callbacks.handler({ allowUnsigned: true, dangerouslyTrustCallbackBody: true, onEvent: (e) => void events.push(e) });
    expect((await open(unsigned())).status).toBe(200);
    expect(events).toEqual([
      expect.objectContaining({ signed: false, confirmed: true, record: expect.objectContaining({ state: "success" }) }),
    ]);
    expect(reads("u1")).toBe(1);
  });

  test("dangerouslyTrustCallbackBody believes a signed body without reading recordInfo", async () => {
    const { kie, reads } = await recordServer(new Map());
    const events: { confirmed: boolean; record: { state: string } }[] = [];
    const handle = kie.callbacks.handler({ hmacKey: HMAC_KEY, dangerouslyTrustCallbackBody: true, onEvent: (e) => void events.push(e) });
    expect((await handle(await signedRequest(successBody("t1"), "t1"))).status).toBe(200);
    expect(events).toEqual([expect.objectContaining({ confirmed: false, record: expect.objectContaining({ state: "success" }) })]);
    expect(reads("t1")).toBe(0);
  });

  test("answers 503 (deliver again) when the task cannot be read, and remembers nothing", async () => {
    let failing = true;
    server = await startTestServer((request, response) => {
      if (failing) return sendJson(response, { code: 500, msg: "Server exception, please try again later" });
      sendJson(response, { code: 200, data: record(request.query.get("taskId") ?? "", "success") });
    });
    const kie = createKieClient({ apiKey: API_KEY, baseUrl: server.url, retry: { maxRetries: 0 } });
    const events: string[] = [];
    const handle = kie.callbacks.handler({ hmacKey: HMAC_KEY, onEvent: (event) => void events.push(event.taskId) });
    expect((await handle(await signedRequest(successBody("r1"), "r1"))).status).toBe(503);
    failing = false;
    expect((await handle(await signedRequest(successBody("r1"), "r1"))).status).toBe(200);
    expect(events).toEqual(["r1"]);
  });

  test("answers 401 to a forged callback and never calls user code or reads", async () => {
    const { kie, reads } = await recordServer(new Map([["h2", "success"]]));
    const events: string[] = [];
    const handle = kie.callbacks.handler({ hmacKey: HMAC_KEY, onEvent: (event) => void events.push(event.taskId) });
    const response = await handle(await signedRequest(successBody("h2"), "h2", { key: "forger" }));
    expect(response.status).toBe(401);
    expect(events).toEqual([]);
    expect(reads("h2")).toBe(0);
  });

  test("answers 413 to a body over the cap", async () => {
    const { kie } = await recordServer(new Map());
    const handle = kie.callbacks.handler({ hmacKey: HMAC_KEY, maxBodyBytes: 4096 });
    const padded = { ...successBody("big"), padding: "x".repeat(10_000) };
    expect((await handle(await signedRequest(padded, "big"))).status).toBe(413);
  });

  test("answers 500 when user code throws, so that the next delivery is processed", async () => {
    const { kie } = await recordServer(new Map([["h3", "success"]]));
    let calls = 0;
    const handle = kie.callbacks.handler({
      hmacKey: HMAC_KEY,
      onEvent: () => {
        calls++;
        if (calls === 1) throw new Error("database down");
      },
    });
    expect((await handle(await signedRequest(successBody("h3"), "h3"))).status).toBe(500);
    expect((await handle(await signedRequest(successBody("h3"), "h3"))).status).toBe(200);
    expect(calls).toBe(2);
  });
});
