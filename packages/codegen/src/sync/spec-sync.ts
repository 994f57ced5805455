import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { readCatalog } from "../catalog.js";
import { buildModels, writeOutputs } from "../import/run-import.js";
import { fencedDocument, fromPage, type UpstreamDocument } from "../import/source.js";
import { isObject, stableJson } from "../openapi.js";
import { writeSpecChangeset } from "../release-plan.js";
import { confinedPath } from "../safety/confine.js";
import { commitStaging, discardStaging, openStaging, recoverStaging } from "../safety/staging.js";
import { diffCatalogs, type SpecChange } from "../spec-diff.js";
import { BUDGET_BYTES, type Fetcher, fetchText, MAX_PAGE_BYTES, pagesOf, pool, type SkippedLink } from "./fetch-pages.js";

export interface SyncOptions {
  /** The docs root: a URL (`https://docs.kie.ai`) or a folder laid out the same way (`llms.txt` + pages). */
  source: string;
  /** The repository root (specs/, .changeset/). */
  repoRoot: string;
  /** Write the specs and a changeset; without it, nothing changes. */
  write?: boolean;
  /** Pages fetched at once. @default 6 */
  concurrency?: number;
  /** Further attempts per page after a failure. @default 2 */
  retries?: number;
  /** Per-attempt timeout, ms. @default 20000 */
  timeoutMs?: number;
  /** The date a newly deprecated model is marked with (for tests). @default today */
  today?: Date;
  /** Where fetched pages are kept with their ETag / Last-Modified, so a re-run fetches little. @default <repoRoot>/.cache/spec-sync */
  cacheDir?: string;
  /** Bytes one page may have. @default 5 MiB */
  maxPageBytes?: number;
  /** Bytes the whole sync may read. @default 256 MiB */
  budgetBytes?: number;
  /** Called once everything is staged, right before the swap (for tests that kill the sync there). */
  beforeCommit?: () => void;
}

export interface SyncReport {
  /** Pages the index lists (after skipping other origins and translations). */
  pages: number;
  /** Pages the site answered "not modified" (served from the cache). */
  notModified: number;
  added: string[];
  /** Models the site no longer has: kept, marked deprecated (a removal waits for a breaking release). */
  removed: string[];
  /** Ids that now name another docs page (another model): a breaking change to that id. */
  reused: string[];
  changes: SpecChange[];
  /** Why the sync stopped without changing anything: unreadable index or pages, refused schemas. */
  failures: string[];
  /** Index links not read because they leave the source (another origin, outside the folder). */
  skipped: SkippedLink[];
  /** What an interrupted earlier run left, and what was done with it. */
  recovered?: string[];
  /** Spec files written (with `write`). */
  written: string[];
  changeset?: string;
}

const CREATE = "/api/v1/jobs/createTask";

/**
 * Reads the docs site's index, fetches every page, imports the createTask models with the overlays, and
 * reports what changed against the committed specs. The site is untrusted: pages are read only inside
 * the source (same origin, or under the folder), size-capped and timed out; ids are checked against one
 * grammar; every path stays under specs/. All or nothing: the new specs and the changeset are built in a
 * staging folder and swapped in in one step, only when everything succeeded.
 */
