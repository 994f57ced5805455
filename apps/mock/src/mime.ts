const EXTENSIONS: Record<string, string> = {
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  gif: "image/gif",
  webp: "image/webp",
  mp4: "video/mp4",
  mov: "video/quicktime",
  mp3: "audio/mpeg",
  wav: "audio/wav",
  txt: "text/plain",
  json: "application/json",
  pdf: "application/pdf",
};

export const extensionOf = (type: string) => Object.entries(EXTENSIONS).find(([, known]) => known === type)?.[0] ?? "bin";

const startsWith = (bytes: Buffer, signature: number[], at = 0) => signature.every((byte, index) => bytes[at + index] === byte);
const ascii = (bytes: Buffer, at: number, text: string) => bytes.subarray(at, at + text.length).toString("latin1") === text;

/** The type the bytes themselves say, from their signature; text that decodes as UTF-8 is text/plain. */
function sniff(bytes: Buffer): string | undefined {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "image/jpeg";
  if (ascii(bytes, 0, "GIF87a") || ascii(bytes, 0, "GIF89a")) return "image/gif";
  if (ascii(bytes, 0, "RIFF") && ascii(bytes, 8, "WEBP")) return "image/webp";
  if (ascii(bytes, 0, "RIFF") && ascii(bytes, 8, "WAVE")) return "audio/wav";
  if (ascii(bytes, 4, "ftyp")) return ascii(bytes, 8, "qt  ") ? "video/quicktime" : "video/mp4";
  if (ascii(bytes, 0, "ID3") || (bytes[0] === 0xff && ((bytes[1] ?? 0) & 0xe0) === 0xe0)) return "audio/mpeg";
  if (ascii(bytes, 0, "%PDF-")) return "application/pdf";
  if (bytes.length && !bytes.includes(0)) {
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(bytes);
      return "text/plain";
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/**
 * A file's MIME type as the live upload service reports it: what its bytes are, then what the request said,
 * then what the name's extension says.
 */
export function mimeTypeOf(bytes: Buffer | undefined, declared: string | undefined, name: string | undefined): string {
  const fromBytes = bytes ? sniff(bytes) : undefined;
  // Bytes that only decode as text say little next to a declared type (JSON, CSV, SVG...).
  if (fromBytes && !(fromBytes === "text/plain" && declared && declared !== "application/octet-stream")) return fromBytes;
  if (declared && declared !== "application/octet-stream") return declared;
  return EXTENSIONS[name?.split(".").pop()?.toLowerCase() ?? ""] ?? fromBytes ?? "application/octet-stream";
}
