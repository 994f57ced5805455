import createClient from "openapi-fetch";
import { describe, expect, test } from "vitest";
import type { paths } from "./generated/api.gen.js";
import { createHttp, PlannedRequest } from "./http.js";

// What the HTTP layer relies on in openapi-fetch (pinned in the catalog), checked as a contract: a new
// openapi-fetch that breaks one of these fails here, not in users' apps.
describe("openapi-fetch, as http.ts uses it", () => {
  test("builds the request with the Request option as new Request(url, init), init.headers a Headers, and hands that object to fetch", async () => {
    const built: unknown[][] = [];
    class Recording {
      constructor(...args: unknown[]) {
        built.push(args);
      }
    }
    let fetched: unknown;
    const client = createClient<paths>({
      baseUrl: "https://api.example",
      Request: Recording as unknown as typeof Request,
      fetch: async (request) => {
        fetched = request;
        return Response.json({ code: 200, data: 1 });
      },
    });
    await client.GET("/api/v1/chat/credit", { headers: { "x-one": "1" } });
    expect(built).toHaveLength(1);
    const [url, init] = built[0] as [string, RequestInit & { headers: unknown }];
    expect(url).toBe("https://api.example/api/v1/chat/credit");
    expect(init.method).toBe("GET");
    expect(init.headers).toBeInstanceOf(Headers);
    expect((init.headers as Headers).get("x-one")).toBe("1");
    expect(fetched).toBeInstanceOf(Recording);
  });

  test("a custom querySerializer function receives the query object and its result follows '?'", async () => {
    const urls: string[] = [];
    const client = createClient<paths>({
      baseUrl: "https://api.example",
      querySerializer: (query) => `seen=${Object.keys(query).join(",")}`,
      fetch: async (request) => {
        urls.push(request.url);
        return Response.json({ code: 200, data: null });
      },
    });
    await client.GET("/api/v1/jobs/recordInfo", { params: { query: { taskId: "t" } } });
    expect(urls).toEqual(["https://api.example/api/v1/jobs/recordInfo?seen=taskId"]);
  });
});

describe("createHttp", () => {
  test("our calls reach fetch with the key, the client's headers and the request's own", async () => {
    const calls: Request[] = [];
    const planned = createHttp({
      apiKey: "k",
      baseUrl: "https://api.example",
      headers: { "x-app": "a" },
      fetch: async (request) => {
        calls.push(request);
        return Response.json({ code: 200, data: 5 });
      },
    });
    await planned.api.GET("/api/v1/chat/credit", { headers: { "x-kie-mock": "delay=1" } });
    const { headers } = calls[0];
    expect(headers.get("authorization")).toBe("Bearer k");
    expect(headers.get("x-app")).toBe("a");
    expect(headers.get("x-kie-mock")).toBe("delay=1");
  });

  test("PlannedRequest exposes url, method and headers as openapi-fetch reads them", () => {
    const request = new PlannedRequest("https://x/y", { method: "POST", headers: new Headers({ a: "b" }) });
    expect([request.url, request.method, request.headers.get("a")]).toEqual(["https://x/y", "POST", "b"]);
  });
});
