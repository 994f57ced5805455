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

test("no error, log line or client serialisation ever contains the API key", async () => {
  const lines: string[] = [];
  const log = (line: string) => void lines.push(line);
  server = await startTestServer((request, response, socket) => {
    const n = server?.requests.length ?? 0;
    if (n % 3 === 0) return void socket.destroy();
    // Echo the authorization header back, as a careless proxy might: it must not leak into our errors.
    sendJson(response, { code: 500, msg: `failed for ${request.headers.authorization}` }, 500);
  });
  const kie = createKieClient({
    apiKey: API_KEY,
    baseUrl: server.url,
    retry: { maxRetries: 2, baseDelayMs: 1 },
    logger: { debug: log, info: log, warn: log, error: log },
  });
  const caught: unknown[] = [];
  for (const call of [
    () => kie.tasks.create(wanRequest),
    () => kie.tasks.get("t"),
    () => kie.account.credits(),
    () => kie.files.downloadUrl("https://x"),
  ]) {
    caught.push(await call().catch((error) => error));
  }
  caught.push(await kie.tasks.create({ model: "wan/2-2-a14b-image-to-video-turbo", input: {} as never }).catch((error) => error));
  const constructed = (Object.values(errors) as unknown[])
    .filter(
      (value): value is new (message: string, details: object) => Error => typeof value === "function" && value.prototype instanceof Error,
    )
    .map((ErrorClass) => {
      try {
        return new ErrorClass("m", {});
      } catch {
        return undefined;
      }
    });
  const texts = [...caught, ...constructed.filter(Boolean)].flatMap((error) => [
    JSON.stringify(error),
    inspect(error, { depth: 10 }),
    String(error),
  ]);
  texts.push(JSON.stringify(kie), inspect(kie, { depth: 10, showHidden: true }), ...lines);
  expect(caught.every((error) => error instanceof errors.KieError)).toBe(true);
  expect(lines.length).toBeGreaterThan(0);
  expect(texts.join("\n")).toContain("[redacted]"); // the echoing server's message was scrubbed, not dropped
  for (const text of texts) expect(text).not.toContain(API_KEY);
});
