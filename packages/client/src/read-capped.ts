import { CallbackVerificationError } from "./errors.js";

/** A callback body past the cap. */
export const tooLarge = (maxBytes: number) =>
  new CallbackVerificationError(`Callback body is larger than ${maxBytes} bytes`, { reason: "too-large" });

/** The chunks of a Web stream; the stream is released (cancelled if not read to the end) when iteration stops. */
async function* chunksOf(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}

/** @default 10000: a real callback body is a few kB and arrives at once. */
export const DEFAULT_BODY_TIMEOUT_MS = 10_000;

/**
 * A body as text from its chunks (bytes, or text as Node streams may give), refused as soon as it passes
 * `maxBytes`: it is counted while reading (a sender may lie about its length, or send none). A stream that
 * fails (a reset connection) is an `unreadable-body` refusal, and one that has not ended `timeoutMs` after
 * reading began a `body-timeout` refusal: never a raw stream error, never a connection held open.
 */
export async function readCappedChunks(
  chunks: AsyncIterable<Uint8Array | string>,
  maxBytes: number,
  timeoutMs = DEFAULT_BODY_TIMEOUT_MS,
): Promise<string> {
  const iterator = chunks[Symbol.asyncIterator]();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new CallbackVerificationError(`Callback body did not arrive within ${timeoutMs} ms`, { reason: "body-timeout" })),
      timeoutMs,
    );
  });
  const parts: Uint8Array[] = [];
  let size = 0;
  let finished = false;
  try {
    for (;;) {
      let step: IteratorResult<Uint8Array | string>;
      try {
        step = await Promise.race([iterator.next(), expired]);
      } catch (error) {
        if (error instanceof CallbackVerificationError) throw error;
        finished = true; // the stream is already gone
        throw new CallbackVerificationError(`Callback body could not be read: ${(error as Error)?.message ?? String(error)}`, {
          reason: "unreadable-body",
          cause: error,
        });
      }
      if (step.done) {
        finished = true;
        break;
      }
      const bytes = typeof step.value === "string" ? new TextEncoder().encode(step.value) : step.value;
      size += bytes.byteLength;
      if (size > maxBytes) throw tooLarge(maxBytes);
      parts.push(bytes);
    }
  } finally {
    clearTimeout(timer);
    // Stop a sender we no longer listen to (cancels a Web stream, destroys a Node request).
    if (!finished) void Promise.resolve(iterator.return?.()).catch(() => undefined);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

/** A request body as text, refused past `maxBytes`: a declared `Content-Length` is checked before reading. */
export async function readCapped(request: Request, maxBytes: number, timeoutMs?: number): Promise<string> {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await request.body?.cancel().catch(() => undefined);
    throw tooLarge(maxBytes);
  }
  return request.body ? readCappedChunks(chunksOf(request.body), maxBytes, timeoutMs) : "";
}
