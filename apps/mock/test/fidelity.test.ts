import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createKieClient } from "@kie-market/client";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { solidPng } from "../src/media.js";
import { type MockServer, startMock } from "../src/mock-server.js";

// The mock against bodies shaped like those recorded from the live API (test/fixtures/live-shapes.json:
// our own bodies, same fields, types, nullness and encoding as the recordings; values invented).
const fixtures = JSON.parse(readFileSync(new URL("./fixtures/live-shapes.json", import.meta.url), "utf8")) as {
  request: { model: string; input: Record<string, unknown> };
  kinds: Record<string, { httpStatus: number; body: unknown }>;
};

/** A value's shape: object keys, JSON types, nulls, and strings that hold JSON (decoded, recursively). */
function shape(value: unknown): unknown {
  if (value === null) return "null";
  if (Array.isArray(value)) return value.length ? [shape(value[0])] : [];
  if (typeof value === "object")
    return Object.fromEntries(
      Object.keys(value as object)
        .sort()
        .map((key) => [key, shape((value as Record<string, unknown>)[key])]),
    );
  if (typeof value === "string" && /^[[{]/.test(value)) {
    try {
      return { "json-encoded": shape(JSON.parse(value)) };
    } catch {
      // a string that only starts like JSON
    }
  }
  return typeof value;
}

// biome-ignore lint/suspicious/noExplicitAny: a test reads whatever data the mock sent
type Envelope = { code: number; msg: string; data: any };

let mock: MockServer;
const logged: string[] = [];
beforeAll(async () => {
  mock = await startMock({ rateLimit: false, log: (line) => logged.push(line) });
});
afterAll(() => mock.close());

async function call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${mock.url}${path}`, {
    method,
    headers: { authorization: "Bearer fidelity", ...(body === undefined ? {} : { "content-type": "application/json" }), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as Envelope };
}

const create = (scenario: string, request: unknown = fixtures.request) =>
  call("POST", "/api/v1/jobs/createTask", request, { "x-kie-mock": scenario });
const recordOf = async (scenario: string) => {
  const created = await create(scenario);
  return call("GET", `/api/v1/jobs/recordInfo?taskId=${created.body.data.taskId}`);
};

describe("every kind of live body: the mock answers with the same shape", () => {
  const answers: Record<string, () => Promise<{ status: number; body: unknown }>> = {
    "recordInfo waiting": () => recordOf("path=waiting, duration=600000"),
    "recordInfo generating": () => recordOf("path=generating, duration=600000"),
    "recordInfo success": () => recordOf("duration=0"),
    createTask: () => create(""),
    credits: () => call("GET", "/api/v1/chat/credit"),
    upload: () =>
      call("POST", "/api/file-base64-upload", {
        base64Data: Buffer.from("hello, world!\n").toString("base64"),
        uploadPath: "tests",
        fileName: "note.txt",
      }),
    "download-url error": () => call("POST", "/api/v1/common/download-url", { url: "https://elsewhere.example/a.png" }),
    "createTask validation error": () => create("", { model: fixtures.request.model, input: { aspect_ratio: "1:1", quality: "basic" } }),
  };

  test("every recorded kind is covered", () => {
    expect(Object.keys(answers).sort()).toEqual(Object.keys(fixtures.kinds).sort());
  });

  test.each(Object.keys(fixtures.kinds))("%s", async (kind) => {
    const want = fixtures.kinds[kind];
    const got = await answers[kind]();
    expect(got.status).toBe(want.httpStatus);
    expect(shape(got.body)).toEqual(shape(want.body));
  });

  test("param holds the input JSON-encoded a second time, as live: JSON.parse(JSON.parse(param).input) is the input", async () => {
    const { body } = await recordOf("duration=0");
    const param = JSON.parse(body.data.param);
    expect(typeof param.input).toBe("string");
    expect(JSON.parse(param.input)).toEqual(fixtures.request.input);
    expect(body.data).not.toHaveProperty("updateTime");
  });

  test("a refused request names what is wrong, in the message and the violations header", async () => {
    const { body, headers } = await create("", { model: fixtures.request.model, input: { aspect_ratio: "1:1", quality: "basic" } });
    expect(body).toMatchObject({ code: 500, data: null });
    expect(body.msg).toContain("input.prompt is required");
    expect(JSON.parse(headers.get("x-kie-mock-violations") ?? "[]")).toContainEqual(expect.objectContaining({ path: ["input", "prompt"] }));
  });
});

describe("errors come in HTTP 200 by default, with their HTTP status on request", () => {
  const known = { model: fixtures.request.model, input: fixtures.request.input };
  test.each([
    ["an unknown model", () => create("", { model: "acme/none", input: {} }), 422],
    ["an unknown task", () => call("GET", "/api/v1/jobs/recordInfo?taskId=00000000000000000000000000000000"), 404],
    ["a missing taskId", () => call("GET", "/api/v1/jobs/recordInfo"), 400],
    ["a status scenario", () => create("status=455", known), 455],
    ["a bad scenario header", () => create("explode", known), 400],
  ])("%s", async (_name, ask, code) => {
    const { status, body } = await ask();
    expect(status).toBe(200);
    expect(body).toMatchObject({ code, data: null });
  });

  test("recordInfo is null right after create: in HTTP 200 by default, 422 in the status form", async () => {
    const shy = await startMock({ visibilityDelayMs: 600_000 });
    const ask = async (scenario: string) => {
      const headers = { authorization: "Bearer k", "content-type": "application/json", "x-kie-mock": scenario };
      const created = await (
        await fetch(`${shy.url}/api/v1/jobs/createTask`, { method: "POST", headers, body: JSON.stringify(known) })
      ).json();
      const response = await fetch(`${shy.url}/api/v1/jobs/recordInfo?taskId=${created.data.taskId}`, { headers });
      return [response.status, await response.json()];
    };
    expect(await ask("")).toEqual([200, { code: 422, msg: "recordInfo is null", data: null }]);
    expect(await ask("http-status")).toEqual([422, { code: 422, msg: "recordInfo is null", data: null }]);
    await shy.close();
  });

  test("errors: 'http-status' answers every error with its status; a spec violation is a 422", async () => {
    const documented = await startMock({ errors: "http-status" });
    const response = await fetch(`${documented.url}/api/v1/jobs/createTask`, {
      method: "POST",
      headers: { authorization: "Bearer k", "content-type": "application/json" },
      body: JSON.stringify({ model: fixtures.request.model, input: {} }),
    });
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ code: 422 });
    const unknownTask = await fetch(`${documented.url}/api/v1/jobs/recordInfo?taskId=x`, { headers: { authorization: "Bearer k" } });
    expect(unknownTask.status).toBe(404);
    await documented.close();
  });
});

describe("input fields a model does not document", () => {
  const withExtras = { model: fixtures.request.model, input: { ...fixtures.request.input, web_search: true, seed_x: 3 }, trace: "t" };

  test("are accepted and ignored by default, as live does, and reported in a header and the log", async () => {
    const { body, headers } = await create("", withExtras);
    expect(body.code).toBe(200);
    expect(headers.get("x-kie-mock-ignored-fields")).toBe("input.web_search, input.seed_x, trace");
    expect(logged.some((line) => line.includes("input.web_search"))).toBe(true);
  });

  test("are refused in strict mode, naming each", async () => {
    const strict = await startMock({ strict: true });
    const response = await fetch(`${strict.url}/api/v1/jobs/createTask`, {
      method: "POST",
      headers: { authorization: "Bearer k", "content-type": "application/json" },
      body: JSON.stringify(withExtras),
    });
    const body = await response.json();
    expect(body.code).toBe(500);
    expect(body.msg).toContain("input.web_search is not a known field");
    expect(body.msg).toContain("input.seed_x is not a known field");
    expect(strict.tasks()).toHaveLength(0);
    await strict.close();
  });

  test.each([
    ["hailuo/02-image-to-video-standard", { prompt: "A cat", image_url: "https://files.example/cat.png" }],
    ["wan/2-2-a14b-image-to-video-turbo", { prompt: "A cat", image_url: "https://files.example/cat.png" }],
  ])("nsfw_checker, which upstream documents, is accepted by %s even in strict mode", async (model, input) => {
    const strict = await startMock({ strict: true });
    const response = await fetch(`${strict.url}/api/v1/jobs/createTask`, {
      method: "POST",
      headers: { authorization: "Bearer k", "content-type": "application/json" },
      body: JSON.stringify({ model, input: { ...input, nsfw_checker: false } }),
    });
    expect(await response.json()).toMatchObject({ code: 200 });
    await strict.close();
  });
});

describe("credits and uploads as live reports them", () => {
  test("credits are fractional: a task costs its input's price by the pricing snapshot; a failed one is refunded", async () => {
    const own = await startMock({ taskDurationMs: 0 });
    const kie = createKieClient({ apiKey: "k", baseUrl: own.url });
    expect(await kie.account.credits()).toBe(1000);
    // seedream/5-lite-text-to-image: "seedream 5.0 Lite, text-to-image", 5.5 credits per image (specs/pricing/kie-pricing.json).
    const first = await kie.tasks.create(fixtures.request as never);
    expect(await kie.account.credits()).toBe(994.5);
    expect((await kie.tasks.wait(first.taskId)).creditsConsumed).toBe(5.5);
    const failing = createKieClient({
      apiKey: "k",
      baseUrl: own.url,
      fetch: (request) => {
        request.headers.set("x-kie-mock", "fail=500");
        return fetch(request);
      },
    });
    const task = await failing.tasks.create(fixtures.request as never);
    await expect(kie.tasks.wait(task.taskId)).rejects.toThrow(/failed/);
    expect(await kie.account.credits()).toBe(994.5);
    await own.close();
  });

  test("a task is charged its input's price (per second × duration); a model without a price costs unpricedCost", async () => {
    const own = await startMock({ taskDurationMs: 0, credits: 10_000, unpricedCost: 7 });
    const kie = createKieClient({ apiKey: "k", baseUrl: own.url });
    // "bytedance/seedance-2, 1080p no video input": 102 credits per second, × 6 s.
    const video = await kie.tasks.create({ model: "bytedance/seedance-2", input: { prompt: "a kite", resolution: "1080p", duration: 6 } });
    expect(await kie.account.credits()).toBe(10_000 - 612);
    expect((await kie.tasks.wait(video.taskId)).creditsConsumed).toBe(612);
    // Upstream's page lists no price for runway/gen4-aleph.
    const aleph = await kie.tasks.create({ model: "runway/gen4-aleph", input: { prompt: "p", video_url: "https://example.com/v.mp4" } });
    expect((await kie.tasks.wait(aleph.taskId)).creditsConsumed).toBe(7);
    expect(await kie.account.credits()).toBe(10_000 - 612 - 7);
    await own.close();
  });

  test.each([
    ["PNG bytes named .txt", solidPng(2, 2, [1, 2, 3]), "x.txt", undefined, "image/png"],
    ["text named .bin", Buffer.from("plain words\n"), "x.bin", undefined, "text/plain"],
    ["JPEG bytes declared image/png", Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70, 73, 70]), "x.png", "image/png", "image/jpeg"],
    ["JSON declared application/json", Buffer.from('{"a":1}'), "a.json", "application/json", "application/json"],
  ])("an upload reports the file's real MIME type: %s → %s", async (_name, bytes, fileName, declared, want) => {
    const base64Data = declared ? `data:${declared};base64,${bytes.toString("base64")}` : bytes.toString("base64");
    const { body } = await call("POST", "/api/file-base64-upload", { base64Data, uploadPath: "mime", fileName });
    expect(body).toMatchObject({ success: true, code: 200, data: { success: true, mimeType: want, fileSize: bytes.length } });
  });
});

describe("callbacks", () => {
  async function rawReceiver(status = 200) {
    const received: { headers: Record<string, string>; body: string }[] = [];
    let notify: () => void = () => undefined;
    const server = createServer(async (request, response) => {
      const chunks: Buffer[] = [];
      for await (const chunk of request) chunks.push(chunk as Buffer);
      received.push({ headers: request.headers as Record<string, string>, body: Buffer.concat(chunks).toString("utf8") });
      response.writeHead(status).end();
      notify();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    return {
      url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/cb`,
      received,
      arrived: (count: number) =>
        new Promise<void>((resolve) => {
          notify = () => void (received.length >= count && resolve());
          notify();
        }),
      close: () => new Promise<void>((resolve) => server.close(() => resolve())),
    };
  }

  test("the webhook page's variant (callback=webhook): top-level taskId, data.task_id, callbackType; the client verifies it", async () => {
    const receiver = await rawReceiver();
    const created = await create("callback=webhook, duration=0", { ...fixtures.request, callBackUrl: receiver.url });
    await receiver.arrived(1);
    const body = JSON.parse(receiver.received[0].body);
    expect(body).toMatchObject({
      taskId: created.body.data.taskId,
      code: 200,
      data: { task_id: created.body.data.taskId, callbackType: "task_completed", state: "success" },
    });
    expect(body.data).not.toHaveProperty("taskId");
    const kie = createKieClient({ apiKey: "fidelity", baseUrl: mock.url });
    const answer = await kie.callbacks.handler({ hmacKey: mock.hmacKey })(
      new Request(receiver.url, { method: "POST", headers: receiver.received[0].headers, body: receiver.received[0].body }),
    );
    expect(answer.status).toBe(200);
    await receiver.close();
  });

  test("a callback the receiver keeps refusing is tried 1 + callbackRetries times, waiting longer each time, then dropped", async () => {
    const own = await startMock({ callbackRetries: 2, callbackRetryDelayMs: 20, taskDurationMs: 0 });
    const receiver = await rawReceiver(500);
    await fetch(`${own.url}/api/v1/jobs/createTask`, {
      method: "POST",
      headers: { authorization: "Bearer k", "content-type": "application/json" },
      body: JSON.stringify({ ...fixtures.request, callBackUrl: receiver.url }),
    });
    await receiver.arrived(3);
    // Each attempt is signed anew, with its own timestamp header.
    expect(receiver.received.every((item) => item.headers["x-webhook-signature"])).toBe(true);
    await new Promise<void>((resolve) => {
      const check = () => (own.callbacks.length >= 3 ? resolve() : setTimeout(check, 5));
      check();
    });
    expect(own.callbacks.map((item) => [item.attempt, item.status])).toEqual([
      [1, 500],
      [2, 500],
      [3, 500],
    ]);
    const [first, second, third] = own.callbacks.map((item) => item.at);
    expect(second - first).toBeGreaterThanOrEqual(19);
    expect(third - second).toBeGreaterThanOrEqual(39);
    await own.close();
    expect(receiver.received).toHaveLength(3);
    await receiver.close();
  });
});

describe("mock.clientOptions", () => {
  test("a client made from them polls a 100 ms task a handful of times, not on upstream's 2-3 s schedule", async () => {
    const quick = await startMock({ taskDurationMs: 100 });
    let reads = 0;
    const kie = createKieClient({
      ...quick.clientOptions,
      fetch: (request) => {
        if (request.url.includes("recordInfo")) reads++;
        return fetch(request);
      },
    });
    const done = await kie.run(fixtures.request as never);
    expect(done.state).toBe("success");
    // Polls at 10 ms, then sparse until 90 ms, then every 10 ms around the expected end: a handful, however slow the machine.
    expect(reads).toBeGreaterThanOrEqual(1);
    expect(reads).toBeLessThanOrEqual(6);
    expect(quick.clientOptions).toMatchObject({ baseUrl: quick.url, rateLimit: false, polling: { firstPollMs: 10 } });
    expect(quick.clientOptions.polling.expectedDurations[fixtures.request.model]).toBe(100);
    await quick.close();
  });
});
