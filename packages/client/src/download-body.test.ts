import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { API_KEY, startTestServer } from "../test/test-server.js";
import { createKieClient } from "./client.js";

// Result files come from hosts we do not control: every download can be stopped, is bounded in size
// and in silence, and never leaves a partial file.
let server: Awaited<ReturnType<typeof startTestServer>> | undefined;
let dir = "";
afterEach(async () => {
  await server?.close();
  server = undefined;
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A result host whose body is written by `body`; the client downloads into a fresh folder. */
async function host(body: (response: import("node:http").ServerResponse) => void) {
  server = await startTestServer((_request, response) => body(response));
  dir = mkdtempSync(join(tmpdir(), "kie-download-"));
  const kie = createKieClient({ apiKey: API_KEY, baseUrl: "http://127.0.0.1:9" });
  return { kie, url: `${server.url}/result.mp4`, target: join(dir, "out.mp4") };
}

/** Sends 64 kB chunks until the connection closes. */
const endless = (response: import("node:http").ServerResponse, headers: Record<string, string> = {}) => {
  response.writeHead(200, { "content-type": "video/mp4", ...headers });
  const chunk = Buffer.alloc(64 * 1024, 1);
  const pump = () => {
    while (!response.destroyed && response.write(chunk));
    if (!response.destroyed) response.once("drain", pump);
  };
  response.on("error", () => undefined);
  pump();
};

describe("files.download", () => {
  test("aborted mid-body: it stops, rejects with AbortError, and leaves no file", async () => {
    const { kie, url, target } = await host((response) => endless(response));
    const controller = new AbortController();
    const error = await kie.files
      .download(url, target, {
        signal: controller.signal,
        // Abort once bytes are flowing: the headers have arrived, so only the body read can stop.
        onProgress: ({ receivedBytes }) => {
          if (receivedBytes > 1024 * 1024) controller.abort();
        },
      })
      .catch((caught) => caught);
    expect(error).toMatchObject({ name: "AbortError" });
    expect(readdirSync(dir)).toEqual([]);
  });

  test("an endless body stops at maxBytes; nothing is kept", async () => {
    const { kie, url, target } = await host((response) => endless(response));
    const error = await kie.files.download(url, target, { maxBytes: 2 * 1024 * 1024 }).catch((caught) => caught);
    expect(error).toMatchObject({ name: "UnexpectedResponseError", message: expect.stringContaining("larger than 2097152 bytes") });
    expect(readdirSync(dir)).toEqual([]);
  });

  test("a declared length over maxBytes is refused before reading", async () => {
    let written = 0;
    const { kie, url, target } = await host((response) => {
      response.writeHead(200, { "content-type": "video/mp4", "content-length": String(10 * 1024 * 1024) });
      response.write(Buffer.alloc(1024), () => {
        written++;
      });
    });
    const error = await kie.files.download(url, target, { maxBytes: 1024 * 1024 }).catch((caught) => caught);
    expect(error.message).toContain("over maxBytes");
    expect(existsSync(target)).toBe(false);
    expect(written).toBeLessThanOrEqual(1);
  });

  test("a host that goes silent after the headers is given up after idleTimeoutMs", async () => {
    const { kie, url, target } = await host((response) => {
      response.writeHead(200, { "content-type": "video/mp4" });
      response.write(Buffer.alloc(10));
    });
    const error = await kie.files.download(url, target, { idleTimeoutMs: 200 }).catch((caught) => caught);
    expect(error).toMatchObject({ name: "ConnectionError", retryable: true, message: expect.stringContaining("stalled") });
    expect(readdirSync(dir)).toEqual([]);
  });

  test.each([
    ["an HTML error page", "text/html; charset=utf-8", undefined, "HTML page"],
    ["an image where a video was expected", "image/png", ["video/"], "not video/*"],
  ])("%s is refused", async (_name, type, accept, message) => {
    const { kie, url, target } = await host((response) => response.writeHead(200, { "content-type": type }).end("<html>"));
    const error = await kie.files.download(url, target, { accept }).catch((caught) => caught);
    expect(error.message).toContain(message);
    expect(readdirSync(dir)).toEqual([]);
  });

  test("a result of the expected type (or untyped bytes) is written whole", async () => {
    const { kie, url, target } = await host((response) => response.writeHead(200, { "content-type": "video/mp4" }).end("mp4-bytes"));
    expect(await kie.files.download(url, target, { accept: ["video/"] })).toMatchObject({ bytes: 9, path: target });
  });
});
