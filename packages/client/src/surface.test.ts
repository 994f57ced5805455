import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer, request as httpRequest, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, test, vi } from "vitest";
import { API_KEY, CREATE, RECORD, record, sendJson, startTestServer, wanRequest } from "../test/test-server.js";
import { createKieClient } from "./client.js";
import { EmptyResultError } from "./errors.js";
import type { WaitProgress } from "./wait.js";
import { signCallback } from "./webhook-signature.js";

let server: Awaited<ReturnType<typeof startTestServer>> | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
  vi.unstubAllEnvs();
});
const scratch = mkdtempSync(join(tmpdir(), "kie-surface-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const polling = { firstPollMs: 20, densePollMs: 20, expectedDurations: { [wanRequest.model]: 40 } };

describe("headers and the environment", () => {
  test("a request's headers and the client's reach the server with every call of a run, the key always ours", async () => {
    server = await startTestServer((request, response) => {
      if (request.path === CREATE) return sendJson(response, { code: 200, data: { taskId: "h1" } });
      sendJson(response, { code: 200, data: record("h1", "success") });
    });
    const kie = createKieClient({
      apiKey: API_KEY,
      baseUrl: server.url,
      polling,
      headers: { "x-app": "shop", authorization: "Bearer stolen" },
    });
    await kie.run(wanRequest, { headers: { "x-kie-mock": "duration=50" } });
    expect(server.requests.length).toBeGreaterThanOrEqual(2);
    for (const request of server.requests) {
      expect(request.headers["x-app"]).toBe("shop");
      expect(request.headers["x-kie-mock"]).toBe("duration=50");
      expect(request.headers.authorization).toBe(`Bearer ${API_KEY}`);
    }
  });

  test("KIE_BASE_URL from the environment sets the API host (and uploads), as OPENAI_BASE_URL does", () => {
    vi.stubEnv("KIE_BASE_URL", "http://127.0.0.1:4010");
    const kie = createKieClient({ apiKey: "k" });
    expect([kie.baseUrl, kie.uploadBaseUrl]).toEqual(["http://127.0.0.1:4010", "http://127.0.0.1:4010"]);
    expect(createKieClient({ apiKey: "k", baseUrl: "https://api.kie.ai" }).baseUrl).toBe("https://api.kie.ai");
    vi.stubEnv("KIE_BASE_URL", "http://evil.example");
    expect(() => createKieClient({ apiKey: "k" })).toThrow(/KIE_BASE_URL.*https/);
  });
});

describe("results", () => {
  const serve = (resultJson: string, model: string = wanRequest.model) =>
    startTestServer((request, response) => {
      if (request.path === CREATE) return sendJson(response, { code: 200, data: { taskId: "r1" } });
      sendJson(response, { code: 200, data: record("r1", "success", { model, resultJson }) });
    });

  test("a media model's success without a URL is an EmptyResultError naming the task; allowEmptyResult returns it", async () => {
    server = await serve(JSON.stringify({ resultUrls: [] }));
    const kie = createKieClient({ apiKey: API_KEY, baseUrl: server.url, polling });
    const error = await kie.run(wanRequest).catch((caught) => caught);
    expect(error).toBeInstanceOf(EmptyResultError);
    expect(error).toMatchObject({ code: "empty_result", taskId: "r1", record: { state: "success", resultUrls: [] } });
    expect(error.message).toContain("allowEmptyResult");
    expect((await kie.run(wanRequest, { allowEmptyResult: true })).resultUrls).toEqual([]);
  });

  test("an analysis model's result is its resultObject, and no URL is fine", async () => {
    server = await serve(JSON.stringify({ resultObject: { subjects: 2 } }), "omnihuman-1-5/subject-detection");
    const kie = createKieClient({ apiKey: API_KEY, baseUrl: server.url, polling, validation: false });
    const done = await kie.tasks.wait("r1");
    expect(done).toMatchObject({ resultUrls: [], resultObject: { subjects: 2 } });
  });

  test("a model outside the catalogue is not judged: an empty result comes back as it is", async () => {
    server = await serve(JSON.stringify({ resultUrls: [] }), "acme/new-model");
    const kie = createKieClient({ apiKey: API_KEY, baseUrl: server.url, polling });
    expect((await kie.tasks.wait("r1")).resultUrls).toEqual([]);
  });
});

describe("progress", () => {
  test("onUpdate carries the elapsed time and, once the model's duration is known, the typical duration and ETA", async () => {
    let reads = 0;
    const created = Date.now();
    server = await startTestServer((_request, response) =>
      sendJson(response, { code: 200, data: record("p1", ++reads < 3 ? "generating" : "success", { createTime: created }) }),
    );
    const kie = createKieClient({
      apiKey: API_KEY,
      baseUrl: server.url,
      polling: { firstPollMs: 10, densePollMs: 10, sparsePollMs: 10, expectedDurations: { [wanRequest.model]: 60_000 } },
    });
    const updates: WaitProgress[] = [];
    await kie.tasks.wait("p1", { onUpdate: (_record, progress) => void updates.push(progress) });
    expect(updates.length).toBe(2);
    const [first] = updates;
    expect(first.elapsedMs).toBeGreaterThanOrEqual(0);
    expect(first.expectedMs).toBe(60_000);
    expect(first.etaMs).toBe(60_000 - first.elapsedMs);
    // A model never seen before: elapsed only (the first read already says success).
    reads = 2;
    const fresh = createKieClient({
      apiKey: API_KEY,
      baseUrl: server.url,
      polling: { firstPollMs: 10, densePollMs: 10, expectedDurations: {} },
    });
    const unknown: WaitProgress[] = [];
    await fresh.tasks.wait("p1", { onUpdate: (_record, progress) => void unknown.push(progress), timeoutMs: 60_000 });
    expect(unknown[0]).toEqual({ elapsedMs: expect.any(Number) });
  });
});

describe("files.download", () => {
  const body = Buffer.alloc(300_000, 7);
  async function fileServer(status = 200) {
    const seen: IncomingMessage["headers"][] = [];
    const files = createServer((request, response) => {
      seen.push(request.headers);
      response.writeHead(status, { "content-type": "video/mp4", "content-length": String(body.length) });
      response.end(status === 200 ? body : undefined);
    });
    await new Promise<void>((resolve) => files.listen(0, "127.0.0.1", resolve));
    return {
      url: `http://127.0.0.1:${(files.address() as AddressInfo).port}/r/x.mp4`,
      seen,
      close: () => new Promise<void>((resolve) => files.close(() => resolve())),
    };
  }

  test("streams a result to a path, reporting progress, without sending the API key to the file's host", async () => {
    const files = await fileServer();
    const kie = createKieClient({ apiKey: API_KEY, baseUrl: "http://127.0.0.1:1" });
    const progress: number[] = [];
    const path = join(scratch, "out.mp4");
    const written = await kie.files.download(files.url, path, { onProgress: (p) => void progress.push(p.receivedBytes) });
    expect(written).toEqual({ bytes: body.length, contentType: "video/mp4", path });
    expect(readFileSync(path).equals(body)).toBe(true);
    expect(progress.at(-1)).toBe(body.length);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(files.seen[0].authorization).toBeUndefined();
    await files.close();
  });

  test("streams to a WritableStream", async () => {
    const files = await fileServer();
    const chunks: Uint8Array[] = [];
    const sink = new WritableStream<Uint8Array>({ write: (chunk) => void chunks.push(chunk) });
    const written = await createKieClient({ apiKey: API_KEY }).files.download(files.url, sink);
    expect(written.bytes).toBe(body.length);
    expect(Buffer.concat(chunks).equals(body)).toBe(true);
    await files.close();
  });

  test("an expired link is an error that says how to get a fresh one, and leaves no file behind", async () => {
    const files = await fileServer(403);
    const before = readdirSync(scratch);
    const error = await createKieClient({ apiKey: API_KEY })
      .files.download(files.url, join(scratch, "expired.mp4"))
      .catch((caught) => caught);
    expect(error.message).toContain("files.downloadUrl");
    expect(readdirSync(scratch)).toEqual(before);
    await files.close();
  });

  test("refuses a destination that is neither a path nor a stream", async () => {
    await expect(createKieClient({ apiKey: API_KEY }).files.download("https://x.test/a", {} as never)).rejects.toThrow(/WritableStream/);
  });
});

describe("callbacks outside Web Requests", () => {
  const HMAC = "whsec-surface";
  async function signedParts(taskId: string) {
    const timestamp = Math.floor(Date.now() / 1000);
    const headers = {
      "content-type": "application/json",
      "x-webhook-timestamp": String(timestamp),
      "x-webhook-signature": await signCallback(taskId, timestamp, HMAC),
    };
    return { headers, text: JSON.stringify({ code: 200, data: record(taskId, "success") }) };
  }
  async function withRecords() {
    server = await startTestServer((request, response) =>
      sendJson(response, { code: 200, data: record(request.query.get("taskId") ?? "", "success") }),
    );
    const events: string[] = [];
    const kie = createKieClient({ apiKey: API_KEY, baseUrl: server.url });
    return { events, handle: kie.callbacks.handler({ hmacKey: HMAC, onEvent: (event) => void events.push(event.taskId) }) };
  }

  test("Node's (req, res): the handler reads the raw body itself", async () => {
    const { events, handle } = await withRecords();
    const receiver = createServer((req, res) => void handle.node(req, res));
    await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
    const { headers, text } = await signedParts("n1");
    const answer = await fetch(`http://127.0.0.1:${(receiver.address() as AddressInfo).port}/cb`, { method: "POST", headers, body: text });
    expect(answer.status).toBe(200);
    expect(events).toEqual(["n1"]);
    expect(server?.to(RECORD)).toHaveLength(1);
    await new Promise<void>((resolve) => receiver.close(() => resolve()));
  });

  test("Node's (req, res): the signature headers are checked before the body is read, and the body is capped", async () => {
    server = await startTestServer((request, response) =>
      sendJson(response, { code: 200, data: record(request.query.get("taskId") ?? "", "success") }),
    );
    const handle = createKieClient({ apiKey: API_KEY, baseUrl: server.url }).callbacks.handler({ hmacKey: HMAC, maxBodyBytes: 1024 });
    const receiver = createServer((req, res) => void handle.node(req, res));
    await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
    const port = (receiver.address() as AddressInfo).port;
    // No signature headers, and a body that never ends: the answer comes without waiting for it.
    const unsigned = await new Promise<number>((resolve, reject) => {
      const request = httpRequest({
        host: "127.0.0.1",
        port,
        path: "/cb",
        method: "POST",
        headers: { "content-type": "application/json" },
      });
      request.on("response", (response) => resolve(response.statusCode ?? 0)).on("error", reject);
      request.write("{");
    });
    expect(unsigned).toBe(401);
    // Signed, but larger than maxBodyBytes (no content-length): refused while reading.
    const { headers } = await signedParts("n4");
    const oversized = await new Promise<number>((resolve, reject) => {
      const request = httpRequest({
        host: "127.0.0.1",
        port,
        path: "/cb",
        method: "POST",
        headers: { ...headers, "transfer-encoding": "chunked" },
      });
      request.on("response", (response) => resolve(response.statusCode ?? 0)).on("error", reject);
      for (let i = 0; i < 4; i++) request.write("x".repeat(512));
      request.end();
    });
    expect(oversized).toBe(413);
    receiver.closeAllConnections();
    await new Promise<void>((resolve) => receiver.close(() => resolve()));
  });

  test("raw bytes left by a body parser (req.body as a Buffer) are verified", async () => {
    const { events, handle } = await withRecords();
    const { headers, text } = await signedParts("n2");
    const answer = {
      statusCode: 0,
      text: "",
      setHeader: () => undefined,
      end(body = "") {
        answer.text = body;
      },
    };
    await handle.node({ method: "POST", headers, body: Buffer.from(text), async *[Symbol.asyncIterator]() {} }, answer);
    expect(answer.statusCode).toBe(200);
    expect(JSON.parse(answer.text)).toEqual({ received: true });
    expect(events).toEqual(["n2"]);
  });

  test("a body already parsed into an object is refused with 500 and a message that says what to do", async () => {
    const { events, handle } = await withRecords();
    const { headers, text } = await signedParts("n3");
    const answer = await handle({ headers, body: JSON.parse(text) });
    expect(answer.status).toBe(500);
    const said = await answer.json();
    expect(said.error).toBe("parsed-body");
    expect(said.message).toMatch(/express\.json\(\).*express\.raw/);
    expect(events).toEqual([]);
  });
});
