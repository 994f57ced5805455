import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { expect, test } from "vitest";
import type { KieValidator } from "../src/index.js";

// Requests the live API accepted: where the docs and reality differ, reality wins (the overlays say why).
const fixture = JSON.parse(readFileSync(resolve(import.meta.dirname, "fixtures/recorded-requests.json"), "utf8")) as {
  requests: { model: string; input: Record<string, unknown>; recorded: string }[];
};

test.each(fixture.requests.map((request, index) => [`#${index} ${request.model} (${request.recorded})`, request] as const))(
  "the live API accepted %s: so do the validators (unknown fields aside)",
  async (_name, request) => {
    const path = resolve(import.meta.dirname, `../src/generated/market/${request.model}.gen.ts`);
    const { validator } = (await import(pathToFileURL(path).href)) as { validator: KieValidator<unknown> };
    const result = validator.validate({ model: request.model, input: request.input }, { unknownFields: "allow" });
    expect(result.ok ? [] : result.issues.map((issue) => issue.message)).toEqual([]);
  },
);

test("the fixture covers many models", () => {
  expect(new Set(fixture.requests.map((request) => request.model)).size).toBeGreaterThanOrEqual(20);
});
