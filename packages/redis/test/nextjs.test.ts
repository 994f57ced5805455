import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { type MockServer, startMock } from "@kie-market/mock";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { type RedisProcess, requireRedis, startRedis } from "./redis-server.js";

// The Next.js recipe's route handlers, called as a serverless platform calls them: every request on a
// fresh instance (its modules loaded anew: nothing survives in memory between requests), the mock's
// callback included.
const run = requireRedis();
const MODEL = "wan/2-2-a14b-image-to-video-turbo";
const INPUT = { prompt: "A lighthouse at dusk", image_url: "https://files.test/lighthouse.png" };

let redis: RedisProcess;
let mock: MockServer;
let app: Server;
const callbackAnswers: number[] = [];

/** A cold start: the route's module and the client it makes are new. */
async function coldRoute<T>(path: string): Promise<T> {
  vi.resetModules();
  return (await import(path)) as T;
}

type Handler = (request: Request, context?: unknown) => Promise<Response>;

async function toRequest(incoming: IncomingMessage, base: string): Promise<Request> {
  const chunks: Buffer[] = [];
  for await (const chunk of incoming) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) if (typeof value === "string") headers.set(name, value);
  return new Request(new URL(incoming.url ?? "/", base), { method: incoming.method, headers, body: Buffer.concat(chunks) });
}

beforeAll(async () => {
  if (!run) return;
  redis = await startRedis();
  mock = await startMock({ taskDurationMs: 300 });
  // The "platform": routes /api/kie-callback to a cold instance of the callback route.
  app = createServer(async (incoming, outgoing) => {
    const base = `http://127.0.0.1:${(app.address() as AddressInfo).port}`;
    const { POST } = await coldRoute<{ POST: Handler }>("../recipes/nextjs/app/api/kie-callback/route.js");
    const response = await POST(await toRequest(incoming, base));
    callbackAnswers.push(response.status);
    outgoing.writeHead(response.status, { "content-type": "application/json" }).end(await response.text());
  });
  await new Promise<void>((resolve) => app.listen(0, "127.0.0.1", resolve));
  Object.assign(process.env, {
    REDIS_URL: redis.url,
    KIE_API_KEY: "nextjs-recipe-key",
    KIE_BASE_URL: mock.url,
    KIE_HMAC_KEY: mock.hmacKey,
    PUBLIC_URL: `http://127.0.0.1:${(app.address() as AddressInfo).port}`,
  });
});
afterAll(async () => {
  await new Promise<void>((resolve) => (app ? app.close(() => resolve()) : resolve()));
  await mock?.close();
  await redis?.close();
});

describe.skipIf(!run)("Next.js route handlers (serverless)", () => {
  test("generate answers the task id; the callback, on another instance, confirms and journals it; status reads it back by id", async () => {
    const generate = await coldRoute<{ POST: Handler }>("../recipes/nextjs/app/api/generate/route.js");
    const created = await generate.POST(
      new Request("http://app/api/generate", { method: "POST", body: JSON.stringify({ model: MODEL, input: INPUT, requestId: "r-1" }) }),
    );
    expect(created.status).toBe(202);
    const { taskId } = (await created.json()) as { taskId: string };

    // A retried POST (the browser's, say) on yet another instance: the same task, nothing paid twice.
    const retried = await (await coldRoute<{ POST: Handler }>("../recipes/nextjs/app/api/generate/route.js")).POST(
      new Request("http://app/api/generate", { method: "POST", body: JSON.stringify({ model: MODEL, input: INPUT, requestId: "r-1" }) }),
    );
    expect(await retried.json()).toEqual({ taskId });

    const status = async () => {
      const { GET } = await coldRoute<{ GET: Handler }>("../recipes/nextjs/app/api/tasks/[taskId]/route.js");
      return (await GET(new Request(`http://app/api/tasks/${taskId}`), { params: Promise.resolve({ taskId }) })).json() as Promise<{
        status: string;
        resultUrls: string[];
      }>;
    };
    expect((await status()).status).toBe("running");
    // Ends when the mock's callback has been answered (nothing here reads recordInfo).
    for (let attempt = 0; attempt < 1200 && !callbackAnswers.includes(200); attempt++)
      await new Promise((resolve) => setTimeout(resolve, 25));
    expect(callbackAnswers).toEqual([200]);
    const done = await status();
    expect(done).toMatchObject({ status: "succeeded", resultUrls: [expect.stringContaining(mock.url)] });
    const reads = mock.requests().filter((request) => request.path === "/api/v1/jobs/recordInfo" && request.taskId === taskId);
    expect(reads).toHaveLength(1);
    expect(mock.requests().filter((request) => request.path === "/api/v1/jobs/createTask")).toHaveLength(1);
  });

  test("a bad body is a 400 naming what is expected", async () => {
    const generate = await coldRoute<{ POST: Handler }>("../recipes/nextjs/app/api/generate/route.js");
    const response = await generate.POST(new Request("http://app/api/generate", { method: "POST", body: "{}" }));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: "expected { model, input }" });
  });
});
