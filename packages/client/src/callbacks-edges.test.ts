import { createServer, type Server } from "node:http";
import { connect } from "node:net";
import { afterEach, describe, expect, test, vi } from "vitest";
import { API_KEY, record } from "../test/test-server.js";
import { createKieClient } from "./client.js";

// What users' callback servers meet on the open network: resets, slow senders, floods.
const body = (taskId: string) => JSON.stringify({ code: 200, msg: "ok", data: record(taskId, "success") });

describe("a Node server mounting handler.node survives what the network sends", () => {
  let server: Server | undefined;
  afterEach(() => new Promise<void>((done) => (server ? server.close(() => done()) : done())));

  test("a sender that resets the connection mid-body: a refusal, not a crashed process; the next callback is answered", async () => {
    const kie = createKieClient({
      apiKey: API_KEY,
      baseUrl: "http://127.0.0.1:9",
      fetch: async () => new Response(JSON.stringify({ code: 200, msg: "ok", data: record("t1", "success") })),
    });
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on("unhandledRejection", onUnhandled);
    const refused: string[] = [];
    const handler = kie.callbacks.handler({ allowUnsigned: true, onError: (error) => refused.push(error.message) });
    let settled: () => void = () => undefined;
    const handled = new Promise<void>((resolve) => {
      settled = resolve;
    });
    // As the README mounts it: the promise is dropped, so a rejection would be unhandled and end the process.
    server = createServer((request, response) => void handler.node(request, response).then(() => settled()));
    await new Promise<void>((done) => server?.listen(0, "127.0.0.1", done));
    const { port } = server.address() as { port: number };
    const socket = connect(port, "127.0.0.1");
    await new Promise((done) => socket.once("connect", done));
    socket.write(`POST /callback HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: 1000\r\n\r\n{"code":200,`);
    // The handler has the headers and part of the body once the server saw the request; then the reset.
    await new Promise((done) => setImmediate(done));
    socket.resetAndDestroy();
    await handled;
    await new Promise((done) => setImmediate(done));
    process.off("unhandledRejection", onUnhandled);
    expect(unhandled).toEqual([]);
    expect(refused.join()).toMatch(/could not be read|aborted|did not arrive/);
    const next = await fetch(`http://127.0.0.1:${port}/callback`, { method: "POST", body: body("t1") });
    expect(next.status).toBe(200);
  });
});

describe("callback bodies have a deadline", () => {
  test("a body that drips and never ends is answered 408 after bodyTimeoutMs", async () => {
    const kie = createKieClient({ apiKey: API_KEY, baseUrl: "http://127.0.0.1:9" });
    const handle = kie.callbacks.handler({ allowUnsigned: true, bodyTimeoutMs: 200 });
    let pulls = 0;
    const drip = new ReadableStream<Uint8Array>({
      pull: (controller) => {
        // One byte, then nothing ever again: only the deadline can end the read.
        if (pulls++ === 0) controller.enqueue(new TextEncoder().encode("{"));
        return new Promise(() => undefined);
      },
    });
    const request = new Request("http://127.0.0.1/callback", { method: "POST", body: drip, duplex: "half" } as RequestInit);
    const response = await handle(request);
    expect(response.status).toBe(408);
    expect(await response.json()).toEqual({ error: "body-timeout" });
  });

  test("a malformed deadline is a configuration error", () => {
    const kie = createKieClient({ apiKey: API_KEY, baseUrl: "http://127.0.0.1:9" });
    expect(() => kie.callbacks.handler({ allowUnsigned: true, bodyTimeoutMs: 0 })).toThrow(/bodyTimeoutMs/);
    expect(() => kie.callbacks.handler({})).toThrow(expect.objectContaining({ name: "ConfigurationError" }));
  });
});

describe("a flood of callbacks for unknown task ids cannot starve the waits", () => {
  test("beyond unknownTaskRate they are answered 503 at once; the client's own reads still go through", async () => {
    const reads: string[] = [];
    let secondRead: () => void = () => undefined;
    const twoReads = new Promise<void>((resolve) => {
      secondRead = resolve;
    });
    /** recordInfo for the flood's ids never answers (until aborted); the task this process waits on does. */
    const fetch = async (input: Request) => {
      const taskId = new URL(input.url).searchParams.get("taskId") ?? "";
      reads.push(taskId);
      if (reads.filter((id) => id.startsWith("made-up-")).length === 2) secondRead();
      if (taskId.startsWith("made-up-"))
        return new Promise<Response>((_, reject) => input.signal.addEventListener("abort", () => reject(input.signal.reason)));
      return new Response(JSON.stringify({ code: 200, msg: "ok", data: record(taskId, "generating") }));
    };
    const kie = createKieClient({
      apiKey: API_KEY,
      baseUrl: "http://127.0.0.1:9",
      fetch,
      retry: { maxRetries: 0 },
      rateLimit: { read: { limit: 10, intervalMs: 60_000 } },
    });
    const handle = kie.callbacks.handler({
      allowUnsigned: true,
      confirmTimeoutMs: 60_000,
      unknownTaskRate: { limit: 2, intervalMs: 60_000 },
    });
    const answers = Array.from({ length: 300 }, (_, index) =>
      handle(new Request("http://127.0.0.1/callback", { method: "POST", body: body(`made-up-${index}`) })),
    );
    // 298 are answered without waiting for anything: the two confirming reads in flight never end.
    const settled = await Promise.all(answers.slice(2));
    expect(settled.map((response) => response.status)).toEqual(Array(298).fill(503));
    await twoReads;
    expect(reads.filter((id) => id.startsWith("made-up-"))).toHaveLength(2);
    // The read budget (10 per window) still has room for this process's own task.
    expect((await kie.tasks.get("mine", { signal: AbortSignal.timeout(30_000) })).state).toBe("generating");
    expect(reads).toContain("mine");
  });
});

