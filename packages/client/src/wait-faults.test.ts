import { afterEach, describe, expect, test } from "vitest";
import { API_KEY, CREATE, RECORD, record, sendJson, startTestServer, wanRequest } from "../test/test-server.js";
import { createKieClient } from "./client.js";
import { AbortError, AuthenticationError, TaskFailedError, UnexpectedResponseError } from "./errors.js";

let server: Awaited<ReturnType<typeof startTestServer>> | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const polling = { firstPollMs: 10, densePollMs: 10, expectedDurations: { [wanRequest.model]: 20 } };
const client = (url: string, extra: Parameters<typeof createKieClient>[0] = {}) =>
  createKieClient({
    apiKey: API_KEY,
    baseUrl: url,
    retry: { maxRetries: 1, baseDelayMs: 5, maxDelayMs: 20 },
    rateLimit: { read: false },
    polling,
    ...extra,
  });

/** A server whose n-th recordInfo read (1-based) is answered by `answer(n)`; creates give `task-1`. */
function scripted(answer: (read: number, taskId: string, response: import("node:http").ServerResponse) => unknown) {
  let reads = 0;
  return startTestServer((request, response) => {
    if (request.path === CREATE) return sendJson(response, { code: 200, msg: "success", data: { taskId: "task-1" } });
    return answer(++reads, request.query.get("taskId") ?? "", response);
  });
}

const ok = (response: import("node:http").ServerResponse, taskId: string, state: string) =>
  sendJson(response, { code: 200, msg: "success", data: record(taskId, state) });

describe("a wait under faults", () => {
  test("an unknown state is pending: the wait polls on until success", async () => {
    server = await scripted((read, taskId, response) => ok(response, taskId, read < 3 ? "rendering" : "success"));
    const states: string[] = [];
    const done = await client(server.url).tasks.wait("t1", {
      model: wanRequest.model,
      onUpdate: (update) => void states.push(update.state),
    });
    expect(done.state).toBe("success");
    expect(states).toEqual(["unknown", "success"]);
    expect(server.to(RECORD)).toHaveLength(3);
  });

  test.each([
    [408, "Upstream timed out"],
    [501, "Generation failed"],
  ])("recordInfo answering %i is a failed task, one way everywhere: get returns the fail record, wait throws it", async (code, msg) => {
    server = await scripted((_read, _taskId, response) => sendJson(response, { code, msg, data: null }));
    const record = await client(server.url).tasks.get("t1");
    expect(record).toMatchObject({ taskId: "t1", state: "fail", failCode: String(code), failMsg: msg });
    const error = await client(server.url)
      .tasks.wait("t1")
      .catch((caught) => caught);
    expect(error).toBeInstanceOf(TaskFailedError);
    expect(error).toMatchObject({ taskId: "t1", failCode: String(code), failMsg: msg, code: "task_failed", record: { state: "fail" } });
  });

  test.each([
    ["a 500 envelope", (response: import("node:http").ServerResponse) => sendJson(response, { code: 500, msg: "Server exception" })],
    ["a 455 envelope", (response: import("node:http").ServerResponse) => sendJson(response, { code: 455, msg: "Maintenance" })],
    ["a 429", (response: import("node:http").ServerResponse) => sendJson(response, { code: 429, msg: "Too many" }, 429)],
    [
      "an HTML 502",
      (response: import("node:http").ServerResponse) => {
        response.writeHead(502, { "content-type": "text/html" });
        response.end("<h1>502</h1>");
      },
    ],
    [
      "a truncated 200",
      (response: import("node:http").ServerResponse) => {
        response.writeHead(200, { "content-type": "application/json" });
        response.end('{"code":200,"data":{"taskId":"t1","sta');
      },
    ],
    ["data: null", (response: import("node:http").ServerResponse) => sendJson(response, { code: 200, msg: "success", data: null })],
    ["another task's record", (response: import("node:http").ServerResponse) => ok(response, "someone-else", "success")],
  ])("%s, more times than one read retries, only delays the wait", async (_name, fault) => {
    // Five faulty answers: a read with maxRetries 1 gives up after two, so the wait itself must go on.
    server = await scripted((read, taskId, response) => (read <= 5 ? fault(response) : ok(response, taskId, "success")));
    const done = await client(server.url).tasks.wait("t1", { model: wanRequest.model });
    expect(done).toMatchObject({ taskId: "t1", state: "success", resultUrls: ["https://files.test/t1.mp4"] });
    expect(server.to(RECORD)).toHaveLength(6);
  });

  test("a refused connection (the API unreachable) only delays the wait", async () => {
    server = await scripted((_read, taskId, response) => ok(response, taskId, "success"));
    let refusals = 0;
    const flaky = (request: Request) => {
      if (++refusals <= 5)
        return Promise.reject(
          new TypeError("fetch failed", { cause: Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }) }),
        );
      return fetch(request);
    };
    const done = await client(server.url, { fetch: flaky }).tasks.wait("t1", { model: wanRequest.model });
    expect(done.state).toBe("success");
    expect(refusals).toBe(6);
  });

  test("a wrong key ends the wait at once; from run() the error carries the task id and says the task exists", async () => {
    server = await scripted((_read, _taskId, response) => sendJson(response, { code: 401, msg: "Unauthorized" }, 401));
    const error = await client(server.url)
      .run(wanRequest)
      .catch((caught) => caught);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error.taskId).toBe("task-1");
    expect(error.message).toContain('task task-1 was created and may still finish: resume with tasks.wait("task-1")');
    expect(server.to(RECORD)).toHaveLength(1);
  });

  test("an aborted wait carries the task id and says the task keeps running", async () => {
    server = await scripted((_read, taskId, response) => ok(response, taskId, "generating"));
    const controller = new AbortController();
    const error = await client(server.url)
      .run(wanRequest, { signal: controller.signal, onUpdate: () => controller.abort() })
      .catch((caught) => caught);
    expect(error).toBeInstanceOf(AbortError);
    expect(error.taskId).toBe("task-1");
    expect(error.message).toMatch(/resume with tasks\.wait\("task-1"\)/);
    expect(error.maybeProcessed).not.toBe(false);
  });
});

