import type { IncomingMessage, ServerResponse } from "node:http";

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;

/** Whether a URL's hostname is this machine: the only place the mock calls out to unless told otherwise. */
export const isLoopback = (hostname: string) => LOOPBACK.test(hostname);

export const CORS_HEADERS = {
  "access-control-allow-origin": "*",
  "access-control-allow-methods": "GET, POST, OPTIONS",
  "access-control-allow-headers": "authorization, content-type, x-kie-mock",
  "access-control-expose-headers": "x-kie-mock-violations, x-kie-mock-ignored-fields, retry-after",
};

/**
 * How the mock answers an error the API itself decides: live sends every one as HTTP 200 with the code in
 * the envelope (`"envelope"`); the docs list them as HTTP statuses (`"http-status"`).
 */
export type ErrorForm = "envelope" | "http-status";

/** Where an answer notes its envelope code and task id, for the request log (`MockServer.requests`). */
export const ANSWERED = Symbol("kie-market-mock-answered");

export function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  if (response.headersSent) return;
  const envelope = body as { code?: unknown; data?: { taskId?: unknown } | null } | null;
  (response as ServerResponse & { [ANSWERED]?: { code: number; taskId?: string } })[ANSWERED] = {
    code: typeof envelope?.code === "number" ? envelope.code : status,
    ...(typeof envelope?.data?.taskId === "string" ? { taskId: envelope.data.taskId } : {}),
  };
  // As the recorded live answers that name a charset (../shared/real-traffic/responses: 15 of 27).
  response.writeHead(status, { "content-type": "application/json;charset=UTF-8", ...CORS_HEADERS, ...headers });
  response.end(JSON.stringify(body));
}

/** An error envelope (`{code, msg, data: null}`; the file service's `{success: false, code, msg}`), in either form. */
export function sendError(
  response: ServerResponse,
  code: number,
  msg: string,
  options: { form?: ErrorForm; headers?: Record<string, string>; files?: boolean } = {},
) {
  const body = options.files ? { success: false, code, msg } : { code, msg, data: null };
  sendJson(response, options.form === "http-status" ? code : 200, body, options.headers);
}

/** A request body larger than the mock's cap: answered 413 (a transport refusal, in either form). */
export class BodyTooLargeError extends Error {
  constructor(
    readonly limit: number,
    option = "maxBodyBytes",
  ) {
    super(`Request body is larger than the mock's limit of ${limit} bytes for this endpoint (option ${option})`);
  }
}

/** Reads a body up to `limit` bytes; past it, stops reading and throws {@link BodyTooLargeError}. */
export async function readBody(request: IncomingMessage, limit: number, option?: string): Promise<Buffer> {
  const declared = Number(request.headers["content-length"]);
  if (Number.isFinite(declared) && declared > limit) throw new BodyTooLargeError(limit, option);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new BodyTooLargeError(limit, option);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

export function headerRecord(request: IncomingMessage): Record<string, string> {
  return Object.fromEntries(
    Object.entries(request.headers).map(([key, value]) => [key, Array.isArray(value) ? value.join(", ") : (value ?? "")]),
  );
}
