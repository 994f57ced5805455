import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { readCatalog } from "../catalog.js";
import { importDocuments } from "../import/run-import.js";
import { fencedDocument, fromPage, type UpstreamDocument } from "../import/source.js";
import { isObject, stableJson } from "../openapi.js";
import { writeSpecChangeset } from "../release-plan.js";
import { diffCatalogs, type SpecChange } from "../spec-diff.js";
import { type Fetcher, fetchText, pagesOf, pool } from "./fetch-pages.js";

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
  /** Spec files written (with `write`). */
  written: string[];
  changeset?: string;
}

const CREATE = "/api/v1/jobs/createTask";

/**
 * Reads the docs site's index, fetches every page, imports the createTask models with the overlays, and
 * reports what changed against the committed specs. All or nothing: any failure changes no file.
 */
export async function syncSpecs(options: SyncOptions): Promise<SyncReport> {
  const limits: Fetcher = {
    retries: options.retries ?? 2,
    timeoutMs: options.timeoutMs ?? 20_000,
    cacheDir: options.cacheDir ?? join(options.repoRoot, ".cache/spec-sync"),
    notModified: 0,
  };
  const root = /^https?:\/\//i.test(options.source)
    ? new URL(options.source.replace(/\/?$/, "/"))
    : pathToFileURL(`${options.source.replace(/\/?$/, "")}/`);
  const indexUrl = new URL("llms.txt", root);
  const report: SyncReport = { pages: 0, notModified: 0, added: [], removed: [], reused: [], changes: [], failures: [], written: [] };
  let pages: string[];
  try {
    pages = pagesOf(await fetchText(indexUrl.href, limits), indexUrl);
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
      report.failures.push(`${url}: ${(error as Error).message}`);
    }
  });
  report.notModified = limits.notModified;
  if (report.failures.length) return report;
  documents.sort((a, b) => a.origin.localeCompare(b.origin));

  // Import into a scratch copy of specs/ (overlays and common included), then compare.
  const specsDir = join(options.repoRoot, "specs");
  const scratch = mkdtempSync(join(tmpdir(), "kie-sync-"));
  try {
    const scratchSpecs = join(scratch, "specs");
    cpSync(specsDir, scratchSpecs, {
      recursive: true,
      filter: (path) => !path.includes(`${join("specs", "dist")}`) && !path.includes("node_modules"),
    });
    rmSync(join(scratchSpecs, "market"), { recursive: true, force: true });
    const result = await importDocuments(documents, { specsDir: scratchSpecs });
    if (result.refusals.length) {
      report.failures.push(...result.refusals.map((refusal) => refusal.message));
      return report;
    }
    const before = readCatalog(specsDir);
    const imported = new Set(result.models.map((model) => model.id));
    report.removed = before.models.filter((model) => !imported.has(model.id)).map((model) => model.id);
    // A model gone from the site is kept, marked deprecated; it is removed only in a later breaking release.
    for (const model of before.models.filter((entry) => report.removed.includes(entry.id))) {
      const document = structuredClone(model.document);
      document.info["x-kie-deprecated"] ??= {
        since: (options.today ?? new Date()).toISOString().slice(0, 10),
        why: "gone from upstream's docs index",
      };
      writeFileSync(join(scratchSpecs, model.file), stableJson(document));
    }
    const after = readCatalog(scratchSpecs);
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
    if (!options.write) return report;
    for (const model of after.models) {
      const target = join(specsDir, model.file);
      const text = readFileSync(join(scratchSpecs, model.file), "utf8");
      if (existsSync(target) && readFileSync(target, "utf8") === text) continue;
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, text);
      report.written.push(`specs/${model.file}`);
    }
    if (report.written.length) report.changeset = await writeSpecChangeset(options.repoRoot, report.changes);
    return report;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** The sync report a reviewer reads. */
export function syncSummary(report: SyncReport): string {
  if (report.failures.length) return `Sync failed; no spec was changed:\n${report.failures.map((failure) => `  ${failure}`).join("\n")}`;
  const lines = [`${report.pages} pages read (${report.notModified} unchanged since the last fetch).`];
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
