import { inspect } from "node:util";
import { afterEach, expect, test } from "vitest";
import { API_KEY, sendJson, startTestServer, wanRequest } from "../test/test-server.js";
import { createKieClient } from "./client.js";
import * as errors from "./errors.js";

let server: Awaited<ReturnType<typeof startTestServer>> | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Every way an error, a log line or the client itself can be turned into text. */
function texts(values: unknown[]): string[] {
  return values.flatMap((value) => [JSON.stringify(value), inspect(value, { depth: 10, showHidden: true }), String(value)]);
}

/** One instance of every exported error class, each built with arguments its constructor accepts. */
function everyErrorClass(): Error[] {
  const classes = (Object.values(errors) as unknown[]).filter(
    (value): value is new (...args: never[]) => Error => typeof value === "function" && value.prototype instanceof Error,
  );
  // One constructor shape for every class: (message, details).
  const detailsFor: Record<string, unknown> = {
    InputValidationError: { model: "m", issues: [{ path: ["input"], at: "input", rule: "type", message: "m" }] },
    TaskFailedError: { record: { taskId: "t", model: "m", state: "fail", failMsg: "m", raw: {} } },
    EmptyResultError: { record: { taskId: "t", model: "m", state: "success", result: {}, resultUrls: [], raw: {} } },
    WaitTimeoutError: { taskId: "t", timeoutMs: 1 },
    ConnectionError: { maybeProcessed: true },
    CallbackVerificationError: { reason: "stale" },
  };
  const built = classes.map((ErrorClass) => new ErrorClass(...(["m", detailsFor[ErrorClass.name] ?? {}] as never[])));
  expect(built.map((error) => error.constructor.name).sort()).toEqual(classes.map((ErrorClass) => ErrorClass.name).sort());
  return built;
}

test.each([
  ["a plain key", API_KEY],
  ["a key with a quote and a backslash (escaped in JSON)", 'k3y-with-"quote"-and-\\backslash-7f3a'],
])("no error, log line or client serialisation ever contains the API key: %s", async (_name, apiKey) => {
  const lines: string[] = [];
  const log = (line: string) => void lines.push(line);
  server = await startTestServer((request, response, socket) => {
    const n = server?.requests.length ?? 0;
    if (n % 3 === 0) return void socket.destroy();
    // Echo the authorization header back, as a careless proxy might: it must not leak into our errors.
    const bearer = String(request.headers.authorization);
    sendJson(response, { code: 500, msg: `failed for ${bearer}`, echo: { headers: [bearer] } }, 500);
  });
  const kie = createKieClient({
    apiKey,
    baseUrl: server.url,
    retry: { maxRetries: 2, baseDelayMs: 1 },
    logger: { debug: log, info: log, warn: log, error: log },
  });
  // A custom fetch that hangs the Request (with its Authorization header) on the error it throws.
  const leakyFetch = (request: Request) =>
    Promise.reject(
      Object.assign(new TypeError(`fetch failed for ${request.headers.get("authorization")}`), { request, code: "ECONNRESET" }),
    );
  const leaky = createKieClient({ apiKey, baseUrl: server.url, retry: { maxRetries: 0 }, fetch: leakyFetch });
  const caught: unknown[] = [];
  for (const call of [
    () => kie.tasks.create(wanRequest),
    () => kie.tasks.get("t"),
    () => kie.account.credits(),
    () => kie.files.downloadUrl("https://x"),
    () => kie.tasks.create({ model: "wan/2-2-a14b-image-to-video-turbo", input: {} as never }),
    () => leaky.tasks.get("t"),
    () => leaky.tasks.create(wanRequest),
    async () => createKieClient({ apiKey, baseUrl: "http://example.com" }),
    async () => createKieClient({ apiKey, timeoutMs: -1 }),
    async () => createKieClient({ apiKey, provider: "nope" as never }),
  ]) {
    caught.push(await call().catch((error) => error));
  }
  const all = texts([...caught, ...everyErrorClass(), kie, leaky]);
  all.push(...lines);
  expect(caught.every((error) => error instanceof errors.KieError)).toBe(true);
  expect(caught.filter((error) => error instanceof errors.ConfigurationError)).toHaveLength(3);
  expect((caught[5] as Error).cause).toBeDefined(); // the cause is kept, without the Request
  expect(lines.length).toBeGreaterThan(0);
  expect(all.join("\n")).toContain("[redacted]"); // the echoing server's message was scrubbed, not dropped
  for (const text of all) expect(text).not.toContain(apiKey);
});
