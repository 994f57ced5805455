import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

/** A request as it arrived at the test server. */
export interface ArrivedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage["headers"];
  text: string;
  json: unknown;
  /** Arrival time (ms, server clock). */
  at: number;
}

export type Reply = (request: ArrivedRequest, response: ServerResponse, socket: Socket) => unknown;

/** A real HTTP server on 127.0.0.1 that records every request and answers as the test says. */
export async function startTestServer(reply: Reply) {
  const requests: ArrivedRequest[] = [];
  const sockets = new Set<Socket>();
  const server = createServer(async (incoming, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of incoming) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString("utf8");
    const url = new URL(incoming.url ?? "/", "http://127.0.0.1");
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    const request = {
      method: incoming.method ?? "GET",
      path: url.pathname,
      query: url.searchParams,
      headers: incoming.headers,
      text,
      json,
      at: Date.now(),
    };
    requests.push(request);
    await reply(request, response, incoming.socket);
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    /** Requests to one path. */
    to: (path: string) => requests.filter((request) => request.path === path),
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

export function sendJson(response: ServerResponse, body: unknown, status = 200, headers: Record<string, string> = {}) {
  response.writeHead(status, { "content-type": "application/json", ...headers });
  response.end(JSON.stringify(body));
}

export const CREATE = "/api/v1/jobs/createTask";
export const RECORD = "/api/v1/jobs/recordInfo";

/** A recordInfo `data` for `state`. */
export function record(taskId: string, state: string, extra: Record<string, unknown> = {}) {
  return {
    taskId,
    model: "wan/2-2-a14b-image-to-video-turbo",
    state,
    param: JSON.stringify({ model: "wan/2-2-a14b-image-to-video-turbo", input: { prompt: "p", image_url: "https://x/y.png" } }),
    resultJson: state === "success" ? JSON.stringify({ resultUrls: [`https://files.test/${taskId}.mp4`] }) : "",
    failCode: state === "fail" ? "500" : null,
    failMsg: state === "fail" ? "Internal server error" : null,
    costTime: null,
    completeTime: null,
    createTime: Date.now(),
    ...extra,
  };
}

/** A valid createTask request for the wan model. */
export const wanRequest = {
  model: "wan/2-2-a14b-image-to-video-turbo" as const,
  input: { prompt: "A lighthouse at dusk", image_url: "https://files.test/lighthouse.png" },
};

export const API_KEY = "test-key-7f3a9c1e5b2d";
