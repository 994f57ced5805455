import type { KieClient } from "@kie-market/client";

/** An input file as the AI SDK hands it to a model: bytes (or base64) with a media type, or a URL. */
export type InputFile = { type: "file"; mediaType: string; data: string | Uint8Array } | { type: "url"; url: string; mediaType?: string };

const EXTENSIONS: Record<string, string> = {
  "image/png": "png",
  "image/jpeg": "jpg",
  "image/webp": "webp",
  "image/gif": "gif",
  "video/mp4": "mp4",
  "video/quicktime": "mov",
  "video/webm": "webm",
  "audio/mpeg": "mp3",
  "audio/wav": "wav",
};

const fromBase64 = (text: string) => Uint8Array.from(atob(text), (char) => char.charCodeAt(0));

/**
 * The URL a model input takes for a file: an http(s) URL as it is; bytes, base64 or a `data:` URL are
 * uploaded first (upstream's file service keeps them 3 days).
 */
export async function urlFor(client: KieClient, file: InputFile, signal?: AbortSignal): Promise<string> {
  if (file.type === "url" && /^https?:\/\//i.test(file.url)) return file.url;
  let bytes: Uint8Array;
  let mediaType: string;
  if (file.type === "url") {
    const data = /^data:([^;,]+)?(;base64)?,(.*)$/s.exec(file.url);
    if (!data) throw new TypeError(`An input file URL must be http(s) or data: (got ${file.url.slice(0, 40)})`);
    mediaType = data[1] ?? file.mediaType ?? "application/octet-stream";
    bytes = data[2] ? fromBase64(data[3]) : new TextEncoder().encode(decodeURIComponent(data[3]));
  } else {
    mediaType = file.mediaType;
    bytes = typeof file.data === "string" ? fromBase64(file.data) : file.data;
  }
  const name = `input-${crypto.randomUUID().slice(0, 8)}.${EXTENSIONS[mediaType] ?? "bin"}`;
  const uploaded = await client.files.upload(new Blob([bytes as BlobPart], { type: mediaType }), {
    uploadPath: "ai-sdk",
    fileName: name,
    signal,
  });
  return uploaded.downloadUrl;
}

/** @default 536870912 (512 MiB): results are held in memory, so the cap is lower than the client's. */
export const DEFAULT_MAX_RESULT_BYTES = 512 * 1024 * 1024;

/**
 * A result file's bytes and media type. The provider downloads results itself: result URLs expire, and the
 * AI SDK will not fetch from loopback (the mock) or private hosts. The body is counted while it arrives
 * and refused past `maxBytes` (so memory holds at most that), and its type must be the model's category.
 */
export async function download(
  client: KieClient,
  url: string,
  options: { signal?: AbortSignal; maxBytes?: number; category?: string } = {},
): Promise<{ data: Uint8Array; mediaType: string }> {
  const chunks: Uint8Array[] = [];
  const sink = new WritableStream<Uint8Array>({ write: (chunk) => void chunks.push(chunk) });
  const { category } = options;
  const accept = category === "video" || category === "image" || category === "audio" ? [`${category}/`] : undefined;
  const file = await client.files.download(url, sink, {
    signal: options.signal,
    maxBytes: options.maxBytes ?? DEFAULT_MAX_RESULT_BYTES,
    accept,
  });
  const data = new Uint8Array(await new Blob(chunks as BlobPart[]).arrayBuffer());
  return { data, mediaType: file.contentType?.split(";")[0] ?? "application/octet-stream" };
}
