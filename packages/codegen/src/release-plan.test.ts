import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { bumpFor, checkChangesets, requiredBumps, SPEC_PACKAGES, writeSpecChangeset } from "./release-plan.js";
import type { SpecChange } from "./spec-diff.js";

describe("bumpFor: how change levels map to versions", () => {
  test.each([
    ["major", "0.3.1", "minor"],
    ["minor", "0.3.1", "patch"],
    ["patch", "0.3.1", "patch"],
    ["major", "1.2.0", "major"],
    ["minor", "1.2.0", "minor"],
    ["patch", "1.2.0", "patch"],
  ] as const)("a %s change to %s bumps the %s", (level, version, want) => {
    expect(bumpFor(level, version)).toBe(want);
  });
});

function workspace(version = "0.1.0") {
  const root = mkdtempSync(join(tmpdir(), "kie-plan-"));
  mkdirSync(join(root, ".changeset"));
  writeFileSync(join(root, ".changeset/config.json"), "{}");
  for (const [name, folder] of Object.entries(SPEC_PACKAGES)) {
    mkdirSync(join(root, folder), { recursive: true });
    writeFileSync(join(root, folder, "package.json"), JSON.stringify({ name, version }));
  }
  return root;
}

const breaking: SpecChange[] = [{ scope: "acme/v1", level: "major", where: "input.style", description: "input.style: value removed" }];

describe("changesets for spec changes", () => {
  test("every package built from the specs gets the computed bump", () => {
    expect(requiredBumps(workspace("1.0.0"), breaking)).toEqual({
      "@kie-market/specs": "major",
      "@kie-market/schemas": "major",
      "@kie-market/client": "major",
      "@kie-market/mock": "major",
    });
  });

  test("the check fails without a changeset, and passes once one is written", async () => {
    const root = workspace();
    expect(await checkChangesets(root, breaking)).toContain("@kie-market/specs needs a minor changeset (has none)");
    await writeSpecChangeset(root, breaking);
    expect(await checkChangesets(root, breaking)).toEqual([]);
  });

  test("a hand-written changeset of a lower level does not cover the change", async () => {
    const root = workspace();
    writeFileSync(join(root, ".changeset/typo.md"), '---\n"@kie-market/specs": patch\n---\n\nFix a typo.\n');
    expect(await checkChangesets(root, breaking)).toContain("@kie-market/specs needs a minor changeset (has patch)");
  });

  test("no spec change needs no changeset", async () => {
    expect(await checkChangesets(workspace(), [])).toEqual([]);
  });
});
