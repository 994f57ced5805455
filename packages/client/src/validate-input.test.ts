import { describe, expect, test } from "vitest";
import type { ClientContext } from "./context.js";
import { type Registry, warnIfDeprecated } from "./validate-input.js";

describe("a model gone from upstream's docs", () => {
  test("is warned about once per process, through the client's logger, naming the model and since when", () => {
    const lines: string[] = [];
    const context = { logger: { warn: (line: string) => void lines.push(line) } } as unknown as ClientContext;
    const catalog = { deprecatedModels: { "acme/old": "since 2026-12-01: gone from upstream's docs index" } } as unknown as Registry;
    warnIfDeprecated(context, catalog, "acme/old");
    warnIfDeprecated(context, catalog, "acme/old");
    warnIfDeprecated(context, catalog, "acme/current");
    // What an object's prototype holds is not a model.
    for (const name of ["constructor", "toString", "__proto__"]) warnIfDeprecated(context, catalog, name);
    expect(lines).toEqual([
      "kie-market: model acme/old is deprecated (since 2026-12-01: gone from upstream's docs index); it will be removed in a later breaking release of the client.",
    ]);
  });
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
