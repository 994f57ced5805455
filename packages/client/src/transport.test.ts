import { afterEach, describe, expect, test } from "vitest";
import { API_KEY, CREATE, RECORD, record, sendJson, startTestServer, wanRequest } from "../test/test-server.js";
import { createKieClient } from "./client.js";
import {
  AbortError,
  ConnectionError,
  InsufficientCreditsError,
  MaintenanceError,
  RateLimitError,
  ServerError,
  UnexpectedResponseError,
} from "./errors.js";

let server: Awaited<ReturnType<typeof startTestServer>> | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const fastRetry = { maxRetries: 3, baseDelayMs: 10, maxDelayMs: 2000 };
const client = (url: string, extra: Parameters<typeof createKieClient>[0] = {}) =>
  createKieClient({ apiKey: API_KEY, baseUrl: url, retry: fastRetry, rateLimit: { create: false, read: false }, ...extra });

describe("the envelope is authoritative", () => {
  test("an error code inside HTTP 200 becomes its error class, with the message from msg", async () => {
    server = await startTestServer((_request, response) => sendJson(response, { code: 402, msg: "Credits insufficient", data: null }));
    const error = await client(server.url)
      .tasks.create(wanRequest)
      .catch((caught) => caught);
    expect(error).toBeInstanceOf(InsufficientCreditsError);
    expect(error).toMatchObject({
      status: 200,
      apiCode: 402,
      code: "insufficient_credits",
      body: { code: 402, msg: "Credits insufficient" },
    });
    expect(error.message).toContain("Credits insufficient");
    expect(server.to(CREATE)).toHaveLength(1);
  });

  test("`message` is read when `msg` is absent", async () => {
    server = await startTestServer((_request, response) => sendJson(response, { code: 500, message: "Upstream exploded" }, 500));
    const error = await client(server.url, { retry: { maxRetries: 0 } })
      .tasks.get("t1")
      .catch((caught) => caught);
    expect(error).toBeInstanceOf(ServerError);
    expect(error.message).toContain("Upstream exploded");
  });

  test("the key is sent as a bearer token", async () => {
    server = await startTestServer((_request, response) => sendJson(response, { code: 200, msg: "success", data: 12.5 }));
    expect(await client(server.url).account.credits()).toBe(12.5);
    expect(server.requests[0].headers.authorization).toBe(`Bearer ${API_KEY}`);
  });
});

describe("responses that are not the envelope", () => {
  test("an HTML 502 page: reads are retried and succeed", async () => {
    server = await startTestServer((request, response) => {
      if (server?.to(RECORD).length === 1) {
        response.writeHead(502, { "content-type": "text/html" });
        return response.end("<html><body><h1>502 Bad Gateway</h1></body></html>");
      }
      sendJson(response, { code: 200, msg: "success", data: record(request.query.get("taskId") ?? "", "generating") });
    });
    const result = await client(server.url).tasks.get("t1");
    expect(result.state).toBe("generating");
    expect(server.to(RECORD)).toHaveLength(2);
  });

  test("an HTML 502 page on create is not retried (the task may exist) and names the status", async () => {
    server = await startTestServer((_request, response) => {
      response.writeHead(502, { "content-type": "text/html" });
      response.end("<html><body>502 Bad Gateway</body></html>");
    });
    const error = await client(server.url)
      .tasks.create(wanRequest)
      .catch((caught) => caught);
    expect(error).toBeInstanceOf(UnexpectedResponseError);
    expect(error.status).toBe(502);
    expect(error.message).toContain("502 Bad Gateway");
    expect(server.to(CREATE)).toHaveLength(1);
  });

  test("truncated JSON after a 200 is an error, and the create is not repeated", async () => {
    server = await startTestServer((_request, response) => {
      response.writeHead(200, { "content-type": "application/json" });
      response.end('{"code":200,"msg":"success","data":{"taskId":"abc');
    });
    const error = await client(server.url)
      .tasks.create(wanRequest)
      .catch((caught) => caught);
    expect(error).toBeInstanceOf(UnexpectedResponseError);
    expect(error.message).toMatch(/truncated or not JSON/);
    expect(server.to(CREATE)).toHaveLength(1);
  });
});

