import { createHash, randomBytes } from "node:crypto";
import type { IncomingHttpHeaders, ServerResponse } from "node:http";
import { fetchOnLoopback } from "./fetch-local.js";
import { CORS_HEADERS, type ErrorForm, isLoopback, sendError, sendJson } from "./http-utils.js";
import type { resultMedia } from "./media.js";
import { extensionOf, mimeTypeOf } from "./mime.js";
import type { TaskStore } from "./task-store.js";

interface StoredFile {
  bytes?: Buffer;
  type: string;
  /**
   * For URL uploads from off this machine: the mock does not download (it has no network to) and never
   * redirects off its own origin; it serves its own sample file of that kind instead.
   */
  placeholder?: boolean;
  storedAt: number;
}

interface UploadRequest {
  raw: Buffer;
  body: unknown;
  headers: IncomingHttpHeaders;
  baseUrl: string;
  /** The API key that uploads: each key's files live under their own path, so no key replaces another's. */
  owner: string;
  form: ErrorForm;
}

/** Bounds of the uploaded-file store: the oldest files go first when it is full, and every file expires. */
export interface FileStoreLimits {
  /** Total bytes kept. @default 268435456 (256 MiB) */
  maxBytes?: number;
  /** How long a file is served after upload, ms. @default 259200000 (3 days, as upstream keeps uploads) */
  maxAgeMs?: number;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Uploaded files (kept in memory, bounded) and the result media the mock serves. */
export class FileStore {
  private readonly files = new Map<string, StoredFile>();
  private bytes = 0;
  private readonly maxBytes: number;
  private readonly maxAgeMs: number;

  constructor(
    limits: FileStoreLimits = {},
    private readonly now: () => number = Date.now,
  ) {
    this.maxBytes = limits.maxBytes ?? 256 * 2 ** 20;
    this.maxAgeMs = limits.maxAgeMs ?? 3 * 24 * 3600_000;
  }

  /** Bytes held now (for tests and the curious). */
  get size() {
    return this.bytes;
  }

  private drop(path: string) {
    this.bytes -= this.files.get(path)?.bytes?.length ?? 0;
    this.files.delete(path);
  }

  /** Forgets expired files, then the oldest until `room` more bytes fit. Insertion order is age order. */
  private evict(room: number) {
    for (const [path, file] of this.files) {
      if (this.now() - file.storedAt < this.maxAgeMs && this.bytes + room <= this.maxBytes) break;
      this.drop(path);
    }
  }

  private save(request: UploadRequest, response: ServerResponse, uploadPath: string, fileName: string | undefined, file: StoredFile) {
    const size = file.bytes?.length ?? 0;
    if (size > this.maxBytes)
      return sendError(response, 413, `File of ${size} bytes is larger than the mock's file store (fileStore.maxBytes ${this.maxBytes})`, {
        form: request.form,
        files: true,
      });
    this.evict(size);
    const name = fileName || `${randomBytes(6).toString("hex")}.${extensionOf(file.type)}`;
    const filePath = `mock/${createHash("sha256").update(request.owner).digest("hex").slice(0, 12)}/${uploadPath}/${name}`;
    this.drop(filePath);
    this.files.set(filePath, file);
    this.bytes += size;
    sendJson(response, 200, {
      success: true,
      code: 200,
      msg: "File uploaded successfully",
      data: {
        success: true,
        fileName: name,
        filePath,
        downloadUrl: `${request.baseUrl}/files/uploads/${filePath}`,
        fileSize: size,
        mimeType: file.type,
        uploadedAt: new Date(file.storedAt).toISOString(),
      },
    });
  }

