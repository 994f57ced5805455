import { createServer, type Server } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { CREATE, RECORD, record, sendJson } from "./test-server.js";

/** How the fault server answers at the moment. */
export type FaultMode =
  /** createTask and recordInfo work; tasks stay `generating`. */
  | "up"
  /** Every request gets HTTP 503 with an HTML page (a load balancer with no backend). */
  | "503"
  /** recordInfo answers HTTP 200 with a cut-off JSON body `truncatedReads` times per task, then works. */
  | "truncated";

/**
 * An API on 127.0.0.1 that can be taken down (connections refused: the port is closed), brought back on
 * the same port, and told to fail in the ways a real outage does. It counts every createTask, so a test
 * can prove that no task was created twice.
 */
export async function startFaultServer(options: { truncatedReads?: number } = {}) {
  let mode: FaultMode = "up";
  let created = 0;
  const creates: string[] = [];
  const truncatedSent = new Map<string, number>();
  const counts = { served503: 0, truncated: 0 };
  const sockets = new Set<Socket>();

  const handle = (request: import("node:http").IncomingMessage, response: import("node:http").ServerResponse) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    request.resume();
    request.on("end", () => {
      if (mode === "503") {
        counts.served503++;
        response.writeHead(503, { "content-type": "text/html" });
        return response.end("<html><body><h1>503 Service Temporarily Unavailable</h1></body></html>");
      }
      if (url.pathname === CREATE) {
        const taskId = `fault-${++created}`;
        creates.push(taskId);
        return sendJson(response, { code: 200, msg: "success", data: { taskId } });
      }
      if (url.pathname !== RECORD) return sendJson(response, { code: 404, msg: "Not found" });
      const taskId = url.searchParams.get("taskId") ?? "";
      const sent = truncatedSent.get(taskId) ?? 0;
      if (mode === "truncated" && sent < (options.truncatedReads ?? 1)) {
        truncatedSent.set(taskId, sent + 1);
        counts.truncated++;
        response.writeHead(200, { "content-type": "application/json" });
        return response.end(`{"code":200,"msg":"success","data":{"taskId":"${taskId}","state":"succ`);
      }
      // Once its cut-off bodies are spent, a task reads as finished.
      const state = mode === "truncated" ? "success" : "generating";
      sendJson(response, { code: 200, msg: "success", data: record(taskId, state) });
    });
  };

  let server: Server | undefined;
  const listen = (port: number) =>
    new Promise<number>((resolve, reject) => {
      const next = createServer(handle);
      next.on("connection", (socket) => {
        sockets.add(socket);
        socket.on("close", () => sockets.delete(socket));
      });
      next.once("error", reject);
      next.listen(port, "127.0.0.1", () => {
        server = next;
        resolve((next.address() as AddressInfo).port);
      });
    });
  const port = await listen(0);

  const down = () =>
    new Promise<void>((resolve) => {
      const current = server;
      server = undefined;
      for (const socket of sockets) socket.destroy();
      if (!current) return resolve();
      current.close(() => resolve());
    });

  return {
    url: `http://127.0.0.1:${port}`,
    creates,
    counts,
    /** Closes the port: every connection is refused until `up()`. */
    down,
    /** Listens again on the same port, answering in `next` mode. */
    up: async (next: FaultMode) => {
      mode = next;
      if (!server) await listen(port);
    },
    setMode: (next: FaultMode) => {
      mode = next;
    },
    close: down,
  };
}
