import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { bundledSpecPath, type PrismServer, startPrism } from "../src/prism.js";

// The plain Prism mock of the bundled spec: the engine the mock app builds on.
const spec = JSON.parse(readFileSync(bundledSpecPath(), "utf8"));
const examples = Object.entries<{ value: { model: string } }>(
  spec.paths["/api/v1/jobs/createTask"].post.requestBody.content["application/json"].examples,
);
const headers = { authorization: "Bearer test-key", "content-type": "application/json" };
let server: PrismServer;

beforeAll(async () => {
  server = await startPrism(bundledSpecPath());
});
afterAll(() => server.close());

describe("Prism on the bundled spec", () => {
  test("listens on loopback", () => {
    expect(new URL(server.url).hostname).toBe("127.0.0.1");
  });

  test.each(examples)("accepts the %s request example", async (_name, example) => {
    const response = await fetch(`${server.url}/api/v1/jobs/createTask`, { method: "POST", headers, body: JSON.stringify(example.value) });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ code: 200, data: { taskId: expect.any(String) } });
  });

  test("refuses a body that breaks the spec and reports the violation", async () => {
    // Prism lists each oneOf branch's violations, in catalogue order, and truncates a long list: the
    // first model's are always shown.
    const [, example] = examples.find(([name]) => name.startsWith("4o-image-api")) ?? examples[0];
    const body = { ...example.value, input: { ...(example.value as unknown as { input: object }).input, size: "7:7" } };
    const response = await fetch(`${server.url}/api/v1/jobs/createTask`, { method: "POST", headers, body: JSON.stringify(body) });
    expect(response.status).toBe(422);
    expect(response.headers.get("sl-violations")).toContain("input.size");
  });

  test("refuses a request without a bearer token", async () => {
    const response = await fetch(`${server.url}/api/v1/jobs/recordInfo?taskId=abc`);
    expect(response.status).toBe(401);
  });

  test.each(["waiting", "queuing", "generating", "success", "fail"])("serves the %s recordInfo example on request", async (state) => {
    const response = await fetch(`${server.url}/api/v1/jobs/recordInfo?taskId=abc`, {
      headers: { ...headers, prefer: `example=${state}` },
    });
    expect(((await response.json()) as { data: { state: string } }).data.state).toBe(state);
  });
});
