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

/**
 * A body as text from its chunks (bytes, or text as Node streams may give), refused as soon as it passes
 * `maxBytes`: it is counted while reading (a sender may lie about its length, or send none).
 */
export async function readCappedChunks(chunks: AsyncIterable<Uint8Array | string>, maxBytes: number): Promise<string> {
  const parts: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of chunks) {
    const bytes = typeof chunk === "string" ? new TextEncoder().encode(chunk) : chunk;
    size += bytes.byteLength;
    if (size > maxBytes) throw tooLarge(maxBytes);
    parts.push(bytes);
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
export async function readCapped(request: Request, maxBytes: number): Promise<string> {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await request.body?.cancel().catch(() => undefined);
    throw tooLarge(maxBytes);
  }
  return request.body ? readCappedChunks(chunksOf(request.body), maxBytes) : "";
}
