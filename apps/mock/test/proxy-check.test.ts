import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createKieClient } from "@kie-market/client";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type ProxyCheck, startProxyCheck } from "../src/proxy-check.js";

// A stand-in for the real API that drifted from the spec on purpose: recordInfo sends an unknown state
// and drops `model`; credits are fine.
let upstream: Server;
let check: ProxyCheck;

beforeAll(async () => {
  upstream = createServer((request, response) => {
    response.writeHead(200, { "content-type": "application/json" });
    if (request.url?.startsWith("/api/v1/jobs/recordInfo")) {
      return response.end(JSON.stringify({ code: 200, msg: "success", data: { taskId: "t1", state: "rendering", createTime: 1 } }));
    }
    response.end(JSON.stringify({ code: 200, msg: "success", data: 42.5 }));
  });
  await new Promise<void>((resolve) => upstream.listen(0, "127.0.0.1", resolve));
  check = await startProxyCheck({ upstream: `http://127.0.0.1:${(upstream.address() as AddressInfo).port}` });
});

afterAll(async () => {
  await check.close();
  await new Promise((resolve) => upstream.close(resolve));
});

/** Resolves once the check has reported a violation at `location`, from index `from` on (an event, not a sleep). */
const violationAt = (location: string, from = 0) =>
  new Promise<void>((resolve) => {
    if (check.violations.slice(from).some((violation) => violation.location === location)) return resolve();
    const stop = check.onViolation((violation) => {
      if (violation.location !== location) return;
      stop();
      resolve();
    });
  });

describe("the spec-checking proxy", () => {
  test("passes traffic through and reports where the upstream response breaks the spec", async () => {
    const kie = createKieClient({ apiKey: "real-key-here", baseUrl: check.url, retry: { maxRetries: 0 } });
    const record = await kie.tasks.get("t1");
    expect(record).toMatchObject({ state: "unknown", rawState: "rendering" }); // the client copes; the check tells
    await violationAt("response.body.data.state");
    const locations = check.violations.map((violation) => `${violation.request} ${violation.location}`);
    expect(locations).toContain("GET /api/v1/jobs/recordInfo response.body.data.state");
    expect(locations).toContain("GET /api/v1/jobs/recordInfo response.body.data");
  });

  test("a response that follows the spec adds no violation", async () => {
    const before = check.violations.length;
    const kie = createKieClient({ apiKey: "real-key-here", baseUrl: check.url });
    expect(await kie.account.credits()).toBe(42.5);
    // The check reports in order: once a later, drifting response has been reported, everything about the
    // good one has been too.
    await createKieClient({ apiKey: "real-key-here", baseUrl: check.url, retry: { maxRetries: 0 } }).tasks.get("t1");
    await violationAt("response.body.data.state", before);
    expect(check.violations.slice(before).every((violation) => violation.request === "GET /api/v1/jobs/recordInfo")).toBe(true);
  });
});
