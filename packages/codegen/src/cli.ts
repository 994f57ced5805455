#!/usr/bin/env -S node --import tsx
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { readCatalog } from "./catalog.js";
import { generate } from "./generate.js";
import { runImport } from "./import/run-import.js";
import { pricingSyncSummary, syncPricing } from "./pricing/sync.js";
import { checkChangesets, requiredBumps, writeSpecChangeset } from "./release-plan.js";
import { catalogAtRef, defaultBase, diffCatalogs, report } from "./spec-diff.js";
import { syncSpecs, syncSummary } from "./sync/spec-sync.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const [command, ...args] = process.argv.slice(2);
const flag = (name: string) => {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
};
/** A source as given: a URL as it is, a path relative to where the user ran the root script (which passes it on). */
const sourceOf = (given: string) =>
  /^https?:/i.test(given) ? given : resolve(process.env.KIE_IMPORT_CWD || process.env.INIT_CWD || root, given);

async function main() {
  if (command === "generate") {
    const check = args.includes("--check");
    const specsVersion = JSON.parse(readFileSync(join(root, "specs/package.json"), "utf8")).version as string;
    const result = await generate({
      specsDir: resolve(flag("--specs") ?? join(root, "specs")),
      outDir: resolve(flag("--out") ?? root),
      check,
      version: specsVersion,
    });
    if (check && result.changed.length) {
      console.error(
        `Generated files are out of date:\n${result.changed.map((file) => `  ${file}`).join("\n")}\nFix: pnpm generate, then commit the result.`,
      );
      process.exit(1);
    }
    console.log(
      `${result.catalog.models.length} models; ${result.written.length} generated files, ${result.changed.length} ${check ? "out of date" : "updated"}`,
    );
    return;
  }
  if (command === "spec:diff") {
    const base = args.find((arg) => !arg.startsWith("--")) ?? defaultBase(root);
    const changes = diffCatalogs(catalogAtRef(root, base), readCatalog(join(root, "specs")));
    console.log(report(changes, base));
    const bumps = requiredBumps(root, changes);
    if (Object.keys(bumps).length)
      console.log(
        `\nRequired bumps: ${Object.entries(bumps)
          .map(([name, level]) => `${name} ${level}`)
          .join(", ")}`,
      );
    if (args.includes("--write")) {
      const id = await writeSpecChangeset(root, changes);
      console.log(id ? `Wrote .changeset/${id}.md` : "Nothing to write.");
    }
    if (args.includes("--check")) {
      const problems = await checkChangesets(root, changes);
      if (problems.length) {
        console.error(
          `\nThe specs changed but the changesets do not cover it:\n${problems.map((problem) => `  ${problem}`).join("\n")}\nFix: pnpm spec:diff ${base} --write (or add a changeset of at least that level).`,
        );
        process.exit(1);
      }
      console.log("Changesets cover the spec changes.");
    }
    return;
  }
  if (command === "spec:import") {
    const sources = args.filter((arg) => !arg.startsWith("--")).map(sourceOf);
    if (!sources.length) {
      console.error("usage: pnpm spec:import <file|folder|url>... [--check]");
      process.exit(2);
    }
    const check = args.includes("--check");
    const result = await runImport(sources, { specsDir: join(root, "specs"), check });
    for (const model of result.models)
      for (const correction of model.corrections) console.log(`${model.id}: ${correction.what} (${correction.why}; ${correction.source})`);
    if (result.refusals.length) {
      console.error(`\nRefused (nothing was written):\n${result.refusals.map((refusal) => `  ${refusal.message}`).join("\n")}`);
      process.exit(1);
    }
    console.log(`\n${result.models.length} models imported; ${result.changed.length} spec files ${check ? "would change" : "written"}`);
    if (check && result.changed.length) {
      console.error(
        `Out of date:\n${result.changed.map((file) => `  specs/${file}`).join("\n")}\nFix: pnpm spec:import <the same sources>, then pnpm generate.`,
      );
      process.exit(1);
    }
    return;
  }
  if (command === "spec:sync") {
    const source = sourceOf(flag("--source") ?? "https://docs.kie.ai");
    const report = await syncSpecs({ source, repoRoot: root, write: args.includes("--write") });
    console.log(syncSummary(report));
    if (report.failures.length) process.exit(1);
    return;
  }
  if (command === "pricing:sync") {
    const source = sourceOf(flag("--source") ?? "https://api.kie.ai");
    const report = await syncPricing({ source, repoRoot: root, write: args.includes("--write") });
    console.log(pricingSyncSummary(report));
    if (report.failures.length) process.exit(1);
    // --check: CI's copy of the feed must give the committed snapshot.
    if (args.includes("--check") && report.changes.length) {
      console.error(
        "The committed snapshot differs from this feed. Fix: pnpm pricing:sync --source <the same> --write, then pnpm generate.",
      );
      process.exit(1);
    }
    return;
  }
  console.error(
    "usage: kie-market-codegen generate [--specs DIR] [--out DIR] [--check] | spec:diff [BASE] [--write] [--check] | spec:import <file|folder|url>... [--check] | spec:sync [--source URL|DIR] [--write] | pricing:sync [--source URL|DIR] [--write] [--check]",
  );
  process.exit(2);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (process.env.DEBUG ? error.stack : error.message) : error);
  process.exit(1);
});
