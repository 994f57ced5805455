import { AbortError, ConnectionError, UnexpectedResponseError } from "./errors.js";

/** @default 2 GiB: the largest result we expect (a long 4K video) fits; an endless body does not fill the disk. */
export const DEFAULT_DOWNLOAD_MAX_BYTES = 2 * 1024 ** 3;
/** @default 60000: a result host that sends nothing for a minute has stalled. */
export const DEFAULT_DOWNLOAD_IDLE_MS = 60_000;

export interface BodyLimits {
  maxBytes: number;
  idleTimeoutMs: number;
  signal?: AbortSignal;
}

/**
 * The chunks of a download's body, read by us (not piped), so that on every runtime the caller's signal,
 * the idle timeout and the size cap stop the body itself: the stream is cancelled and the read throws
 * (Node 20 does not stop a body whose `Request` carried the signal once the headers have arrived).
 */
export async function* guardedChunks(body: ReadableStream<Uint8Array>, url: string, limits: BodyLimits): AsyncGenerator<Uint8Array> {
  const reader = body.getReader();
  const host = new URL(url).host;
  let received = 0;
  let done = false;
  try {
    for (;;) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      let onAbort: (() => void) | undefined;
      const stop = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () =>
            reject(
              new ConnectionError(`GET ${host}: no bytes for ${limits.idleTimeoutMs} ms; the download stalled`, {
                maybeProcessed: false,
                retryable: true,
              }),
            ),
          limits.idleTimeoutMs,
        );
        onAbort = () => reject(new AbortError(`GET ${host}: the download was aborted`, { cause: limits.signal?.reason }));
        if (limits.signal?.aborted) onAbort();
        else limits.signal?.addEventListener("abort", onAbort, { once: true });
      });
      try {
        const step = await Promise.race([reader.read(), stop]);
        if (step.done) {
          done = true;
          return;
        }
        received += step.value.byteLength;
        if (received > limits.maxBytes)
          throw new UnexpectedResponseError(
            `GET ${host}: the download is larger than ${limits.maxBytes} bytes (raise maxBytes to allow it)`,
            {},
          );
        yield step.value;
      } finally {
        clearTimeout(timer);
        if (onAbort) limits.signal?.removeEventListener("abort", onAbort);
      }
    }
  } finally {
    if (!done) await reader.cancel().catch(() => undefined);
  }
}

/**
 * Whether a response's content type is acceptable: `accept` lists MIME types or prefixes (`"video/"`);
 * a missing type or `application/octet-stream` is always accepted, an HTML page never unless listed (it
 * is an error page, not a result).
 */
export function contentTypeProblem(contentType: string | undefined, accept: readonly string[] | undefined): string | undefined {
  const type = contentType?.split(";")[0].trim().toLowerCase();
  if (!type || type === "application/octet-stream") return undefined;
  const listed = accept?.some((entry) => (entry.endsWith("/") ? type.startsWith(entry.toLowerCase()) : type === entry.toLowerCase()));
  if (listed) return undefined;
  if (accept?.length)
    return `the server sent ${type}, not ${accept.map((entry) => (entry.endsWith("/") ? `${entry}*` : entry)).join(" or ")}`;
  if (type === "text/html") return "the server sent an HTML page (an error page, not a result file)";
  return undefined;
}
