const encoder = new TextEncoder();

function base64ToBytes(text: string): Uint8Array<ArrayBuffer> | undefined {
  if (!/^[A-Za-z0-9+/_-]*={0,2}$/.test(text) || text.length === 0) return undefined;
  const normal = text.replaceAll("-", "+").replaceAll("_", "/");
  try {
    const binary = atob(normal);
    return Uint8Array.from(binary, (char) => char.charCodeAt(0));
  } catch {
    return undefined;
  }
}

function bytesToBase64(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

const importKey = (hmacKey: string, usage: "sign" | "verify") =>
  crypto.subtle.importKey("raw", encoder.encode(hmacKey), { name: "HMAC", hash: "SHA-256" }, false, [usage]);

/** base64(HMAC-SHA256(`${taskId}.${timestamp}`, hmacKey)): how upstream signs callbacks. */
export async function signCallback(taskId: string, timestamp: string | number, hmacKey: string): Promise<string> {
  const key = await importKey(hmacKey, "sign");
  return bytesToBase64(new Uint8Array(await crypto.subtle.sign("HMAC", key, encoder.encode(`${taskId}.${timestamp}`))));
}

/** Checks a callback signature in constant time (WebCrypto's HMAC verify), in every runtime. */
export async function checkCallbackSignature(taskId: string, timestamp: string, signature: string, hmacKey: string): Promise<boolean> {
  const bytes = base64ToBytes(signature.trim());
  if (!bytes) return false;
  const key = await importKey(hmacKey, "verify");
  return crypto.subtle.verify("HMAC", key, bytes, encoder.encode(`${taskId}.${timestamp}`));
}
