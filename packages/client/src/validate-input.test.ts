import { describe, expect, test } from "vitest";
import type { ClientContext } from "./context.js";
import { modelEntry, warnIfDeprecated } from "./validate-input.js";

describe("a model gone from upstream's docs", () => {
  test("is warned about once per process, through the client's logger, naming the model and since when", () => {
    const lines: string[] = [];
    const context = { logger: { warn: (line: string) => void lines.push(line) } } as unknown as ClientContext;
    const old = { load: async () => ({}) as never, deprecated: "since 2026-12-01: gone from upstream's docs index" };
    warnIfDeprecated(context, old, "acme/old");
    warnIfDeprecated(context, old, "acme/old");
    warnIfDeprecated(context, { load: old.load }, "acme/current");
    warnIfDeprecated(context, undefined, "acme/unknown");
    expect(lines).toEqual([
      "kie-market: model acme/old is deprecated (since 2026-12-01: gone from upstream's docs index); it will be removed in a later breaking release of the client.",
    ]);
  });
});

describe("the registry", () => {
  test("finds a catalogue model in its family, with its defaults and output kind", async () => {
    expect(await modelEntry("kling/v2-1-pro")).toMatchObject({ defaults: { duration: "5" } });
    expect(await modelEntry("ai-music-api/generate-lyrics")).toMatchObject({ objectOutput: true });
    const validator = await (await modelEntry("kling/v2-1-pro"))?.load();
    expect(validator?.is({ model: "kling/v2-1-pro", input: {} })).toBe(false);
  });

  test.each(["kling/nope", "nope/v1", "constructor", "__proto__", "kling/constructor", "toString/x", "", 42, undefined])(
    "has no entry for %j (own keys only)",
    async (model) => {
      expect(await modelEntry(model)).toBeUndefined();
    },
  );
});

describe("an unknown model id", () => {
  test("is refused with the nearest few ids and where the catalogue is, not the whole catalogue", async () => {
    const { createKieClient } = await import("./client.js");
    const kie = createKieClient({ apiKey: "k", baseUrl: "http://127.0.0.1:9" });
    const error = await kie.tasks.create({ model: "kling/v2-5-turbo-image-to-video-pr", input: {} } as never).catch((caught) => caught);
    expect(error.name).toBe("InputValidationError");
    expect(error.message).toContain('did you mean "kling/v2-5-turbo-image-to-video-pro"');
    expect(error.message).toContain("docs/models.md");
    expect(error.message.length).toBeLessThan(1024);
  });
});
