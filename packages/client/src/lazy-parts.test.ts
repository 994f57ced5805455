import type { Middleware } from "openapi-fetch";
import { afterEach, describe, expect, test } from "vitest";
import { API_KEY, RECORD, record, sendJson, startTestServer } from "../test/test-server.js";
import { createKieClient } from "./client.js";

// The client object is made without openapi-fetch or the task engine (they load on the first call that
// needs them): what a user does with it before then must behave as if they were there all along.
let server: Awaited<ReturnType<typeof startTestServer>> | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe("kie.raw before its first request", () => {
  test("middleware registered (and ejected) before any request is applied, in order, to the first one", async () => {
    server = await startTestServer((request, response) =>
      sendJson(response, { code: 200, msg: "ok", data: record(request.query.get("taskId") ?? "", "success") }),
    );
    const kie = createKieClient({ apiKey: API_KEY, baseUrl: server.url });
    const seen: string[] = [];
    const tag = (name: string): Middleware => ({
      onRequest: ({ request }) => {
        seen.push(name);
        request.headers.set(`x-${name}`, "1");
        return request;
      },
    });
    const [first, dropped, last] = [tag("first"), tag("dropped"), tag("last")];
    kie.raw.use(first, dropped);
    kie.raw.use(last);
    kie.raw.eject(dropped);
    const { data } = await kie.raw.GET(RECORD, { params: { query: { taskId: "t-1" } } });
    expect((data?.data as { taskId?: string } | undefined)?.taskId).toBe("t-1");
    expect(seen).toEqual(["first", "last"]);
    expect(server.requests[0].headers).toMatchObject({ "x-first": "1", "x-last": "1", authorization: `Bearer ${API_KEY}` });
    expect(server.requests[0].headers["x-dropped"]).toBeUndefined();
    // After the first request, middleware goes straight to openapi-fetch.
    kie.raw.eject(first);
    await kie.raw.GET(RECORD, { params: { query: { taskId: "t-2" } } });
    expect(seen).toEqual(["first", "last", "last"]);
  });
});

describe("a client that only verifies callbacks", () => {
  test("signs and verifies through the engine it loads on first use", async () => {
    const kie = createKieClient({ apiKey: API_KEY, baseUrl: "http://127.0.0.1:9" });
    const { signCallback, verifyCallback } = await import("./verify.js");
    const timestamp = Math.floor(Date.now() / 1000);
    const signature = await signCallback("t-9", timestamp, "hmac-key");
    const request = new Request("http://127.0.0.1/cb", {
      method: "POST",
      headers: { "x-webhook-timestamp": String(timestamp), "x-webhook-signature": signature },
      body: JSON.stringify({ code: 200, data: { taskId: "t-9", state: "success" } }),
    });
    expect((await kie.callbacks.verify(request.clone(), "hmac-key")).taskId).toBe("t-9");
    expect((await verifyCallback(request, "hmac-key")).taskId).toBe("t-9");
  });
});
