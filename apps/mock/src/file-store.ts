import { randomBytes } from "node:crypto";
import type { IncomingHttpHeaders, ServerResponse } from "node:http";
import { CORS_HEADERS, isLoopback, sendError, sendJson } from "./http-utils.js";
import type { resultMedia } from "./media.js";
import type { TaskStore } from "./task-store.js";

interface StoredFile {
  bytes?: Buffer;
  type: string;
  /** For URL uploads from off this machine: the mock does not download, it redirects. */
  redirect?: string;
}

interface UploadRequest {
  raw: Buffer;
  body: unknown;
  headers: IncomingHttpHeaders;
  baseUrl: string;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

const TYPES: Record<string, string> = {
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  webp: "image/webp",
  mp4: "video/mp4",
  mp3: "audio/mpeg",
  wav: "audio/wav",
};
const typeOf = (name: string) => TYPES[name.split(".").pop()?.toLowerCase() ?? ""] ?? "application/octet-stream";

/** Uploaded files (kept in memory) and the result media the mock serves. */
export class FileStore {
  private readonly files = new Map<string, StoredFile>();

  private save(request: UploadRequest, response: ServerResponse, uploadPath: string, fileName: string | undefined, file: StoredFile) {
    const name =
      fileName || `${randomBytes(6).toString("hex")}.${Object.entries(TYPES).find(([, type]) => type === file.type)?.[0] ?? "bin"}`;
    const filePath = `mock/${uploadPath}/${name}`;
    this.files.set(filePath, file);
    sendJson(response, 200, {
      success: true,
      code: 200,
      msg: "File uploaded successfully",
      data: {
        fileName: name,
        filePath,
        downloadUrl: `${request.baseUrl}/files/uploads/${filePath}`,
        fileSize: file.bytes?.length ?? 0,
        mimeType: file.type,
        uploadedAt: new Date().toISOString(),
      },
    });
  }

  async handle(pathname: string, request: UploadRequest, response: ServerResponse) {
    const fail = (msg: string) => sendJson(response, 400, { success: false, code: 400, msg });
    if (pathname === "/api/file-base64-upload") {
      const { base64Data, uploadPath, fileName } = request.body as { base64Data: string; uploadPath: string; fileName?: string };
      const match = /^data:([^;,]+);base64,(.*)$/s.exec(base64Data);
      const payload = (match ? match[2] : base64Data).replace(/\s/g, "");
      if (!BASE64.test(payload)) return fail("Base64 decoding failed: Invalid Base64 format");
      return this.save(request, response, uploadPath, fileName, {
        bytes: Buffer.from(payload, "base64"),
        type: match?.[1] ?? typeOf(fileName ?? ""),
      });
    }
    if (pathname === "/api/file-stream-upload") {
      const form = await new Request("http://mock/upload", {
        method: "POST",
        headers: { "content-type": String(request.headers["content-type"] ?? "") },
        body: new Uint8Array(request.raw),
      })
        .formData()
        .catch(() => undefined);
      const file = form?.get("file");
      const uploadPath = form?.get("uploadPath");
      if (!(file instanceof Blob)) return fail("Missing required parameter: file");
      if (typeof uploadPath !== "string" || !uploadPath) return fail("Missing required parameter: uploadPath");
      const fileName = (form?.get("fileName") as string | null) ?? (file as File).name;
      return this.save(request, response, uploadPath, fileName, {
        bytes: Buffer.from(await file.arrayBuffer()),
        type: file.type || typeOf(fileName ?? ""),
      });
    }
    if (pathname === "/api/file-url-upload") {
      const { fileUrl, uploadPath, fileName } = request.body as { fileUrl: string; uploadPath: string; fileName?: string };
      const url = new URL(fileUrl);
      const name = fileName ?? url.pathname.split("/").pop();
      if (!isLoopback(url.hostname)) return this.save(request, response, uploadPath, name, { type: typeOf(name ?? ""), redirect: fileUrl });
      const fetched = await fetch(url, { signal: AbortSignal.timeout(30_000) }).catch(() => undefined);
      if (!fetched?.ok) return fail(`Could not download ${fileUrl}`);
      return this.save(request, response, uploadPath, name, {
        bytes: Buffer.from(await fetched.arrayBuffer()),
        type: fetched.headers.get("content-type") ?? typeOf(name ?? ""),
      });
    }
    if (pathname === "/api/v1/common/download-url") {
      const { url } = request.body as { url: string };
      if (!url.startsWith(`${request.baseUrl}/files/`))
        return sendError(response, 422, "Only generated file URLs from kie.ai services are supported");
      const target = url.slice(`${request.baseUrl}/files/`.length);
      return sendJson(response, 200, { code: 200, msg: "success", data: `${request.baseUrl}/files/download/${target}?expires=1200` });
    }
    sendError(response, 404, `No such endpoint: POST ${pathname}`);
  }

  serve(url: URL, response: ServerResponse, media: ReturnType<typeof resultMedia>, store: TaskStore) {
    const path = decodeURIComponent(url.pathname).replace(/^\/files\/(download\/)?/, "");
    const send = (bytes: Buffer, type: string) => {
      response.writeHead(200, { "content-type": type, "content-length": bytes.length, ...CORS_HEADERS });
      response.end(bytes);
    };
    const result = /^results\/([0-9a-f]+)\.(mp4|png)$/.exec(path);
    if (result) {
      const task = store.get(result[1]);
      const file = result[2] === "mp4" ? media.video : media.image;
      if (!task || store.stateOf(task) !== "success" || !file) return sendError(response, 404, "No such result file");
      return send(file.bytes, file.type);
    }
    const stored = path.startsWith("uploads/") ? this.files.get(path.slice("uploads/".length)) : undefined;
    if (!stored) return sendError(response, 404, "No such file");
    if (stored.redirect) {
      response.writeHead(302, { location: stored.redirect, ...CORS_HEADERS });
      return response.end();
    }
    send(stored.bytes ?? Buffer.alloc(0), stored.type);
  }
}