describe("responses the spec does not allow", () => {
  test("recordInfo with data: null is a typed error naming the task, not a TypeError", async () => {
    server = await scripted((_read, _taskId, response) => sendJson(response, { code: 200, msg: "success", data: null }));
    const error = await client(server.url, { retry: { maxRetries: 0 } })
      .tasks.get("t1")
      .catch((caught) => caught);
    expect(error).toBeInstanceOf(UnexpectedResponseError);
    expect(error).toMatchObject({ taskId: "t1" });
    expect(error.message).toContain("without a task record");
  });

  test("recordInfo answering another task's record is refused, and asked again", async () => {
    server = await scripted((read, taskId, response) => ok(response, read === 1 ? "other" : taskId, "success"));
    const got = await client(server.url).tasks.get("t1");
    expect(got.taskId).toBe("t1");
    expect(server.to(RECORD)).toHaveLength(2);
    await server.close();
    server = await scripted((_read, _taskId, response) => ok(response, "other", "success"));
    const refused = await client(server.url, { retry: { maxRetries: 0 } })
      .tasks.get("t3")
      .catch((caught) => caught);
    expect(refused).toBeInstanceOf(UnexpectedResponseError);
    expect(refused.message).toContain('answered with the record of another task ("other")');
  });

  test("a createTask success without taskId is an error, and the create is not repeated", async () => {
    server = await startTestServer((_request, response) => sendJson(response, { code: 200, msg: "success", data: {} }));
    const error = await client(server.url, { retry: { maxRetries: 3 } })
      .tasks.create(wanRequest)
      .catch((caught) => caught);
    expect(error).toBeInstanceOf(UnexpectedResponseError);
    expect(error.message).toMatch(/without a taskId; the task may exist/);
    expect(server.to(CREATE)).toHaveLength(1);
  });

  test.each([
    ["credits: null", "credits", null],
    ["credits: an object", "credits", { balance: 3 }],
    ["download-url: null", "downloadUrl", null],
    ["download-url: a number", "downloadUrl", 7],
    ["upload: null", "upload", null],
    ["upload: no downloadUrl", "upload", { fileName: "x" }],
  ] as const)("%s is a typed error", async (_name, call, data) => {
    server = await startTestServer((_request, response) => sendJson(response, { code: 200, msg: "success", data }));
    const kie = client(server.url, { retry: { maxRetries: 0 } });
    const calls = {
      credits: () => kie.account.credits(),
      downloadUrl: () => kie.files.downloadUrl("https://files.test/a.mp4"),
      upload: () => kie.files.upload(new Uint8Array([1]), { uploadPath: "in" }),
    };
    await expect(calls[call]()).rejects.toBeInstanceOf(UnexpectedResponseError);
  });
});

describe("aborting a create", () => {
  test("after it was sent: AbortError says the task may exist (maybeProcessed)", async () => {
    const controller = new AbortController();
    server = await startTestServer(() => controller.abort()); // never answers; the abort comes once the body arrived
    const error = await client(server.url)
      .tasks.create(wanRequest, { signal: controller.signal })
      .catch((caught) => caught);
    expect(error).toBeInstanceOf(AbortError);
    expect(error.maybeProcessed).toBe(true);
    expect(error.message).toContain("the task may exist");
    expect(server.to(CREATE)).toHaveLength(1);
  });

  test("while queued behind the create limit: nothing was sent (maybeProcessed false)", async () => {
    server = await startTestServer((_request, response) => sendJson(response, { code: 200, data: { taskId: "first" } }));
    const kie = client(server.url, { rateLimit: { create: { limit: 1, intervalMs: 60_000 }, read: false } });
    await kie.tasks.create(wanRequest);
    const controller = new AbortController();
    const queued = kie.tasks.create(wanRequest, { signal: controller.signal }).catch((caught) => caught);
    controller.abort();
    const error = await queued;
    expect(error).toBeInstanceOf(AbortError);
    expect(error.maybeProcessed).toBe(false);
    expect(server.to(CREATE)).toHaveLength(1);
  });
});
