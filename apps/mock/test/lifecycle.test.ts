import {
  AuthenticationError,
  ConnectionError,
  createKieClient,
  EmptyResultError,
  InsufficientCreditsError,
  type KieClientOptions,
  MaintenanceError,
  type ModelId,
  modelFields,
  RateLimitError,
  ServerError,
  ServerValidationError,
  TaskFailedError,
} from "@kie-market/client";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { type MockServer, startMock } from "../src/mock-server.js";
import { seedRequests, specCheckingFetch, startCallbackReceiver } from "./helpers.js";

// The client, pointed at the mock, through the whole lifecycle; every response checked against the spec.
let mock: MockServer;
const violations: string[] = [];
const client = (options: KieClientOptions = {}, scenario?: string) =>
  createKieClient({
    apiKey: "contract-test-key",
    baseUrl: mock.url,
    fetch: specCheckingFetch(violations, scenario ? { "x-kie-mock": scenario } : {}),
    polling: { firstPollMs: 30, densePollMs: 30, expectedDurations: Object.fromEntries(seedRequests.map(([model]) => [model, 250])) },
    retry: { baseDelayMs: 10, maxDelayMs: 100 },
    ...options,
  });

beforeAll(async () => {
  // Strict, as every contract test of ours: a request the client sends that breaks a spec fails the test.
  mock = await startMock({ taskDurationMs: 250, callbackRetryDelayMs: 20, rateLimit: false, credits: 1_000_000, strict: true });
});
afterAll(() => mock.close());
afterEach(() => {
  expect(violations, "every response the mock sent is valid against the spec").toEqual([]);
});

// Every model of the catalogue runs the whole lifecycle, all at once (the mock's tasks take 250 ms); the
// client's budgets are raised to the mock's, which has no rate limit here.
const everyModel = { rateLimit: { create: { limit: 1000, intervalMs: 1000 }, read: { limit: 1000, intervalMs: 1000 } } };

describe("every model: create → wait → result", () => {
  const ORDER = ["waiting", "queuing", "generating", "success"];

  test("each succeeds with a downloadable result and a verified, confirmed callback; states only move forward", async () => {
    const kie = client(everyModel);
    const receiver = await startCallbackReceiver(kie, mock.hmacKey);
    const problems: string[] = [];
    await Promise.all(
      seedRequests.map(async ([model, request]) => {
        const states: string[] = [];
        const done = await kie.run({ ...request, model: model as ModelId, callBackUrl: receiver.url } as never, {
          onUpdate: (record) => void states.push(record.state),
        });
        const ranks = states.map((state) => ORDER.indexOf(state));
        if (done.state !== "success" || states.at(-1) !== "success") problems.push(`${model}: ended ${done.state}`);
        if (ranks.some((rank) => rank < 0) || ranks.join() !== [...ranks].sort((a, b) => a - b).join())
          problems.push(`${model}: states ${states.join(" → ")}`);
        // A result file of the model's kind (MP4, PNG, WAV: real files), or an analysis model's resultObject.
        const category = modelFields[model as ModelId].category;
        if (category === "other") {
          if (typeof done.resultObject !== "object" || done.resultUrls.length) problems.push(`${model}: expected a resultObject`);
          return;
        }
        const media = await fetch(done.resultUrls[0] ?? "");
        const type = media.headers.get("content-type");
        const want = { video: "video/mp4", image: "image/png", audio: "audio/wav" }[category as "video"];
        if (type !== want) problems.push(`${model}: a ${category} model's result is ${type}`);
        if ((await media.arrayBuffer()).byteLength < 50) problems.push(`${model}: result too small`);
      }),
    );
    expect(problems).toEqual([]);
    await receiver.received(seedRequests.length);
    expect(new Set(receiver.events.map((event) => event.taskId)).size).toBe(seedRequests.length);
    expect(receiver.events.every((event) => event.confirmed && event.signed && event.record.state === "success")).toBe(true);
    // A busy machine may make a confirming read time out: the handler then answers 503 and the mock
    // delivers again (each task's event above arrived through a later 200). Nothing else is allowed.
    expect(receiver.statuses.filter((status) => status !== 200 && status !== 503)).toEqual([]);
    await receiver.close();
  }, 120_000);

  test("with fail=422 each task fails, the wait throws TaskFailedError, and the failure callback arrives", async () => {
    const kie = client(everyModel, "fail=422");
    const receiver = await startCallbackReceiver(kie, mock.hmacKey);
    const outcomes = await Promise.all(
      seedRequests.map(([model, request]) =>
        kie.run({ ...request, model: model as ModelId, callBackUrl: receiver.url } as never).catch((caught) => caught),
      ),
    );
    expect(outcomes.filter((error) => !(error instanceof TaskFailedError) || error.failCode !== "422")).toEqual([]);
    await receiver.received(seedRequests.length);
    expect(
      receiver.events.every((event) => event.record.state === "fail" && (event.unconfirmedBody as { code: number }).code === 501),
    ).toBe(true);
    await receiver.close();
  }, 120_000);
});

