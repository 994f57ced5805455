import { afterEach, describe, expect, test } from "vitest";
import { API_KEY, RECORD, record, sendJson, startTestServer, wanRequest } from "../test/test-server.js";
import { parseCallback, verifyCallback } from "./callbacks.js";
import { createKieClient } from "./client.js";
import { CallbackVerificationError } from "./errors.js";
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
  test("accepts a correctly signed Web Request and returns the typed event", async () => {
    const event = await verifyCallback(await signedRequest(successBody("cb1"), "cb1"), HMAC_KEY);
    expect(event).toMatchObject({
      taskId: "cb1",
      code: 200,
      consumeCredits: 100,
      record: { state: "success", resultUrls: ["https://files.test/cb1.mp4"] },
    });
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
});

describe("parseCallback", () => {
  test.each([
    ["taskId at the top", { taskId: "top", code: 200, data: { state: "success" } }, "top"],
    ["data.taskId", { code: 200, data: { taskId: "inner", state: "success" } }, "inner"],
    ["data.task_id", { code: 200, data: { task_id: "snake", callbackType: "task_completed", state: "success" } }, "snake"],
  ])("finds the task id in %s", (_name, body, want) => {
    expect(parseCallback(body).taskId).toBe(want);
  });

  test("decodes the failure callback", () => {
    const event = parseCallback({ code: 501, msg: "Playground task failed.", data: { ...record("f1", "fail"), consumeCredits: 0 } });
    expect(event.record).toMatchObject({ state: "fail", failCode: "500", failMsg: "Internal server error" });
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

  test("hands each verified event to user code once; a replay is acknowledged but dropped", async () => {
    const kie = createKieClient({ apiKey: API_KEY, baseUrl: "http://127.0.0.1:9" });
    const events: string[] = [];
    const handle = kie.callbacks.handler({ hmacKey: HMAC_KEY, onEvent: (event) => void events.push(event.taskId) });
    const first = await handle(await signedRequest(successBody("h1"), "h1"));
    const replay = await handle(await signedRequest(successBody("h1"), "h1"));
    expect(first.status).toBe(200);
    expect(await replay.json()).toEqual({ received: true, duplicate: true });
    expect(events).toEqual(["h1"]);
  });

  test("answers 401 to a forged callback and never calls user code", async () => {
    const kie = createKieClient({ apiKey: API_KEY, baseUrl: "http://127.0.0.1:9" });
    const events: string[] = [];
    const handle = kie.callbacks.handler({ hmacKey: HMAC_KEY, onEvent: (event) => void events.push(event.taskId) });
    const response = await handle(await signedRequest(successBody("h2"), "h2", { key: "forger" }));
    expect(response.status).toBe(401);
    expect(events).toEqual([]);
  });

  test("answers 500 when user code throws, so that the next delivery is processed", async () => {
    const kie = createKieClient({ apiKey: API_KEY, baseUrl: "http://127.0.0.1:9" });
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

  test("a callback resolves a pending wait without another poll", async () => {
    server = await startTestServer((request, response) =>
      sendJson(response, { code: 200, msg: "success", data: record(request.query.get("taskId") ?? "", "generating") }),
    );
    const kie = createKieClient({
      apiKey: API_KEY,
      baseUrl: server.url,
      polling: { firstPollMs: 60_000, expectedDurations: { [wanRequest.model]: 600_000 } },
    });
    const waiting = kie.tasks.wait("pending-1");
    await new Promise((resolve) => setTimeout(resolve, 100));
    const pollsBefore = server.to(RECORD).length;
    const handle = kie.callbacks.handler({ hmacKey: HMAC_KEY });
    expect((await handle(await signedRequest(successBody("pending-1"), "pending-1"))).status).toBe(200);
    const done = await waiting;
    expect(done.resultUrls).toEqual(["https://files.test/pending-1.mp4"]);
    expect(server.to(RECORD).length).toBe(pollsBefore);
  });

  test("a failure callback makes the pending wait throw TaskFailedError", async () => {
    server = await startTestServer((request, response) =>
      sendJson(response, { code: 200, msg: "success", data: record(request.query.get("taskId") ?? "", "queuing") }),
    );
    const kie = createKieClient({ apiKey: API_KEY, baseUrl: server.url, polling: { expectedDurations: { [wanRequest.model]: 600_000 } } });
    const waiting = kie.tasks.wait("pending-2").catch((caught) => caught);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const body = { code: 501, msg: "Playground task failed.", data: { ...record("pending-2", "fail"), consumeCredits: 0 } };
    await kie.callbacks.handler({ hmacKey: HMAC_KEY })(await signedRequest(body, "pending-2"));
    expect(await waiting).toMatchObject({ name: "TaskFailedError", taskId: "pending-2", failMsg: "Internal server error" });
  });

  test("a callback with a non-final state is an update, and the wait keeps polling calmly", async () => {
    server = await startTestServer((request, response) => {
      const polls = server?.to(RECORD).length ?? 0;
      sendJson(response, { code: 200, data: record(request.query.get("taskId") ?? "", polls >= 4 ? "success" : "generating") });
    });
    const kie = createKieClient({
      apiKey: API_KEY,
      baseUrl: server.url,
      polling: { firstPollMs: 50, densePollMs: 50, expectedDurations: { [wanRequest.model]: 200 } },
    });
    const updates: string[] = [];
    const waiting = kie.tasks.wait("early-1", { onUpdate: (update) => void updates.push(update.state) });
    await new Promise((resolve) => setTimeout(resolve, 30));
    const body = { code: 200, msg: "progress", data: { ...record("early-1", "generating") } };
    expect((await kie.callbacks.handler({ hmacKey: HMAC_KEY })(await signedRequest(body, "early-1"))).status).toBe(200);
    expect((await waiting).state).toBe("success");
    expect(server.to(RECORD).length).toBeLessThan(10);
    expect(updates).toEqual(["generating", "success"]);
  });
});
