import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, describe, expect, test } from "vitest";
import { API_KEY, sendJson, startTestServer } from "../test/test-server.js";
import { createKieClient } from "./client.js";
import { InputValidationError } from "./errors.js";

let server: Awaited<ReturnType<typeof startTestServer>> | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const uploaded = (name: string) => ({
  success: true,
  code: 200,
  msg: "File uploaded successfully",
  data: {
    fileName: name,
    filePath: `kieai/1/in/${name}`,
    downloadUrl: `https://files.test/in/${name}`,
    fileSize: 3,
    mimeType: "image/png",
  },
});

async function uploadServer() {
  return startTestServer((request, response) => {
    const name =
      (request.json as { fileName?: string } | undefined)?.fileName ?? (request.text.match(/filename="([^"]+)"/)?.[1] || "random.bin");
    sendJson(response, uploaded(name));
  });
}

describe("files.upload", () => {
  test("a small Uint8Array goes as base64 JSON to the upload host", async () => {
    server = await uploadServer();
    const kie = createKieClient({ apiKey: API_KEY, baseUrl: "http://127.0.0.1:9", uploadBaseUrl: server.url });
    const file = await kie.files.upload(new Uint8Array([1, 2, 3]), { uploadPath: "in", fileName: "bytes.bin" });
    expect(file.downloadUrl).toBe("https://files.test/in/bytes.bin");
    expect(server.requests[0]).toMatchObject({
      path: "/api/file-base64-upload",
      json: { base64Data: "AQID", uploadPath: "in", fileName: "bytes.bin" },
    });
    expect(server.requests[0].headers.authorization).toBe(`Bearer ${API_KEY}`);
  });

  test("a typed Blob keeps its type in a data URL", async () => {
    server = await uploadServer();
    const kie = createKieClient({ apiKey: API_KEY, baseUrl: server.url });
    await kie.files.upload(new Blob(["abc"], { type: "image/png" }), { uploadPath: "in" });
    expect((server.requests[0].json as { base64Data: string }).base64Data).toBe("data:image/png;base64,YWJj");
  });

  test("a large Blob goes as multipart to the stream endpoint", async () => {
    server = await uploadServer();
    const kie = createKieClient({ apiKey: API_KEY, baseUrl: server.url });
    const big = new Blob([new Uint8Array(2 * 1024 * 1024)], { type: "video/mp4" });
    const file = await kie.files.upload(big, { uploadPath: "videos", fileName: "big.mp4" });
    expect(file.fileName).toBe("big.mp4");
    expect(server.requests[0].path).toBe("/api/file-stream-upload");
    expect(server.requests[0].headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
    expect(server.requests[0].text).toContain('name="uploadPath"');
  });

  test("a remote URL is fetched by the server (URL upload)", async () => {
    server = await uploadServer();
    const kie = createKieClient({ apiKey: API_KEY, baseUrl: server.url });
    await kie.files.upload(new URL("https://example.org/cat.png"), { uploadPath: "in", fileName: "cat.png" });
    expect(server.requests[0]).toMatchObject({
      path: "/api/file-url-upload",
      json: { fileUrl: "https://example.org/cat.png", uploadPath: "in" },
    });
  });

  test("a local file given as a file: URL object is read (without loading it whole) and named after the file", async () => {
    server = await uploadServer();
    const dir = mkdtempSync(join(tmpdir(), "kie-upload-"));
    const path = join(dir, "frame.png");
    writeFileSync(path, "png!");
    const kie = createKieClient({ apiKey: API_KEY, baseUrl: server.url });
    const file = await kie.files.upload(pathToFileURL(path), { uploadPath: "frames" });
    expect(file.fileName).toBe("frame.png");
    expect((server.requests[0].json as { base64Data: string }).base64Data).toBe(Buffer.from("png!").toString("base64"));
  });

  test.each([
    [
      "a relative path",
      "./frame.png",
      /not an http\(s\) URL; to upload a local file, pass a URL object: pathToFileURL\("\.\/frame\.png"\)/,
    ],
    ["an absolute path", "/etc/passwd", /pathToFileURL\("\/etc\/passwd"\)/],
    ["a file: URL string", "file:///etc/passwd", /"file:\/\/\/etc\/passwd" is not an http\(s\) URL\. A string never names a local file/],
    ["a data: URL string", "data:text/plain,hi", /is not an http\(s\) URL/],
  ])("a string is never read as a local file: %s is refused before anything is read or sent", async (_name, source, message) => {
    server = await uploadServer();
    const kie = createKieClient({ apiKey: API_KEY, baseUrl: server.url });
    await expect(kie.files.upload(source, { uploadPath: "in" })).rejects.toThrow(message);
    expect(server.requests).toHaveLength(0);
  });

  test("a ReadableStream is uploaded", async () => {
    server = await uploadServer();
    const kie = createKieClient({ apiKey: API_KEY, baseUrl: server.url });
    const stream = new Blob(["streamed"]).stream();
    await kie.files.upload(stream, { uploadPath: "in", fileName: "s.txt" });
    expect((server.requests[0].json as { base64Data: string }).base64Data).toBe(Buffer.from("streamed").toString("base64"));
  });

  test.each(["", "/leading", "trailing/"])("refuses uploadPath %j before sending", async (uploadPath) => {
    server = await uploadServer();
    const kie = createKieClient({ apiKey: API_KEY, baseUrl: server.url });
    await expect(kie.files.upload(new Uint8Array([1]), { uploadPath })).rejects.toBeInstanceOf(InputValidationError);
    expect(server.requests).toHaveLength(0);
  });

  test("an upload error envelope becomes its error class", async () => {
    server = await startTestServer((_request, response) =>
      sendJson(response, { success: false, code: 401, msg: "Authentication failed: Invalid API Key" }, 401),
    );
    const kie = createKieClient({ apiKey: API_KEY, baseUrl: server.url });
    await expect(kie.files.upload(new Uint8Array([1]), { uploadPath: "in" })).rejects.toMatchObject({
      name: "AuthenticationError",
      code: "unauthorized",
      apiCode: 401,
    });
  });
});

describe("files.downloadUrl and account.credits", () => {
  test("downloadUrl posts the generated file's URL and returns the temporary one", async () => {
    server = await startTestServer((_request, response) =>
      sendJson(response, { code: 200, msg: "success", data: "https://tmp.test/file?expires=1200" }),
    );
    const kie = createKieClient({ apiKey: API_KEY, baseUrl: server.url });
    expect(await kie.files.downloadUrl("https://files.test/result.mp4")).toBe("https://tmp.test/file?expires=1200");
    expect(server.requests[0]).toMatchObject({ path: "/api/v1/common/download-url", json: { url: "https://files.test/result.mp4" } });
  });

  test("credits may be fractional", async () => {
    server = await startTestServer((_request, response) => sendJson(response, { code: 200, msg: "success", data: 60.62 }));
    expect(await createKieClient({ apiKey: API_KEY, baseUrl: server.url }).account.credits()).toBe(60.62);
  });
});