describe("a model the catalogue does not have yet", () => {
  test("runUntyped works against a mock that accepts unknown models, with retries, waits and callbacks as usual", async () => {
    const open = await startMock({ acceptUnknownModels: true, taskDurationMs: 200, callbackRetryDelayMs: 20 });
    const kie = createKieClient({
      apiKey: "k",
      baseUrl: open.url,
      polling: { firstPollMs: 50, densePollMs: 50, expectedDurations: { "acme/brand-new": 200 } },
    });
    const receiver = await startCallbackReceiver(kie, open.hmacKey);
    const done = await kie.runUntyped({
      model: "acme/brand-new",
      input: { prompt: "a kite", anything: [1, 2] },
      callBackUrl: receiver.url,
    });
    expect(done).toMatchObject({ state: "success", model: "acme/brand-new" });
    expect(done.param?.input).toEqual({ prompt: "a kite", anything: [1, 2] });
    await receiver.received(1);
    expect(receiver.events[0]).toMatchObject({ taskId: done.taskId, confirmed: true });
    await receiver.close();
    await open.close();
  });

  test("without the option the mock refuses the unknown model; on the typed path the client refuses it before sending", async () => {
    const error = await client()
      .tasks.createUntyped({ model: "acme/brand-new", input: { prompt: "p" } })
      .catch((caught) => caught);
    expect(error).toBeInstanceOf(ServerValidationError);
    const before = mock.tasks().length;
    const typo = await client()
      .tasks.create({ model: "hailuo/2-3-image-to-video-standart", input: {} } as never)
      .catch((caught) => caught);
    expect(typo.issues[0]).toMatchObject({ path: ["model"], suggestion: "hailuo/2-3-image-to-video-standard" });
    expect(mock.tasks().length).toBe(before);
  });
});

describe("per-model validation in the mock", () => {
  const [hailuo, hailuoRequest] = seedRequests.find(([id]) => id === "hailuo/2-3-image-to-video-standard") ?? [];
  const badDuration = { model: hailuo as ModelId, input: { ...(hailuoRequest?.input as object), duration: "7" } } as never;

  test("a bad field is refused as live refuses it (HTTP 200, code 500), naming the field for this model only", async () => {
    const before = mock.tasks().length;
    const error = await client({ validation: false })
      .tasks.create(badDuration)
      .catch((caught) => caught);
    expect(error).toBeInstanceOf(ServerError);
    expect(error).toMatchObject({ status: 200, apiCode: 500, code: "server_error" });
    expect(error.message).toContain('input.duration must be one of "6", "10"');
    expect(error.message).not.toContain("512P"); // no noise from other models' schemas
    expect(mock.tasks().length).toBe(before);
  });

  test("in the HTTP-status form the same request gets a 422", async () => {
    const error = await client({ validation: false }, "http-status")
      .tasks.create(badDuration)
      .catch((caught) => caught);
    expect(error).toBeInstanceOf(ServerValidationError);
    expect(error).toMatchObject({ status: 422, apiCode: 422, code: "server_validation" });
    expect(error.message).toContain('input.duration must be one of "6", "10"');
  });

  test("an unknown model gets a 422 naming the nearest ids and where the catalogue is", async () => {
    const error = await client({ validation: false })
      .tasks.create({ model: "kling/v2-5-turbo-image-to-video-pr", input: {} } as never)
      .catch((caught) => caught);
    expect(error).toBeInstanceOf(ServerValidationError);
    expect(error.message).toContain("kling/v2-5-turbo-image-to-video-pro");
    expect(error.message).toContain("docs/models.md");
  });
});

