import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { CallbackEvent, KieClient } from "@kie-market/client";
import * as responses from "@kie-market/schemas/responses";
import { bundledSpecPath } from "../src/prism.js";

const bundle = JSON.parse(readFileSync(bundledSpecPath(), "utf8"));
const examples = bundle.paths["/api/v1/jobs/createTask"].post.requestBody.content["application/json"].examples as Record<
  string,
  { value: Record<string, unknown> }
>;

/** Each model's request example from the specs. */
export const seedRequests = Object.entries(examples).map(([key, example]) => [key.replace(/:seed$/, ""), example.value] as const);

/** Which response validator applies to a path and status. */
function validatorFor(path: string, body: { code?: number }) {
  if (body?.code !== 200 || path.startsWith("/files/"))
    return path.startsWith("/api/file-") ? responses.uploadError : responses.errorEnvelope;
  if (path === "/api/v1/jobs/createTask") return responses.createTaskResponse;
  if (path === "/api/v1/jobs/recordInfo") return responses.recordInfoResponse;
  if (path === "/api/v1/chat/credit") return responses.creditsResponse;
  if (path === "/api/v1/common/download-url") return responses.downloadUrlResponse;
  if (path.startsWith("/api/file-")) return responses.uploadResponse;
  return undefined;
}

/** A fetch that checks every JSON response the mock sends against the spec, and records any violation. */
export function specCheckingFetch(violations: string[], extraHeaders: Record<string, string> = {}) {
  return async (request: Request) => {
    for (const [name, value] of Object.entries(extraHeaders)) request.headers.set(name, value);
    const response = await fetch(request);
    if (response.headers.get("content-type")?.includes("application/json")) {
      const path = new URL(request.url).pathname;
      const body = await response.clone().json();
      const result = validatorFor(path, body)?.validate(body);
      if (result && !result.ok) violations.push(`${request.method} ${path} → ${result.issues.map((issue) => issue.message).join("; ")}`);
    }
    return response;
  };
}

/** A loopback endpoint that feeds callbacks to the client's handler. */
export async function startCallbackReceiver(kie: KieClient, hmacKey: string, onEvent: (event: CallbackEvent) => void = () => undefined) {
  const events: CallbackEvent[] = [];
  const statuses: number[] = [];
  const waiters: { count: number; resolve: () => void }[] = [];
  const handle = kie.callbacks.handler({
    hmacKey,
    onEvent: (event) => {
      onEvent(event);
      events.push(event);
    },
  });
  const server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const headers = Object.entries(request.headers).map(([key, value]) => [key, String(value)] as [string, string]);
    const answer = await handle(
      new Request(`http://127.0.0.1${request.url}`, { method: request.method, headers, body: Buffer.concat(chunks) }),
    );
    statuses.push(answer.status);
    response.writeHead(answer.status, { "content-type": "application/json" });
    response.end(await answer.text());
    for (const waiter of waiters.filter((entry) => events.length >= entry.count)) waiter.resolve();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/callback`,
    events,
    statuses,
    /** Resolves once `count` events have reached user code and been answered (an event, not a sleep). */
    received: (count = 1) =>
      new Promise<void>((resolve) => {
        if (events.length >= count) return resolve();
        waiters.push({ count, resolve });
      }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
