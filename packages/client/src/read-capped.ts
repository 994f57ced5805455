import { CallbackVerificationError } from "./errors.js";

/** A callback body past the cap. */
export const tooLarge = (maxBytes: number) =>
  new CallbackVerificationError(`Callback body is larger than ${maxBytes} bytes`, { reason: "too-large" });

/**
 * A request body as text, refused as soon as it passes `maxBytes`: a declared `Content-Length` is
 * checked before reading, and the stream is counted while reading (a sender may lie or send none).
 */
export async function readCapped(request: Request, maxBytes: number): Promise<string> {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await request.body?.cancel().catch(() => undefined);
    throw tooLarge(maxBytes);
  }
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}
