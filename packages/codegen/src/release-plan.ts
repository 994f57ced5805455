import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { SpecChange } from "./spec-diff.js";
import { higher, LEVELS, type Level, overallLevel } from "./spec-diff.js";

// The changesets helpers are CommonJS default exports.
const require = createRequire(import.meta.url);
const writeChangeset: typeof import("@changesets/write").default = require("@changesets/write").default;
const readChangesets: typeof import("@changesets/read").default = require("@changesets/read").default;

/** The packages a spec change reaches: all are generated from, or serve, the specs. */
export const SPEC_PACKAGES: Record<string, string> = {
  "@kie-market/specs": "specs",
  "@kie-market/schemas": "packages/schemas",
  "@kie-market/client": "packages/client",
  "@kie-market/mock": "apps/mock",
};

/**
 * The bump a change level needs for a package at `version`. While a package is 0.x, a breaking change
 * bumps the minor (0.1.0 → 0.2.0: `^0.1.0` does not take it) and an additive one the patch
 * (`^0.1.0` takes it). From 1.0 on, levels map one to one.
 */
export function bumpFor(level: Level, version: string): Level {
  if (!version.startsWith("0.")) return level;
  return level === "major" ? "minor" : "patch";
}

const versionOf = (repoRoot: string, folder: string) =>
  JSON.parse(readFileSync(join(repoRoot, folder, "package.json"), "utf8")).version as string;

/** The bump each package needs for these spec changes (empty when nothing changed). */
export function requiredBumps(repoRoot: string, changes: SpecChange[]): Record<string, Level> {
  const level = overallLevel(changes);
  if (!level) return {};
  return Object.fromEntries(Object.entries(SPEC_PACKAGES).map(([name, folder]) => [name, bumpFor(level, versionOf(repoRoot, folder))]));
}

/** One sentence for users, then the changes. */
export function changesetSummary(changes: SpecChange[]): string {
  const models = [...new Set(changes.map((change) => change.scope).filter((scope) => scope !== "common"))];
  const head = `Spec update (${overallLevel(changes)} change) for ${models.length ? models.join(", ") : "the common endpoints"}${models.length && changes.some((change) => change.scope === "common") ? " and the common endpoints" : ""}.`;
  const lines = changes
    .filter((change) => change.level !== "patch" || changes.length <= 20)
    .slice(0, 40)
    .map((change) => `- ${change.scope}: ${change.description} (${change.level})`);
  return [head, "", ...lines].join("\n");
}

/**
 * Writes a changeset for the spec changes; returns its id. The bumps follow `repoRoot`'s versions; the
 * file goes to `<into>/.changeset` (a staging folder, moved in with the specs in one step).
 */
export async function writeSpecChangeset(repoRoot: string, changes: SpecChange[], into = repoRoot): Promise<string | undefined> {
  const bumps = requiredBumps(repoRoot, changes);
  if (!Object.keys(bumps).length) return undefined;
  return writeChangeset(
    { summary: changesetSummary(changes), releases: Object.entries(bumps).map(([name, type]) => ({ name, type })) },
    into,
  );
}

/** Problems with the pending changesets: a package whose spec-driven bump is not covered. */
export async function checkChangesets(repoRoot: string, changes: SpecChange[]): Promise<string[]> {
  const required = requiredBumps(repoRoot, changes);
  const pending = await readChangesets(repoRoot);
  const covered: Record<string, Level | undefined> = {};
  for (const changeset of pending) {
    for (const release of changeset.releases) {
      if (release.type === "none") continue;
      covered[release.name] = higher(covered[release.name], release.type as Level);
    }
  }
  return Object.entries(required)
    .filter(([name, level]) => LEVELS.indexOf(covered[name] ?? ("none" as Level)) < LEVELS.indexOf(level))
    .map(([name, level]) => `${name} needs a ${level} changeset (has ${covered[name] ?? "none"})`);
}
