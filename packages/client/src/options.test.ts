import { afterEach, describe, expect, test, vi } from "vitest";
import { createKieClient } from "./client.js";
import { ConfigurationError } from "./errors.js";
import { DEFAULT_CREATE_LIMIT, DEFAULT_READ_LIMIT } from "./options.js";

afterEach(() => vi.unstubAllEnvs());

describe("createKieClient options", () => {
  test("defaults to kie.ai and its upload host", () => {
    const kie = createKieClient({ apiKey: "k" });
    expect([kie.baseUrl, kie.uploadBaseUrl]).toEqual(["https://api.kie.ai", "https://kieai.redpandaai.co"]);
  });

  test("the apikley preset uses its hosts", () => {
    const kie = createKieClient({ apiKey: "k", provider: "apikley" });
    expect([kie.baseUrl, kie.uploadBaseUrl]).toEqual(["https://api.apikley.ru", "https://api.apikley.ru/file-upload"]);
  });

  test("takes the key from KIE_API_KEY", () => {
    vi.stubEnv("KIE_API_KEY", "from-env");
    expect(() => createKieClient()).not.toThrow();
  });

  test("without a key it says which variable to set", () => {
    vi.stubEnv("KIE_API_KEY", "");
    expect(() => createKieClient()).toThrow(/set KIE_API_KEY/);
  });

  test.each([
    ["http://api.example.com", false],
    ["http://127.0.0.1:4010", true],
    ["http://localhost:4010", true],
    ["http://[::1]:4010", true],
    ["https://proxy.example.com/kie/", true],
    ["not a url", false],
  ])("baseUrl %s allowed: %s", (baseUrl, allowed) => {
    const make = () => createKieClient({ apiKey: "k", baseUrl });
    if (allowed) expect(make).not.toThrow();
    else expect(make).toThrow(ConfigurationError);
  });

  test("a custom baseUrl also serves uploads unless told otherwise", () => {
    expect(createKieClient({ apiKey: "k", baseUrl: "http://127.0.0.1:4010/" }).uploadBaseUrl).toBe("http://127.0.0.1:4010");
  });

  test("an unknown provider is refused", () => {
    expect(() => createKieClient({ apiKey: "k", provider: "other" as never })).toThrow(/provider must be/);
  });

  test("rateLimit: false turns off both limits: 25 creates are all in flight at once", async () => {
    // The stub answers nothing until 25 requests are in flight; a create limit (20 in flight) would never let them be.
    const held: (() => void)[] = [];
    const fetch = (request: Request) =>
      new Promise<Response>((resolve) => {
        const taskId = `t${held.length}`;
        held.push(() => resolve(Response.json({ code: 200, msg: "success", data: { taskId } })));
        if (held.length === 25) for (const answer of held) answer();
        void request;
      });
    const kie = createKieClient({ apiKey: "k", baseUrl: "http://127.0.0.1:9", fetch, rateLimit: false, validation: false });
    const body = { model: "google/imagen4", input: { prompt: "p" } } as never;
    const created = await Promise.all(Array.from({ length: 25 }, () => kie.tasks.create(body)));
    expect(new Set(created.map((task) => task.taskId)).size).toBe(25);
  });

  test.each([
    [{ create: { limit: 0, intervalMs: 1000 } }, /rateLimit\.create is/],
    [{ creates: false }, /unknown key "creates"/],
    [true, /rateLimit is true/],
  ])("a rate limit that would be ignored is refused: %j", (rateLimit, message) => {
    expect(() => createKieClient({ apiKey: "k", rateLimit: rateLimit as never })).toThrow(message);
    expect(() => createKieClient({ apiKey: "k", rateLimit: rateLimit as never })).toThrow(ConfigurationError);
  });

  test("the default limits are upstream's documented ones: 20 creates per 10 s, 10 reads per second", () => {
    // https://docs.kie.ai (rate limits); a higher default would collect 429s, a lower one waste the budget.
    expect(DEFAULT_CREATE_LIMIT).toEqual({ limit: 20, intervalMs: 10_000 });
    expect(DEFAULT_READ_LIMIT).toEqual({ limit: 10, intervalMs: 1000 });
  });
});
