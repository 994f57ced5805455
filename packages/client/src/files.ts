import type { ClientContext } from "./context.js";
import { InputValidationError, UnexpectedResponseError } from "./errors.js";
import type { components } from "./generated/api.gen.js";
import { execute } from "./transport.js";

/**
 * What can be uploaded: bytes, a Blob/File, a stream, an http(s) URL (fetched by the upload server), or a
 * local file as a `file:` {@link URL} object (Node, Bun, Deno; e.g. `pathToFileURL("./frame.png")`). A
 * string is only ever an http(s) URL: local files are read only when asked for with a `URL` object.
 */
export type UploadSource = Blob | Uint8Array | ArrayBuffer | ReadableStream<Uint8Array> | URL | string;

/** Options of `files.upload`. */
export interface UploadOptions {
  /** Folder on the upload server, without leading or trailing slashes, e.g. `images/user-uploads`. */
  uploadPath: string;
  /** File name; random when omitted. Re-using a name under the same path overwrites that file. */
  fileName?: string;
  signal?: AbortSignal;
  /**
   * Files up to this size go as base64 JSON (one request, +33% size); larger ones as multipart.
   * @default 1048576 (1 MiB)
   */
  base64MaxBytes?: number;
}

/** An uploaded file. Use `downloadUrl` as a model input; upstream deletes uploads after 3 days. */
export type UploadedFile = components["schemas"]["UploadedFile"];

const REMOTE = /^https?:\/\//i;

function bytesToBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let index = 0; index < bytes.length; index += 0x8000) binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
  return btoa(binary);
}

type FsModule = { openAsBlob(path: string, options?: { type?: string }): Promise<Blob> };

/** A file-backed Blob (not read into memory) for a local path; needs a runtime with `node:fs`. */
async function blobFromPath(path: string): Promise<Blob> {
  const process = (globalThis as { process?: { getBuiltinModule?: (name: string) => unknown } }).process;
  const fs = (process?.getBuiltinModule?.("node:fs") ?? (await import(/* @vite-ignore */ ["node", "fs"].join(":")))) as FsModule;
  return fs.openAsBlob(path);
}

/** The URL for a server-side (URL) upload; undefined for a `file:` URL object; refuses anything else. */
function remoteUrl(source: string | URL): string | undefined {
  const text = source instanceof URL ? source.href : source;
  if (REMOTE.test(text)) return text;
  if (source instanceof URL && source.protocol === "file:") return undefined;
  const hint =
    typeof source === "string" && !/^[a-z][a-z0-9+.-]*:/i.test(source)
      ? `; to upload a local file, pass a URL object: pathToFileURL(${JSON.stringify(source)}) from node:url`
      : "";
  throw new TypeError(`files.upload: ${JSON.stringify(text)} is not an http(s) URL${hint}. A string never names a local file.`);
}

function checkPath(uploadPath: unknown) {
  if (typeof uploadPath !== "string" || uploadPath === "" || uploadPath.startsWith("/") || uploadPath.endsWith("/")) {
    const message = `uploadPath must be a non-empty folder name without leading or trailing slashes (got ${JSON.stringify(uploadPath)})`;
    throw InputValidationError.of("files.upload", [{ path: ["uploadPath"], at: "uploadPath", rule: "pattern", message }]);
  }
}