describe("fault scenarios", () => {
  const [model, request] = seedRequests[0];
  const body = { ...request, model } as never;

  test("401 without a valid bearer token", async () => {
    const strict = await startMock({ apiKeys: ["the-right-key"] });
    const kie = createKieClient({ apiKey: "a-wrong-key", baseUrl: strict.url });
    await expect(kie.tasks.create(body)).rejects.toBeInstanceOf(AuthenticationError);
    expect(await createKieClient({ apiKey: "the-right-key", baseUrl: strict.url }).account.credits()).toBe(1000);
    await strict.close();
  });

  test("402 when the credits run out, and credits fall as tasks are created", async () => {
    const poor = await startMock({ credits: 25, costPerTask: 10 });
    const kie = createKieClient({ apiKey: "k", baseUrl: poor.url });
    await kie.tasks.create(body);
    expect(await kie.account.credits()).toBe(15);
    await kie.tasks.create(body);
    await expect(kie.tasks.create(body)).rejects.toBeInstanceOf(InsufficientCreditsError);
    await poor.close();
  });

  test("a failed task's credits are refunded", async () => {
    const refunding = await startMock({ credits: 100, costPerTask: 10, taskDurationMs: 100 });
    const kie = createKieClient({
      apiKey: "k",
      baseUrl: refunding.url,
      fetch: specCheckingFetch(violations, { "x-kie-mock": "fail=500" }),
      polling: { firstPollMs: 30, densePollMs: 30, expectedDurations: { [model]: 100 } },
    });
    const task = await kie.tasks.create(body);
    expect(await kie.account.credits()).toBe(90);
    await expect(kie.tasks.wait(task.taskId)).rejects.toBeInstanceOf(TaskFailedError);
    expect(await kie.account.credits()).toBe(100);
    await refunding.close();
  });

  test("a callback the receiver fails to take is delivered again, signed anew", async () => {
    const kie = client();
    let refusals = 0;
    const receiver = await startCallbackReceiver(kie, mock.hmacKey, () => {
      if (++refusals === 1) throw new Error("database down");
    });
    const done = await kie.run({ ...request, model, callBackUrl: receiver.url } as never);
    await receiver.received(1);
    expect(receiver.statuses).toEqual([500, 200]);
    // The mock logs an attempt once it has read the answer: the first is logged before the second is sent.
    const first = mock.callbacks.find((delivery) => delivery.taskId === done.taskId && delivery.attempt === 1);
    expect(first?.status).toBe(500);
    await receiver.close();
  });

  test("429 when more than the limit of creates arrive, with Retry-After", async () => {
    const limited = await startMock({ rateLimit: { limit: 3, intervalMs: 10_000 } });
    const kie = createKieClient({ apiKey: "k", baseUrl: limited.url, rateLimit: { create: false }, retry: { maxRetries: 0 } });
    const results = await Promise.allSettled(Array.from({ length: 4 }, () => kie.tasks.create(body)));
    const refused = results.filter((result) => result.status === "rejected").map((result) => (result as PromiseRejectedResult).reason);
    expect(refused).toHaveLength(1);
    expect(refused[0]).toBeInstanceOf(RateLimitError);
    expect(refused[0].retryAfterMs).toBeGreaterThan(0);
    await limited.close();
  });

  test("the client's limiter keeps a burst inside the mock's limit: no 429", async () => {
    const limited = await startMock({ rateLimit: { limit: 5, intervalMs: 1000 }, taskDurationMs: 50 });
    const kie = createKieClient({
      apiKey: "k",
      baseUrl: limited.url,
      rateLimit: { create: { limit: 5, intervalMs: 1000 } },
      retry: { maxRetries: 0 },
    });
    const created = await Promise.all(Array.from({ length: 15 }, () => kie.tasks.create(body)));
    expect(new Set(created.map((task) => task.taskId)).size).toBe(15);
    await limited.close();
  });

  test("455 maintenance is retried, then reported", async () => {
    await expect(client({ retry: { maxRetries: 2, baseDelayMs: 5 } }, "status=455").tasks.create(body)).rejects.toBeInstanceOf(
      MaintenanceError,
    );
  });

  test("500 on create is reported without a retry", async () => {
    const before = mock.tasks().length;
    await expect(client({}, "status=500").tasks.create(body)).rejects.toBeInstanceOf(ServerError);
    expect(mock.tasks().length).toBe(before);
  });

  test("an error envelope inside HTTP 200 (the default, as live) and with its HTTP status are the same error", async () => {
    const inEnvelope = await client({}, "status=402")
      .tasks.create(body)
      .catch((caught) => caught);
    expect(inEnvelope).toBeInstanceOf(InsufficientCreditsError);
    expect(inEnvelope.status).toBe(200);
    const withStatus = await client({}, "status=402, http-status")
      .tasks.create(body)
      .catch((caught) => caught);
    expect(withStatus).toBeInstanceOf(InsufficientCreditsError);
    expect(withStatus.status).toBe(402);
  });

  test("a slow response past the client's timeout is a ConnectionError that may have been processed", async () => {
    const error = await client({ timeoutMs: 100 }, "delay=400")
      .tasks.create(body)
      .catch((caught) => caught);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error.maybeProcessed).toBe(true);
  });

  test("a connection dropped after the task was made: the create is not repeated", async () => {
    const before = mock.tasks().length;
    const error = await client({}, "drop-after")
      .tasks.create(body)
      .catch((caught) => caught);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(mock.tasks().length).toBe(before + 1);
  });

  test("a dropped connection on a read is retried until it gives up", async () => {
    const task = await client().tasks.create(body);
    const error = await client({ retry: { maxRetries: 2, baseDelayMs: 5 } }, "drop")
      .tasks.get(task.taskId)
      .catch((caught) => caught);
    expect(error).toBeInstanceOf(ConnectionError);
  });

  test("a task invisible for a moment after create is still waited for", async () => {
    const shy = await startMock({ visibilityDelayMs: 200, taskDurationMs: 300 });
    const kie = createKieClient({
      apiKey: "k",
      baseUrl: shy.url,
      polling: { expectedDurations: { [model]: 300 }, densePollMs: 50, firstPollMs: 50 },
    });
    expect((await kie.run(body)).state).toBe("success");
    await shy.close();
  });

  test("a success with an empty result list is an EmptyResultError, or the record with allowEmptyResult", async () => {
    await expect(client({}, "empty-result").run(body)).rejects.toBeInstanceOf(EmptyResultError);
    expect((await client({}, "empty-result").run(body, { allowEmptyResult: true })).resultUrls).toEqual([]);
  });
});