  async handle(pathname: string, request: UploadRequest, response: ServerResponse) {
    const fail = (msg: string) => sendError(response, 400, msg, { form: request.form, files: true });
    const storedAt = this.now();
    if (pathname === "/api/file-base64-upload") {
      const { base64Data, uploadPath, fileName } = request.body as { base64Data: string; uploadPath: string; fileName?: string };
      const match = /^data:([^;,]+);base64,(.*)$/s.exec(base64Data);
      const payload = (match ? match[2] : base64Data).replace(/\s/g, "");
      if (!BASE64.test(payload)) return fail("Base64 decoding failed: Invalid Base64 format");
      const bytes = Buffer.from(payload, "base64");
      return this.save(request, response, uploadPath, fileName, { bytes, type: mimeTypeOf(bytes, match?.[1], fileName), storedAt });
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
      const bytes = Buffer.from(await file.arrayBuffer());
      return this.save(request, response, uploadPath, fileName, { bytes, type: mimeTypeOf(bytes, file.type, fileName), storedAt });
    }
    if (pathname === "/api/file-url-upload") {
      const { fileUrl, uploadPath, fileName } = request.body as { fileUrl: string; uploadPath: string; fileName?: string };
      const url = new URL(fileUrl);
      const name = fileName ?? url.pathname.split("/").pop();
      if (!isLoopback(url.hostname))
        return this.save(request, response, uploadPath, name, {
          type: mimeTypeOf(undefined, undefined, name),
          placeholder: true,
          storedAt,
        });
      try {
        const fetched = await fetchOnLoopback(url, AbortSignal.timeout(30_000));
        if (!fetched.ok) return fail(`Could not download ${fileUrl}: HTTP ${fetched.status}`);
        const bytes = Buffer.from(await fetched.arrayBuffer());
        const declared = fetched.headers.get("content-type")?.split(";")[0] ?? undefined;
        return this.save(request, response, uploadPath, name, { bytes, type: mimeTypeOf(bytes, declared, name), storedAt });
      } catch (error) {
        return fail(`Could not download ${fileUrl}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    if (pathname === "/api/v1/common/download-url") {
      const { url } = request.body as { url: string };
      if (!url.startsWith(`${request.baseUrl}/files/`))
        return sendError(response, 422, "url is wrong: only URLs of files the mock generated or stored can be signed", {
          form: request.form,
        });
      const target = url.slice(`${request.baseUrl}/files/`.length);
      return sendJson(response, 200, { code: 200, msg: "success", data: `${request.baseUrl}/files/download/${target}?expires=1200` });
    }
    sendError(response, 404, `No such endpoint: POST ${pathname}`, { form: "http-status" });
  }

  serve(url: URL, response: ServerResponse, media: ReturnType<typeof resultMedia>, store: TaskStore) {
    let path: string;
    try {
      path = decodeURIComponent(url.pathname).replace(/^\/files\/(download\/)?/, "");
    } catch {
      return sendError(response, 400, `Bad file path: ${url.pathname} is not a valid %-encoded path`, { form: "http-status" });
    }
    const send = (bytes: Buffer, type: string) => {
      response.writeHead(200, { "content-type": type, "content-length": bytes.length, ...CORS_HEADERS });
      response.end(bytes);
    };
    const result = /^results\/([0-9a-f]+)(?:-(\d{1,3}))?\.(mp4|png|jpeg|wav)$/.exec(path);
    if (result) {
      const task = store.get(result[1]);
      const file = media[result[3] as "mp4" | "png" | "jpeg" | "wav"];
      // The first result is `<id>.<ext>`, the next ones `<id>-2.<ext>`... up to the task's count.
      const index = result[2] === undefined ? 1 : Number(result[2]);
      const named = result[2] === undefined || (index >= 2 && index <= (task?.resultCount ?? 1));
      if (!task || store.stateOf(task) !== "success" || !file || task.output !== result[3] || !named)
        return sendError(response, 404, "No such result file", { form: "http-status" });
      return send(file.bytes, file.type);
    }
    const key = path.startsWith("uploads/") ? path.slice("uploads/".length) : undefined;
    const stored = key ? this.files.get(key) : undefined;
    if (key && stored && this.now() - stored.storedAt >= this.maxAgeMs) this.drop(key);
    else if (stored?.placeholder) {
      const sample = (stored.type.startsWith("video/") ? media.mp4 : stored.type.startsWith("audio/") ? media.wav : undefined) ?? media.png;
      return send(sample?.bytes ?? Buffer.alloc(0), sample?.type ?? stored.type);
    } else if (stored) return send(stored.bytes ?? Buffer.alloc(0), stored.type);
    sendError(response, 404, "No such file (files expire after fileStore.maxAgeMs)", { form: "http-status" });
  }
}