/** The `files` part of the client. */
export function createFiles(context: ClientContext) {
  const post = (
    label: string,
    path: "/api/file-base64-upload" | "/api/file-url-upload" | "/api/file-stream-upload",
    body: unknown,
    signal?: AbortSignal,
  ) =>
    execute(
      {
        kind: "read", // uploads are not billed; repeating one at worst stores the file twice
        label: `POST ${label}`,
        signal,
        send: (attemptSignal) =>
          // biome-ignore lint/suspicious/noExplicitAny: each caller builds the body its endpoint takes
          context.api.POST(path, { baseUrl: context.config.uploadBaseUrl, body: body as any, signal: attemptSignal, parseAs: "text" }),
        decode: (data) => {
          const url = (data as { downloadUrl?: unknown } | null | undefined)?.downloadUrl;
          if (typeof url === "string" && url) return data;
          throw new UnexpectedResponseError(`POST ${label} answered success without a downloadUrl`, { body: data });
        },
      },
      context.upload,
    ) as Promise<UploadedFile>;

  /** Uploads a file and returns its `downloadUrl` (use it as a model input), choosing URL, base64 or multipart upload. */
  const upload = async (source: UploadSource, options: UploadOptions): Promise<UploadedFile> => {
    checkPath(options?.uploadPath);
    const { uploadPath, fileName, signal } = options;
    const remote = typeof source === "string" || source instanceof URL ? remoteUrl(source) : undefined;
    if (remote)
      return post("file-url-upload", "/api/file-url-upload", { fileUrl: remote, uploadPath, ...(fileName ? { fileName } : {}) }, signal);
    let blob: Blob;
    let name = fileName;
    if (source instanceof URL) {
      const path = decodeURIComponent(source.pathname);
      blob = await blobFromPath(path);
      name ??= path.split(/[\\/]/).pop();
    } else if (source instanceof Blob) {
      blob = source;
      name ??= (source as Blob & { name?: string }).name || undefined;
    } else if (source instanceof Uint8Array || source instanceof ArrayBuffer) {
      blob = new Blob([source as BlobPart]);
    } else if (typeof (source as ReadableStream)?.getReader === "function") {
      // fetch cannot stream a request body everywhere (browsers need HTTP/2 and duplex), so streams are collected first.
      blob = await new Response(source as ReadableStream).blob();
    } else {
      throw new TypeError("files.upload takes a Blob, Uint8Array, ArrayBuffer, ReadableStream, an http(s) URL, or a file: URL object");
    }
    if (blob.size <= (options.base64MaxBytes ?? 1_048_576)) {
      const base64 = bytesToBase64(new Uint8Array(await blob.arrayBuffer()));
      const base64Data = blob.type ? `data:${blob.type};base64,${base64}` : base64;
      return post("file-base64-upload", "/api/file-base64-upload", { base64Data, uploadPath, ...(name ? { fileName: name } : {}) }, signal);
    }
    const form = new FormData();
    form.set("file", blob, name ?? "upload");
    form.set("uploadPath", uploadPath);
    if (name) form.set("fileName", name);
    return post("file-stream-upload", "/api/file-stream-upload", form, signal);
  };

  /** A temporary (20 minute) download URL for a file generated by the API. */
  const downloadUrl = async (url: string, options: { signal?: AbortSignal } = {}): Promise<string> => {
    const data = await execute(
      {
        kind: "read",
        label: "POST download-url",
        signal: options.signal,
        send: (signal) => context.api.POST("/api/v1/common/download-url", { body: { url }, signal, parseAs: "text" }),
        decode: (data) => {
          if (typeof data === "string" && data) return data;
          throw new UnexpectedResponseError(
            `POST download-url answered success without a URL (data: ${JSON.stringify(data) ?? "absent"})`,
            {
              body: data,
            },
          );
        },
      },
      context.read,
    );
    return data as string;
  };

  return { upload, downloadUrl };
}

/** The `account` part of the client. */
export function createAccount(context: ClientContext) {
  /** Remaining credits of the account (may be fractional). */
  const credits = async (options: { signal?: AbortSignal } = {}): Promise<number> => {
    const data = await execute(
      {
        kind: "read",
        label: "GET credit",
        signal: options.signal,
        send: (signal) => context.api.GET("/api/v1/chat/credit", { signal, parseAs: "text" }),
        decode: (data) => {
          if (typeof data === "number" && Number.isFinite(data)) return data;
          throw new UnexpectedResponseError(`GET credit answered success without a number (data: ${JSON.stringify(data) ?? "absent"})`, {
            body: data,
          });
        },
      },
      context.read,
    );
    return data as number;
  };
  return { credits };
}
