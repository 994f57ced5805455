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
