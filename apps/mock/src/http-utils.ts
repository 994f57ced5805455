import type { IncomingMessage, ServerResponse } from "node:http";

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;

/** Whether a URL's hostname is this machine: the only place the mock calls out to unless told otherwise. */
export const isLoopback = (hostname: string) => LOOPBACK.test(hostname);

export const CORS_HEADERS = {
  "access-control-allow-origin": "*",
  "access-control-allow-methods": "GET, POST, OPTIONS",
  "access-control-allow-headers": "authorization, content-type, x-kie-mock",
  "access-control-expose-headers": "x-kie-mock-violations, retry-after",
};

export function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  if (response.headersSent) return;
  response.writeHead(status, { "content-type": "application/json", ...CORS_HEADERS, ...headers });
  response.end(JSON.stringify(body));
}

/** An error envelope, as upstream sends it. */
export function sendError(
  response: ServerResponse,
  code: number,
  msg: string,
  options: { in200?: boolean; headers?: Record<string, string> } = {},
) {
  sendJson(response, options.in200 ? 200 : code, { code, msg, data: null }, options.headers);
}

export async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export function headerRecord(request: IncomingMessage): Record<string, string> {
  return Object.fromEntries(
    Object.entries(request.headers).map(([key, value]) => [key, Array.isArray(value) ? value.join(", ") : (value ?? "")]),
  );
}