describe("connection failures", () => {
  test("a reset before any answer: a read is retried", async () => {
    server = await startTestServer((request, response, socket) => {
      if (server?.to(RECORD).length === 1) return void socket.destroy();
      sendJson(response, { code: 200, msg: "success", data: record(request.query.get("taskId") ?? "", "queuing") });
    });
    expect((await client(server.url).tasks.get("t1")).state).toBe("queuing");
    expect(server.to(RECORD)).toHaveLength(2);
  });

  test("a reset after the body was sent: the create is not repeated, and the error says it may have been processed", async () => {
    server = await startTestServer((_request, _response, socket) => void socket.destroy());
    const error = await client(server.url)
      .tasks.create(wanRequest)
      .catch((caught) => caught);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error.maybeProcessed).toBe(true);
    expect(server.to(CREATE)).toHaveLength(1);
  });

  test("a refused connection (nothing sent): the create is retried", async () => {
    server = await startTestServer((_request, response) =>
      sendJson(response, { code: 200, msg: "success", data: { taskId: "created-once" } }),
    );
    let calls = 0;
    const refusingOnce = (request: Request) => {
      calls++;
      if (calls === 1)
        return Promise.reject(
          new TypeError("fetch failed", { cause: Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }) }),
        );
      return fetch(request);
    };
    const task = await client(server.url, { fetch: refusingOnce }).tasks.create(wanRequest);
    expect(task.taskId).toBe("created-once");
    expect(server.to(CREATE)).toHaveLength(1);
  });

  test("a timeout on create is not retried unless the caller opts in", async () => {
    server = await startTestServer(async (_request, response) => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      sendJson(response, { code: 200, msg: "success", data: { taskId: "slow" } });
    });
    // Count the attempts the client makes, not the requests that arrived: under load the 50 ms timeout
    // can fire before the server has read the request, and that must not change the outcome.
    let attempts = 0;
    const counting = (request: Request) => {
      attempts++;
      return fetch(request);
    };
    const error = await client(server.url, { timeoutMs: 50, fetch: counting })
      .tasks.create(wanRequest)
      .catch((caught) => caught);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error.maybeProcessed).toBe(true);
    expect(attempts).toBe(1);
  });

  test("with retryAmbiguousCreates, a reset create is retried", async () => {
    server = await startTestServer((_request, response, socket) => {
      if (server?.to(CREATE).length === 1) return void socket.destroy();
      sendJson(response, { code: 200, msg: "success", data: { taskId: "second" } });
    });
    const task = await client(server.url, { retry: { ...fastRetry, retryAmbiguousCreates: true } }).tasks.create(wanRequest);
    expect(task.taskId).toBe("second");
    expect(server.to(CREATE)).toHaveLength(2);
  });
});

