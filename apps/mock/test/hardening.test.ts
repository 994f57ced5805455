import { spawn } from "node:child_process";
import { createServer, request as httpRequest, type Server } from "node:http";
import { type AddressInfo, connect } from "node:net";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type MockServer, startMock } from "../src/mock-server.js";

// The mock attacked on loopback: where a request could make it call elsewhere, hold memory, crash or
// act before it knows who is asking.
const MODEL = "wan/2-2-a14b-image-to-video-turbo";
const INPUT = { prompt: "A lighthouse", image_url: "https://files.example/in.png" };

let mock: MockServer;
beforeAll(async () => {
  mock = await startMock({ callbackRetries: 0, taskDurationMs: 0 });
});
afterAll(() => mock.close());

const post = (base: string, path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${base}${path}`, {
    method: "POST",
    headers: { authorization: "Bearer k", "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });

/** A loopback server that counts requests and answers with `answer`. */
async function loopback(answer: (url: string) => { status: number; headers?: Record<string, string>; body?: Buffer }) {
  const seen: string[] = [];
  const server: Server = createServer((request, response) => {
    seen.push(request.url ?? "");
    const { status, headers, body } = answer(request.url ?? "");
    response.writeHead(status, headers).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe("no request makes the mock call off this machine", () => {
  test("a callback answered with a redirect is not followed: the signed body goes to its callBackUrl only", async () => {
    const trap = await loopback(() => ({ status: 200 }));
    const receiver = await loopback(() => ({ status: 307, headers: { location: `${trap.url}/stolen` } }));
    const created = await (
      await post(mock.url, "/api/v1/jobs/createTask", { model: MODEL, input: INPUT, callBackUrl: `${receiver.url}/cb` })
    ).json();
    await new Promise<void>((resolve) => {
      const check = () => (mock.callbacks.some((item) => item.taskId === created.data.taskId) ? resolve() : setTimeout(check, 5));
      check();
    });
    const delivery = mock.callbacks.find((item) => item.taskId === created.data.taskId);
    expect(delivery).toMatchObject({ status: 307, error: expect.stringContaining("redirect not followed") });
    expect(receiver.seen).toEqual(["/cb"]);
    expect(trap.seen).toEqual([]);
    await Promise.all([trap.close(), receiver.close()]);
  });

  test("a URL upload from loopback that redirects off it is refused before anything is fetched there", async () => {
    const hop = await loopback(() => ({ status: 302, headers: { location: "http://192.0.2.1/secret.png" } }));
    const response = await post(mock.url, "/api/file-url-upload", { fileUrl: `${hop.url}/a.png`, uploadPath: "x" });
    const body = await response.json();
    expect(body).toMatchObject({ success: false, code: 400 });
    expect(body.msg).toContain("redirected off this machine");
    await hop.close();
  });

  test("a URL upload redirected from loopback to loopback is followed, hop by hop", async () => {
    const file = await loopback(() => ({ status: 200, headers: { "content-type": "text/plain" }, body: Buffer.from("moved\n") }));
    const hop = await loopback(() => ({ status: 301, headers: { location: `${file.url}/b.txt` } }));
    const body = await (await post(mock.url, "/api/file-url-upload", { fileUrl: `${hop.url}/a.txt`, uploadPath: "x" })).json();
    expect(body).toMatchObject({ success: true, data: { fileSize: 6, mimeType: "text/plain" } });
    expect(await (await fetch(body.data.downloadUrl)).text()).toBe("moved\n");
    await Promise.all([file.close(), hop.close()]);
  });
});

describe("bounded memory", () => {
  test("per route: createTask takes at most 1 MiB by default, while a 2 MiB base64 upload still fits its 32 MiB", async () => {
    const createBody = JSON.stringify({ model: MODEL, input: { ...INPUT, padding: "x".repeat(2 * 2 ** 20) } });
    const refused = await post(mock.url, "/api/v1/jobs/createTask", createBody);
    expect(refused.status).toBe(413);
    const upload = await post(mock.url, "/api/file-base64-upload", {
      base64Data: Buffer.alloc(2 * 2 ** 20, 7).toString("base64"),
      uploadPath: "big",
      fileName: "big.bin",
    });
    expect(upload.status).toBe(200);
  });

  test("a createTask body over maxJsonBodyBytes is answered 413 without being read, whether its length is declared or not", async () => {
    const small = await startMock({ maxJsonBodyBytes: 1024 });
    const big = JSON.stringify({ model: MODEL, input: { ...INPUT, prompt: "x".repeat(2000) } });
    const declared = await post(small.url, "/api/v1/jobs/createTask", big);
    expect(declared.status).toBe(413);
    expect((await declared.json()).msg).toContain("maxJsonBodyBytes");
    // Chunked, no content-length: the cap counts as the body arrives.
    const chunked = await new Promise<number>((resolve, reject) => {
      const request = httpRequest(`${small.url}/api/v1/jobs/createTask`, {
        method: "POST",
        headers: { authorization: "Bearer k", "content-type": "application/json", "transfer-encoding": "chunked" },
      });
      request.on("response", (response) => resolve(response.statusCode ?? 0)).on("error", reject);
      for (let i = 0; i < 8; i++) request.write("x".repeat(512));
      request.end();
    });
    expect(chunked).toBe(413);
    expect(small.tasks()).toHaveLength(0);
    await small.close();
  });

  test("the file store keeps at most fileStore.maxBytes: the oldest file goes first", async () => {
    const bounded = await startMock({ fileStore: { maxBytes: 1000 } });
    const upload = async (name: string) =>
      (
        await (
          await post(bounded.url, "/api/file-base64-upload", {
            base64Data: Buffer.alloc(600, 1).toString("base64"),
            uploadPath: "b",
            fileName: name,
          })
        ).json()
      ).data.downloadUrl as string;
    const first = await upload("a.bin");
    const second = await upload("b.bin");
    expect((await fetch(first)).status).toBe(404);
    expect((await fetch(second)).status).toBe(200);
    await bounded.close();
  });

  test("files expire after fileStore.maxAgeMs", async () => {
    const expiring = await startMock({ fileStore: { maxAgeMs: 0 } });
    const body = await (
      await post(expiring.url, "/api/file-base64-upload", { base64Data: "aGk=", uploadPath: "e", fileName: "a.txt" })
    ).json();
    expect((await fetch(body.data.downloadUrl)).status).toBe(404);
    await expiring.close();
  });
});

describe("keys, redirects and old tasks", () => {
  test("two keys uploading the same path get two files: key B cannot replace key A's", async () => {
    const upload = (key: string, text: string) =>
      post(
        mock.url,
        "/api/file-base64-upload",
        { base64Data: Buffer.from(text).toString("base64"), uploadPath: "shared", fileName: "a.txt" },
        {
          authorization: `Bearer ${key}`,
        },
      ).then((response) => response.json() as Promise<{ data: { downloadUrl: string } }>);
    const a = await upload("key-a", "from A");
    const b = await upload("key-b", "from B");
    expect(a.data.downloadUrl).not.toBe(b.data.downloadUrl);
    expect(await (await fetch(a.data.downloadUrl)).text()).toBe("from A");
    expect(await (await fetch(b.data.downloadUrl)).text()).toBe("from B");
  });

  test("a URL upload from off this machine never becomes a redirect there (a link-local address, say)", async () => {
    const response = await post(mock.url, "/api/file-url-upload", {
      fileUrl: "http://169.254.169.254/latest/meta-data/x.png",
      uploadPath: "u",
    });
    const { data } = (await response.json()) as { data: { downloadUrl: string } };
    const served = await fetch(data.downloadUrl, { redirect: "manual" });
    expect(served.status).toBe(200);
    expect(served.headers.get("location")).toBeNull();
    expect(served.headers.get("content-type")).toBe("image/png");
  });

  test("finished tasks and their bodies are forgotten past taskStore's bounds; running ones are kept", async () => {
    const small = await startMock({ taskDurationMs: 0, rateLimit: false, taskStore: { maxTasks: 5, maxBodyBytes: 1_000_000 } });
    try {
      const padding = "x".repeat(400_000);
      for (let index = 0; index < 8; index++)
        await post(small.url, "/api/v1/jobs/createTask", { model: MODEL, input: { ...INPUT, padding } });
      // 8 bodies of ~400 kB: at most 2 fit in 1 MB (and at most 5 tasks), the oldest went first.
      expect(small.tasks().length).toBeLessThanOrEqual(2);
      const running = await startMock({ taskDurationMs: 600_000, rateLimit: false, taskStore: { maxTasks: 2 } });
      try {
        for (let index = 0; index < 4; index++) await post(running.url, "/api/v1/jobs/createTask", { model: MODEL, input: INPUT });
        expect(running.tasks()).toHaveLength(4);
      } finally {
        await running.close();
      }
    } finally {
      await small.close();
    }
  });
});

describe("bad requests are bad requests, not crashes", () => {
  test.each(["/api/file-base64-upload", "/api/file-url-upload", "/api/v1/common/download-url", "/api/v1/jobs/createTask"])(
    "a text/plain body to %s: 400 naming the content type (HTTP 200 envelope; HTTP 400 in the status form)",
    async (path) => {
      const live = await post(mock.url, path, "fileUrl=x", { "content-type": "text/plain" });
      expect(live.status).toBe(200);
      const body = await live.json();
      expect(body.code).toBe(400);
      expect(body.msg).toContain("content-type: application/json");
      const documented = await post(mock.url, path, "fileUrl=x", { "content-type": "text/plain", "x-kie-mock": "http-status" });
      expect(documented.status).toBe(400);
    },
  );

  test("a bad %-escape under /files/ is a 400", async () => {
    const response = await fetch(`${mock.url}/files/uploads/%E0%A4%A`);
    expect(response.status).toBe(400);
    expect((await response.json()).msg).toContain("%-encoded");
  });
});

describe("connections", () => {
  test("an idle keep-alive connection is left for the client to close: a request after 6.3 s idle is answered", async () => {
    // Node's server closes an idle connection 5 s + 1 s after its last response. Both timers here run in
    // this process, so the server's fires first whenever it still has one, however busy the machine.
    const { port } = new URL(mock.url);
    const socket = connect(Number(port), "127.0.0.1");
    let buffered = "";
    let closed = false;
    socket.setEncoding("utf8").on("data", (chunk: string) => (buffered += chunk));
    socket.on("close", () => (closed = true));
    const ask = async () => {
      buffered = "";
      socket.write(`GET /api/v1/chat/credit HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer k\r\n\r\n`);
      while (!/\r\n\r\n[\s\S]*"code":200/.test(buffered) && !closed) await new Promise((resolve) => setTimeout(resolve, 10));
      return buffered;
    };
    await new Promise<void>((resolve) => socket.once("connect", () => resolve()));
    const first = await ask();
    expect(first).toMatch(/^HTTP\/1.1 200/);
    expect(first.toLowerCase()).toContain("connection: keep-alive");
    // No "Keep-Alive: timeout=N": the mock promises no idle limit of its own.
    expect(first.toLowerCase()).not.toContain("keep-alive: timeout");
    await new Promise((resolve) => setTimeout(resolve, 6300));
    expect({ closedWhileIdle: closed }).toEqual({ closedWhileIdle: false });
    expect(await ask()).toMatch(/^HTTP\/1.1 200/);
    socket.destroy();
  }, 20_000);
});

describe("who asks comes first", () => {
  test.each(["drop", "delay=600000", "status=500"])("without a key, X-Kie-Mock: %s does nothing: 401", async (scenario) => {
    const response = await fetch(`${mock.url}/api/v1/chat/credit`, { headers: { "x-kie-mock": scenario } });
    expect(await response.json()).toMatchObject({ code: 401 });
  });

  test("tasks, credits and the create window are per API key", async () => {
    const shared = await startMock({ rateLimit: { limit: 1, intervalMs: 600_000 } });
    const as = (key: string) => ({ authorization: `Bearer ${key}` });
    const created = await (await post(shared.url, "/api/v1/jobs/createTask", { model: MODEL, input: INPUT }, as("alice"))).json();
    expect(created.code).toBe(200);
    const alice = await (
      await fetch(`${shared.url}/api/v1/jobs/recordInfo?taskId=${created.data.taskId}`, { headers: as("alice") })
    ).json();
    const bob = await (await fetch(`${shared.url}/api/v1/jobs/recordInfo?taskId=${created.data.taskId}`, { headers: as("bob") })).json();
    expect(alice.code).toBe(200);
    expect(bob).toMatchObject({ code: 404, data: null });
    expect((await (await fetch(`${shared.url}/api/v1/chat/credit`, { headers: as("bob") })).json()).data).toBe(1000);
    expect((await (await post(shared.url, "/api/v1/jobs/createTask", { model: MODEL, input: INPUT }, as("bob"))).json()).code).toBe(200);
    expect((await (await post(shared.url, "/api/v1/jobs/createTask", { model: MODEL, input: INPUT }, as("alice"))).json()).code).toBe(429);
    expect(shared.credits("alice")).toBe(987.5);
    expect(() => shared.credits()).toThrow(/name one/);
    await shared.close();
  });
});

describe("options", () => {
  test.each([
    [{ rateLimit: true }, /rateLimit must be false or/],
    [{ rateLimit: { create: false } }, /rateLimit must be false or/],
    [{ errors: "200" }, /errors must be/],
    [{ taskDuration: 100 }, /unknown option "taskDuration"/],
    [{ credits: -1 }, /credits must be a non-negative number/],
  ])("a setting the mock would ignore is refused: %j", async (options, message) => {
    await expect(startMock(options as never)).rejects.toThrow(message);
  });

  test("rateLimit: false lets any number of creates through", async () => {
    const open = await startMock({ rateLimit: false });
    const codes = await Promise.all(
      Array.from(
        { length: 25 },
        async () => (await (await post(open.url, "/api/v1/jobs/createTask", { model: MODEL, input: INPUT })).json()).code,
      ),
    );
    expect(codes.every((code) => code === 200)).toBe(true);
    await open.close();
  });
});

describe("the request log", () => {
  test("requests() lists each answered API request with its key, task id and code; refusals included", async () => {
    const logged = await startMock({ rateLimit: { limit: 1, intervalMs: 60_000 }, taskDurationMs: 0 });
    const first = (
      await (await post(logged.url, "/api/v1/jobs/createTask", { model: MODEL, input: INPUT }, { authorization: "Bearer a" })).json()
    ).data.taskId;
    await post(logged.url, "/api/v1/jobs/createTask", { model: MODEL, input: INPUT }, { authorization: "Bearer a" });
    await fetch(`${logged.url}/api/v1/jobs/recordInfo?taskId=${first}`, { headers: { authorization: "Bearer a" } });
    await fetch(`${logged.url}/api/v1/jobs/recordInfo?taskId=${first}`);
    expect(logged.requests().map(({ method, path, apiKey, taskId, code }) => ({ method, path, apiKey, taskId, code }))).toEqual([
      { method: "POST", path: "/api/v1/jobs/createTask", apiKey: "a", taskId: first, code: 200 },
      { method: "POST", path: "/api/v1/jobs/createTask", apiKey: "a", taskId: undefined, code: 429 },
      { method: "GET", path: "/api/v1/jobs/recordInfo", apiKey: "a", taskId: first, code: 200 },
      { method: "GET", path: "/api/v1/jobs/recordInfo", apiKey: undefined, taskId: first, code: 401 },
    ]);
    await logged.close();
  });
});

describe("the command line", () => {
  test("the mock exits when the process that started it is killed (as npx's shell is)", async () => {
    const cli = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
    // `; :` keeps sh from exec'ing node: node is the shell's child, as under `npx`.
    const shell = spawn("sh", ["-c", `"${process.execPath}" "${cli}" --port 0 --quiet; :`], { stdio: ["ignore", "pipe", "inherit"] });
    const url = await new Promise<string>((resolve) => {
      let out = "";
      shell.stdout.on("data", (chunk) => {
        out += chunk;
        const match = /on (http:\/\/\S+)/.exec(out);
        if (match) resolve(match[1]);
      });
    });
    expect((await fetch(`${url}/api/v1/chat/credit`, { headers: { authorization: "Bearer k" } })).status).toBe(200);
    shell.kill("SIGKILL");
    // Nothing races here: the mock's port refuses connections once it has gone, however long that takes.
    for (;;) {
      const alive = await fetch(`${url}/api/v1/chat/credit`, { headers: { authorization: "Bearer k" } }).then(
        () => true,
        () => false,
      );
      if (!alive) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  });
});
