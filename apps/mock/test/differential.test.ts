import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import type { KieValidator } from "@kie-market/schemas";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type MockServer, startMock } from "../src/mock-server.js";
import { modelSpecPath } from "../src/prism.js";
import { dereference, invalid, isSimple, type Schema, valid } from "./arbitraries.js";
import { seedRequests } from "./helpers.js";

// Our generated validators and the mock (Prism on the model's own spec) must agree on every input:
// both accept it, or both refuse it naming the same paths. Every model is checked on its example and
// on each of its fields given a wrong type; models whose inputs the arbitraries cover also get
// generated inputs, from a fixed budget spread over them (the test's time does not grow with the catalogue).
const BUDGET = 2400;
const require = createRequire(import.meta.url);
let mock: MockServer;
beforeAll(async () => {
  // Strict: a field the spec does not have is refused, as our validators refuse it (by default the mock ignores it, as live does).
  mock = await startMock({ rateLimit: false, credits: 1e12, taskDurationMs: 60_000, strict: true });
});
afterAll(() => mock.close());

const pathsOf = (list: readonly { path: readonly (string | number)[] }[]) => [...new Set(list.map((item) => item.path.join(".")))].sort();

async function askMock(body: unknown) {
  const response = await fetch(`${mock.url}/api/v1/jobs/createTask`, {
    method: "POST",
    headers: { authorization: "Bearer differential", "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  const envelope = (await response.json()) as { code: number };
  const violations = JSON.parse(response.headers.get("x-kie-mock-violations") ?? "[]") as { path: string[] }[];
  return { accepted: envelope.code === 200, paths: pathsOf(violations) };
}

const inputOf = (model: string) => {
  const document = JSON.parse(readFileSync(modelSpecPath(model), "utf8"));
  const request = dereference(
    document,
    document.paths["/api/v1/jobs/createTask"].post.requestBody.content["application/json"].schema as Schema,
  );
  return { document, request, input: dereference(document, request.properties?.input as Schema) };
};
const simpleModels = seedRequests.filter(([model]) => isSimple(inputOf(model).input)).length;
const RUNS = Math.max(10, Math.floor(BUDGET / 2 / Math.max(1, simpleModels)));

describe.each(seedRequests.map(([model, example]) => [model, example] as const))("%s", (model, example) => {
  const { request, input } = inputOf(model);
  const simple = isSimple(input);
  const callBackUrl = request.properties?.callBackUrl as Schema;
  const body = (inputArbitrary: fc.Arbitrary<unknown>) =>
    fc.record({ model: fc.constant(model), input: inputArbitrary, callBackUrl: valid(callBackUrl) }, { requiredKeys: ["model", "input"] });
  let validator: KieValidator<unknown>;

  beforeAll(async () => {
    const module = await import(pathToFileURL(require.resolve(`@kie-market/schemas/market/${model}`)).href);
    validator = module.validator;
  });

  test("its request example: both accept", async () => {
    expect(validator.validate(example).ok).toBe(true);
    expect(await askMock(example)).toEqual({ accepted: true, paths: [] });
  });

  test("each field with a wrong type: both refuse, naming that field", async () => {
    const fields = Object.entries(input.properties ?? {}).filter(([, schema]) => typeof schema.type === "string");
    for (const [name, schema] of fields) {
      const wrong = schema.type === "string" ? 42 : `not-a-${schema.type ?? "value"}`;
      const value = { ...example, input: { ...(example.input as object), [name]: wrong } };
      const ours = validator.validate(value);
      const theirs = await askMock(value);
      expect({ field: name, ours: ours.ok ? "accepted" : "refused" }).toEqual({ field: name, ours: "refused" });
      expect({ field: name, accepted: theirs.accepted }).toEqual({ field: name, accepted: false });
      // Inside a union input, each alternative fails in its own way: compare the verdict only.
      if (
        request.properties?.input &&
        (input as { anyOf?: unknown; oneOf?: unknown }).oneOf === undefined &&
        (input as { anyOf?: unknown }).anyOf === undefined
      )
        expect(pathsOf(ours.issues ?? [])).toEqual(theirs.paths);
    }
  });

  test.skipIf(!simple)(
    `${RUNS} valid inputs from the schema: both accept`,
    async () => {
      await fc.assert(
        fc.asyncProperty(body(valid(input)), async (value) => {
          const ours = validator.validate(value);
          const theirs = await askMock(value);
          expect({ ours: ours.ok ? [] : pathsOf(ours.issues), accepted: ours.ok }).toEqual({
            ours: theirs.paths,
            accepted: theirs.accepted,
          });
          expect(ours.ok).toBe(true);
        }),
        { seed: 20261121, numRuns: RUNS },
      );
    },
    60_000,
  );

  test.skipIf(!simple)(
    `${RUNS} broken inputs: both refuse, naming the same paths`,
    async () => {
      await fc.assert(
        fc.asyncProperty(body(invalid(input)), async (value) => {
          const ours = validator.validate(value);
          const theirs = await askMock(value);
          expect(ours.ok).toBe(false);
          expect(theirs.accepted).toBe(false);
          expect(pathsOf(ours.issues ?? [])).toEqual(theirs.paths);
        }),
        { seed: 20261121, numRuns: RUNS },
      );
    },
    60_000,
  );
});