export async function syncSpecs(options: SyncOptions): Promise<SyncReport> {
  const root = /^https?:\/\//i.test(options.source)
    ? new URL(options.source.replace(/\/?$/, "/"))
    : pathToFileURL(`${options.source.replace(/\/?$/, "")}/`);
  const limits: Fetcher = {
    retries: options.retries ?? 2,
    timeoutMs: options.timeoutMs ?? 20_000,
    cacheDir: options.cacheDir ?? join(options.repoRoot, ".cache/spec-sync"),
    root,
    maxPageBytes: options.maxPageBytes ?? MAX_PAGE_BYTES,
    budgetBytes: options.budgetBytes ?? BUDGET_BYTES,
    readBytes: 0,
    notModified: 0,
  };
  const specsDir = join(options.repoRoot, "specs");
  const report: SyncReport = {
    pages: 0,
    notModified: 0,
    added: [],
    removed: [],
    reused: [],
    changes: [],
    failures: [],
    skipped: [],
    written: [],
  };
  report.recovered = recoverStaging(specsDir);
  const indexUrl = new URL("llms.txt", root);
  let pages: string[];
  try {
    const index = pagesOf(await fetchText(indexUrl.href, limits), indexUrl, root);
    pages = index.pages;
    report.skipped = index.skipped;
  } catch (error) {
    report.failures.push(`the index could not be read: ${(error as Error).message}`);
    return report;
  }
  report.pages = pages.length;
  const documents: UpstreamDocument[] = [];
  await pool(pages, options.concurrency ?? 6, async (url) => {
    try {
      // Prose pages (guides, common endpoints) hold no OpenAPI fence; a fence that does not parse is a failure.
      const document = fencedDocument(await fetchText(url, limits));
      const paths = document && isObject(document.paths) ? document.paths : {};
      if (!document || !isObject(paths[CREATE])) return; // not a createTask model (common pages, other APIs)
      documents.push(fromPage(url, document));
    } catch (error) {
      report.failures.push(`${url}: ${(error as Error).message.replace(`${url}: `, "")}`);
    }
  });
  report.notModified = limits.notModified;
  if (report.failures.length) return report;
  if (!documents.length) {
    report.failures.push(
      `the site has no model page: none of the ${pages.length} pages its index links holds a createTask model (a broken or wrong site); nothing was changed`,
    );
    return report;
  }
  documents.sort((a, b) => a.origin.localeCompare(b.origin));

  // Import into a staging copy of specs/ (overlays and common included), then compare.
  const staging = openStaging(specsDir);
  try {
    const stagedMarket = join(staging.specs, "market");
    rmSync(stagedMarket, { recursive: true, force: true });
    mkdirSync(stagedMarket, { recursive: true });
    const result = buildModels(documents, staging.specs);
    if (result.refusals.length) {
      report.failures.push(...result.refusals.map((refusal) => refusal.message));
      return report;
    }
    writeOutputs(staging.specs, result.outputs);
    const before = readCatalog(specsDir);
    const imported = new Set(result.models.map((model) => model.id));
    const gone = before.models.filter((model) => !imported.has(model.id));
    report.removed = gone.map((model) => model.id);
    // A model gone from the site (alone or with its whole vendor) is kept, marked deprecated; it is
    // removed only in a later breaking release.
    for (const model of gone) {
      const document = structuredClone(model.document);
      document.info["x-kie-deprecated"] ??= {
        since: (options.today ?? new Date()).toISOString().slice(0, 10),
        why: "gone from upstream's docs index",
      };
      writeOutputs(staging.specs, [{ file: model.file, text: stableJson(document) }]);
    }
    const after = readCatalog(staging.specs);
    const known = new Set(before.models.map((model) => model.id));
    report.added = after.models.filter((model) => !known.has(model.id)).map((model) => model.id);
    report.changes = diffCatalogs(before, after);
    // Upstream marks no renames: an id whose docs page changed now names another model.
    for (const model of after.models) {
      const previous = before.models.find((entry) => entry.id === model.id);
      if (!previous || previous.docs === model.docs) continue;
      report.reused.push(model.id);
      report.changes.push({
        scope: model.id,
        level: "major",
        where: "model",
        description: `the id now names another docs page (${previous.docs} → ${model.docs}): code written for the old model may now create a different one`,
      });
    }
    for (const model of after.models) {
      const target = confinedPath(specsDir, model.file, "spec file");
      const text = readFileSync(confinedPath(staging.specs, model.file, "spec file"), "utf8");
      if (!(existsSync(target) && readFileSync(target, "utf8") === text)) report.written.push(`specs/${model.file}`);
    }
    if (!options.write || !report.written.length) {
      if (!options.write) report.written = [];
      return report;
    }
    report.changeset = await writeSpecChangeset(options.repoRoot, report.changes, staging.dir);
    options.beforeCommit?.();
    commitStaging(specsDir, staging);
    return report;
  } finally {
    discardStaging(staging);
  }
}

/** The sync report a reviewer reads. */
export function syncSummary(report: SyncReport): string {
  if (report.failures.length) return `Sync failed; no spec was changed:\n${report.failures.map((failure) => `  ${failure}`).join("\n")}`;
  const lines = [`${report.pages} pages read (${report.notModified} unchanged since the last fetch).`];
  for (const line of report.recovered ?? []) lines.push(`Before this run: ${line}.`);
  if (report.skipped.length)
    lines.push(`Links not followed (they leave the source): ${report.skipped.map((entry) => `${entry.link} (${entry.why})`).join(", ")}`);
  if (report.added.length) lines.push(`New models: ${report.added.join(", ")}`);
  if (report.removed.length)
    lines.push(`Gone from the site (kept, marked deprecated; removed in a later breaking release): ${report.removed.join(", ")}`);
  if (report.reused.length) lines.push(`BREAKING: ids that now name another model: ${report.reused.join(", ")}`);
  const changed = [...new Set(report.changes.map((change) => change.scope))].filter((model) => !report.added.includes(model));
  for (const model of changed) {
    const changes = report.changes.filter((change) => change.scope === model);
    lines.push(`${model}:`, ...changes.map((change) => `  ${change.level}  ${change.where}: ${change.description}`));
  }
  if (lines.length === 1) lines.push("No model changed.");
  if (report.written.length)
    lines.push(`Wrote ${report.written.length} spec files${report.changeset ? ` and .changeset/${report.changeset}.md` : ""}.`);
  return lines.join("\n");
}