describe("429 and 455", () => {
  test("429 with Retry-After: the create waits that long, then is retried", async () => {
    server = await startTestServer((_request, response) => {
      if (server?.to(CREATE).length === 1)
        return sendJson(response, { code: 429, msg: "Rate limit exceeded" }, 429, { "retry-after": "1" });
      sendJson(response, { code: 200, msg: "success", data: { taskId: "after-wait" } });
    });
    const task = await client(server.url).tasks.create(wanRequest);
    expect(task.taskId).toBe("after-wait");
    const [first, second] = server.to(CREATE);
    expect(second.at - first.at).toBeGreaterThanOrEqual(950);
  });

  test("429 without Retry-After (inside HTTP 200): retried with backoff", async () => {
    server = await startTestServer((_request, response) => {
      if ((server?.to(CREATE).length ?? 0) <= 2) return sendJson(response, { code: 429, msg: "Rate limit exceeded" });
      sendJson(response, { code: 200, msg: "success", data: { taskId: "third" } });
    });
    expect((await client(server.url).tasks.create(wanRequest)).taskId).toBe("third");
    expect(server.to(CREATE)).toHaveLength(3);
  });

  test("455 maintenance is retried; when it persists the error says so", async () => {
    server = await startTestServer((_request, response) => sendJson(response, { code: 455, msg: "System maintenance" }));
    const error = await client(server.url)
      .tasks.create(wanRequest)
      .catch((caught) => caught);
    expect(error).toBeInstanceOf(MaintenanceError);
    expect(server.to(CREATE)).toHaveLength(fastRetry.maxRetries + 1);
  });

  test("a 5xx on create is not retried (it may have created the task)", async () => {
    server = await startTestServer((_request, response) => sendJson(response, { code: 500, msg: "Internal error" }, 500));
    await expect(client(server.url).tasks.create(wanRequest)).rejects.toBeInstanceOf(ServerError);
    expect(server.to(CREATE)).toHaveLength(1);
  });

  test("abort during a backoff sleep ends the call at once", async () => {
    server = await startTestServer((_request, response) =>
      sendJson(response, { code: 429, msg: "Rate limit exceeded" }, 429, { "retry-after": "30" }),
    );
    const controller = new AbortController();
    const started = Date.now();
    setTimeout(() => controller.abort(new Error("user cancelled")), 100);
    const error = await client(server.url, { retry: { maxRetries: 3, maxDelayMs: 60_000 } })
      .tasks.create(wanRequest, { signal: controller.signal })
      .catch((caught) => caught);
    expect(error).toBeInstanceOf(AbortError);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(server.to(CREATE)).toHaveLength(1);
  });

  test("a persistent 429 ends as RateLimitError with the server's Retry-After", async () => {
    server = await startTestServer((_request, response) =>
      sendJson(response, { code: 429, msg: "Rate limit exceeded" }, 429, { "retry-after": "0" }),
    );
    const error = await client(server.url)
      .tasks.get("t1")
      .catch((caught) => caught);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.retryAfterMs).toBe(0);
  });
});

describe("error.retryable says whether repeating the same request is safe and may succeed", () => {
  test.each([
    ["a 500 on a create (the task may exist)", "create", 500, false],
    ["a 500 on a read", "read", 500, true],
    ["a 429 on a create (refused, nothing queued)", "create", 429, true],
    ["a 455 on a create", "create", 455, true],
    ["a 402 on a create", "create", 402, false],
    ["a 401 on a read", "read", 401, false],
  ])("%s: %s", async (_name, kind, code, retryable) => {
    server = await startTestServer((_request, response) => sendJson(response, { code, msg: "no" }));
    const kie = client(server.url, { retry: { maxRetries: 0 } });
    const error = await (kind === "create" ? kie.tasks.create(wanRequest) : kie.account.credits()).catch((caught) => caught);
    expect(error).toMatchObject({ apiCode: code, retryable });
  });

  test("a connection refused before anything was sent is retryable even for a create; what is in flight is not", async () => {
    const closed = await startTestServer(() => undefined);
    const closedUrl = closed.url;
    await closed.close();
    const refused = await client(closedUrl, { retry: { maxRetries: 0 } })
      .tasks.create(wanRequest)
      .catch((caught) => caught);
    expect(refused).toMatchObject({ code: "connection_failed", maybeProcessed: false, retryable: true });
    server = await startTestServer((_request, _response, socket) => void socket.destroy());
    const reset = await client(server.url, { retry: { maxRetries: 0 } })
      .tasks.create(wanRequest)
      .catch((caught) => caught);
    expect(reset).toMatchObject({ code: "connection_failed", maybeProcessed: true, retryable: false });
  });
});
