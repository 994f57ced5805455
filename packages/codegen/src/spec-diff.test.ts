import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, test } from "vitest";
import { readCatalog, type SpecCatalog } from "./catalog.js";
import { diffCatalogs, type Level, overallLevel } from "./spec-diff.js";

// A small catalogue: the fixture model and the common specs.
const root = resolve(import.meta.dirname, "../../..");
const specsDir = mkdtempSync(join(tmpdir(), "kie-diff-"));
cpSync(join(root, "specs/common"), join(specsDir, "common"), { recursive: true });
cpSync(join(import.meta.dirname, "../test/fixtures/acme/v1-text-to-video.json"), join(specsDir, "market/acme/v1-text-to-video.json"), {
  recursive: true,
});
const base = readCatalog(specsDir);

// biome-ignore lint/suspicious/noExplicitAny: tests edit spec documents freely
type Doc = Record<string, any>;
const input = (catalog: SpecCatalog): Doc => (catalog.models[0].document as Doc).components.schemas.AcmeV1TextToVideoInput;
const common = (catalog: SpecCatalog, file: string): Doc => catalog.common.find((spec) => spec.file === `common/${file}`)?.document as Doc;

function changed(edit: (catalog: SpecCatalog) => void): SpecCatalog {
  const copy = structuredClone(base);
  edit(copy);
  return copy;
}

const rules: [string, { given: (catalog: SpecCatalog) => void; want: Level }][] = [
  ["model removed", { given: (c) => void c.models.pop(), want: "major" }],
  ["model added", { given: (c) => void c.models.push({ ...structuredClone(c.models[0]), id: "acme/v2-text-to-video" }), want: "minor" }],
  [
    "model marked deprecated (gone from upstream's docs, kept)",
    {
      given: (c) => {
        (c.models[0].document as Doc).info["x-kie-deprecated"] = { since: "2026-12-01", why: "gone from upstream's docs index" };
      },
      want: "patch",
    },
  ],
  ["input field removed", { given: (c) => delete input(c).properties.style, want: "major" }],
  [
    "optional field added",
    {
      given: (c) => {
        input(c).properties.seed = { type: "integer" };
      },
      want: "minor",
    },
  ],
  ["field became required", { given: (c) => void input(c).required.push("fps"), want: "major" }],
  [
    "field no longer required",
    {
      given: (c) => {
        input(c).required = [];
      },
      want: "minor",
    },
  ],
  [
    "enum value removed",
    {
      given: (c) => {
        input(c).properties.style.enum = ["film"];
      },
      want: "major",
    },
  ],
  ["enum value added", { given: (c) => void input(c).properties.style.enum.push("anime"), want: "minor" }],
  [
    "maxLength lowered",
    {
      given: (c) => {
        input(c).properties.prompt.maxLength = 50;
      },
      want: "major",
    },
  ],
  [
    "maxLength raised",
    {
      given: (c) => {
        input(c).properties.prompt.maxLength = 500;
      },
      want: "minor",
    },
  ],
  [
    "maximum lowered",
    {
      given: (c) => {
        input(c).properties.fps.maximum = 30;
      },
      want: "major",
    },
  ],
  [
    "maximum raised",
    {
      given: (c) => {
        input(c).properties.fps.maximum = 120;
      },
      want: "minor",
    },
  ],
  [
    "minimum raised",
    {
      given: (c) => {
        input(c).properties.fps.minimum = 24;
      },
      want: "major",
    },
  ],
  [
    "minimum lowered",
    {
      given: (c) => {
        input(c).properties.fps.minimum = 1;
      },
      want: "minor",
    },
  ],
  [
    "a limit added where there was none",
    {
      given: (c) => {
        input(c).properties.style.maxLength = 3;
      },
      want: "major",
    },
  ],
  [
    "type changed",
    {
      given: (c) => {
        input(c).properties.fps = { type: "string" };
      },
      want: "major",
    },
  ],
  [
    "cross-field rule added",
    {
      given: (c) => {
        input(c).not = { required: ["fps", "style"] };
      },
      want: "major",
    },
  ],
  [
    "default changed",
    {
      given: (c) => {
        input(c).properties.fps.default = 30;
      },
      want: "minor",
    },
  ],
  [
    "a response field the client reads removed",
    { given: (c) => delete common(c, "record-info.json").components.schemas.TaskRecord.properties.resultJson, want: "major" },
  ],
  [
    "a response field added",
    {
      given: (c) => {
        common(c, "record-info.json").components.schemas.TaskRecord.properties.queuePosition = { type: "integer" };
      },
      want: "minor",
    },
  ],
  [
    "a new task state (response enum value)",
    { given: (c) => void common(c, "record-info.json").components.schemas.TaskState.enum.push("cancelled"), want: "minor" },
  ],
  [
    "a callback body field removed",
    { given: (c) => delete common(c, "callbacks.json").components.schemas.TaskCallbackData.properties.resultJson, want: "major" },
  ],
  [
    "a response field may now be null",
    {
      given: (c) => {
        common(c, "record-info.json").components.schemas.TaskRecord.properties.createTime.nullable = true;
      },
      want: "major",
    },
  ],
  [
    "a description changed",
    {
      given: (c) => {
        input(c).properties.prompt.description = "What to film, in detail";
      },
      want: "patch",
    },
  ],
  [
    "an example changed",
    {
      given: (c) => {
        const body = (c.models[0].document.paths["/api/v1/jobs/createTask"] as Doc).post.requestBody;
        body.content["application/json"].examples.seed.value.input.prompt = "A blue kite";
      },
      want: "patch",
    },
  ],
  ["an endpoint removed", { given: (c) => delete common(c, "credits.json").paths["/api/v1/chat/credit"], want: "major" }],
];

describe("spec diff classification", () => {
  test.each(rules)("%s → %s", (_name, { given, want }) => {
    const changes = diffCatalogs(base, changed(given));
    expect(changes.length).toBeGreaterThan(0);
    expect(overallLevel(changes)).toBe(want);
  });

  test("no change, no entries", () => {
    expect(diffCatalogs(base, structuredClone(base))).toEqual([]);
  });

  test("changes are attributed to the model, described in client terms", () => {
    const changes = diffCatalogs(
      base,
      changed((c) => {
        input(c).properties.style.enum = ["film"];
      }),
    );
    expect(changes).toContainEqual({
      scope: "acme/v1-text-to-video",
      level: "major",
      where: "/api/v1/jobs/createTask input.style",
      description: '/api/v1/jobs/createTask input.style: value removed: "cartoon"',
    });
  });
});
