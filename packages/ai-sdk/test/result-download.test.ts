import { createKieClient } from "@kie-market/client";
import { startMock } from "@kie-market/mock";
import { APICallError, generateImage } from "ai";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createKie } from "../src/index.js";

// A task is paid once it is created: whatever goes wrong with its result, the caller learns its id.
let mock: Awaited<ReturnType<typeof startMock>>;
/** How the result host answers, instead of the mock's own PNG. */
let result: () => Response = () => new Response("unset");
let pulled = 0;
beforeAll(async () => {
  mock = await startMock({ taskDurationMs: 50, strict: true });
});
afterAll(() => mock.close());

function provider(maxResultBytes?: number) {
  const client = createKieClient({
    ...mock.clientOptions,
    // The API is the mock; the result files come from a host the test controls.
    fetch: (request: Request) =>
      new URL(request.url).pathname.startsWith("/api/") || request.url.includes("/files/uploads/")
        ? fetch(request)
        : Promise.resolve(result()),
  });
  return createKie({ client, ...(maxResultBytes ? { maxResultBytes } : {}) });
}

/** A body of `total` bytes made on demand, counting what was pulled. */
const stream = (total: number) =>
  new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled >= total) return controller.close();
      const chunk = new Uint8Array(1024 * 1024);
      pulled += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });

const failure = async (kie: ReturnType<typeof createKie>) => {
  const error = await generateImage({ model: kie.image("google/imagen4"), prompt: "A red square", maxRetries: 0 }).catch(
    (caught) => caught,
  );
  const cause = (error.lastError ?? error) as APICallError;
  expect(APICallError.isInstance(cause)).toBe(true);
  return cause;
};

describe("result downloads in the AI SDK provider", () => {
  test("an HTML error page is not an image: refused, with the task id", async () => {
    result = () => new Response("<html>Access denied</html>", { headers: { "content-type": "text/html" } });
    const cause = await failure(provider());
    expect(cause.message).toMatch(/HTML page|not image\/\*/);
    expect(cause.data).toMatchObject({ taskId: expect.stringMatching(/^[0-9a-f]{32}$/) });
    expect(cause.message).toContain((cause.data as { taskId: string }).taskId);
  });

  test("a 400 MiB result is stopped at maxResultBytes, never held whole, with the task id", async () => {
    pulled = 0;
    result = () => new Response(stream(400 * 1024 * 1024), { headers: { "content-type": "image/png" } });
    const cause = await failure(provider(16 * 1024 * 1024));
    expect(cause.message).toContain("larger than 16777216 bytes");
    expect(cause.data).toMatchObject({ taskId: expect.any(String) });
    // The body was cancelled right past the cap: a few chunks of read-ahead at most.
    expect(pulled).toBeLessThan(24 * 1024 * 1024);
  });

  test("a connection that drops mid-body (a raw TypeError) still carries the task id", async () => {
    result = () =>
      new Response(
        new ReadableStream({
          pull(controller) {
            controller.error(new TypeError("terminated"));
          },
        }),
        { headers: { "content-type": "image/png" } },
      );
    const cause = await failure(provider());
    expect(cause.message).toMatch(/terminated/);
    expect(cause.data).toMatchObject({ taskId: expect.any(String) });
    expect(cause.isRetryable).toBe(false);
  });
});