describe("files", () => {
  test("an upload is stored and served back, and a result gets a temporary download URL", async () => {
    const kie = client();
    const bytes = new Uint8Array([137, 80, 78, 71, 1, 2, 3]);
    const small = await kie.files.upload(new Blob([bytes], { type: "image/png" }), { uploadPath: "contract", fileName: "tiny.png" });
    expect(new Uint8Array(await (await fetch(small.downloadUrl)).arrayBuffer())).toEqual(bytes);
    const large = await kie.files.upload(new Blob([new Uint8Array(1_200_000).fill(7)], { type: "video/mp4" }), {
      uploadPath: "contract",
      fileName: "big.mp4",
    });
    expect((await (await fetch(large.downloadUrl)).arrayBuffer()).byteLength).toBe(1_200_000);
    const [video, videoRequest] = seedRequests.find(([id]) => id === "wan/2-2-a14b-image-to-video-turbo") ?? [];
    const done = await kie.run({ ...videoRequest, model: video } as never);
    const temporary = await kie.files.downloadUrl(done.resultUrls[0]);
    expect((await fetch(temporary)).headers.get("content-type")).toBe("video/mp4");
    await expect(kie.files.downloadUrl("https://elsewhere.example/x.mp4")).rejects.toBeInstanceOf(ServerValidationError);
  });
});