describe("callbacks for tasks this process created", () => {
  test("are confirmed even after their wait ended and with no budget for unknown ids", async () => {
    const fetch = async (input: Request) => {
      if (input.url.endsWith("/createTask")) return new Response(JSON.stringify({ code: 200, msg: "ok", data: { taskId: "mine-1" } }));
      return new Response(JSON.stringify({ code: 200, msg: "ok", data: record("mine-1", "success") }));
    };
    const kie = createKieClient({ apiKey: API_KEY, baseUrl: "http://127.0.0.1:9", fetch, validation: false });
    const events: string[] = [];
    const handle = kie.callbacks.handler({
      allowUnsigned: true,
      unknownTaskRate: { limit: 0, intervalMs: 1000 },
      onEvent: (event) => void events.push(event.taskId),
    });
    await kie.tasks.create({
      model: "wan/2-2-a14b-image-to-video-turbo",
      input: { prompt: "p", image_url: "https://files.example/a.png" },
    });
    expect((await handle(new Request("http://127.0.0.1/callback", { method: "POST", body: body("mine-1") }))).status).toBe(200);
    expect((await handle(new Request("http://127.0.0.1/callback", { method: "POST", body: body("stranger") }))).status).toBe(503);
    expect(events).toEqual(["mine-1"]);
  });
});

describe("a refused callback leaves a trace", () => {
  const signedWrong = () =>
    new Request("http://127.0.0.1/callback", {
      method: "POST",
      headers: { "x-webhook-timestamp": String(Math.floor(Date.now() / 1000)), "x-webhook-signature": "AAAA" },
      body: body("t-1"),
    });

  test("without a logger, on the console (once per refusal, naming why)", async () => {
    const kie = createKieClient({ apiKey: API_KEY, baseUrl: "http://127.0.0.1:9" });
    const lines: unknown[] = [];
    const warn = vi.spyOn(console, "warn").mockImplementation((line) => void lines.push(line));
    try {
      const handle = kie.callbacks.handler({ hmacKey: "right-key" });
      expect((await handle(signedWrong())).status).toBe(401);
    } finally {
      warn.mockRestore();
    }
    expect(lines).toEqual([expect.stringMatching(/^callback refused: .*signature/i)]);
  });

  test("with a logger, through it and not the console; `logger: {}` silences it", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    try {
      const logged: string[] = [];
      const kie = createKieClient({ apiKey: API_KEY, baseUrl: "http://127.0.0.1:9", logger: { warn: (line) => void logged.push(line) } });
      expect((await kie.callbacks.handler({ hmacKey: "right-key" })(signedWrong())).status).toBe(401);
      expect(logged).toEqual([expect.stringMatching(/^callback refused/)]);
      const quiet = createKieClient({ apiKey: API_KEY, baseUrl: "http://127.0.0.1:9", logger: {} });
      expect((await quiet.callbacks.handler({ hmacKey: "right-key" })(signedWrong())).status).toBe(401);
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
  });
});

describe("the handler's code loads on its first callback", () => {
  test("a load that failed (a chunk not fetched) answers 500, and the next callback loads it again and is handled", async () => {
    const { createCallbacks } = await import("./callbacks.js");
    const { Deliveries } = await import("./deliveries.js");
    let loads = 0;
    const errors: string[] = [];
    const callbacks = createCallbacks(
      { deliveries: new Deliveries(), logger: { error: (line) => errors.push(line) } },
      async (taskId) => ({ ...record(taskId, "success"), taskId, state: "success", resultUrls: [] }) as never,
      async () => {
        loads++;
        if (loads === 1) throw new Error("chunk engine-abc.js failed to load");
        return import("./engine.js");
      },
    );
    const events: string[] = [];
    const handler = callbacks.handler({ allowUnsigned: true, onEvent: ({ taskId }) => void events.push(taskId) });
    const post = () => handler(new Request("http://app/callback", { method: "POST", body: body("t9") }));
    expect((await post()).status).toBe(500);
    expect(errors).toEqual([expect.stringContaining("chunk engine-abc.js failed to load")]);
    expect((await post()).status).toBe(200);
    expect(events).toEqual(["t9"]);
    expect(loads).toBe(2);
  });
});
