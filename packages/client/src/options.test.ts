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

  test("the default limits are upstream's documented ones: 20 creates per 10 s, 10 reads per second", () => {
    // https://docs.kie.ai (rate limits); a higher default would collect 429s, a lower one waste the budget.
    expect(DEFAULT_CREATE_LIMIT).toEqual({ limit: 20, intervalMs: 10_000 });
    expect(DEFAULT_READ_LIMIT).toEqual({ limit: 10, intervalMs: 1000 });
  });
});
