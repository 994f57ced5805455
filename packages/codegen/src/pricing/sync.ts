import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { readCatalog } from "../catalog.js";
import { isInside } from "../safety/confine.js";
import {
  buildSnapshot,
  diffSnapshots,
  type FeedRecord,
  type PriceChange,
  type PriceSnapshot,
  type PricingOverlay,
  recordProblem,
} from "./snapshot.js";

const require = createRequire(import.meta.url);
const writeChangeset: typeof import("@changesets/write").default = require("@changesets/write").default;

/** Where the feed lives on the API host. */
export const FEED_PATH = "/client/v1/model-pricing/page";
export const SNAPSHOT_FILE = "specs/pricing/kie-pricing.json";
export const OVERLAY_FILE = "specs/pricing/overlay.json";
/** The packages that ship the prices: the snapshot (specs) and the estimate's table (schemas). */
export const PRICING_PACKAGES = ["@kie-market/specs", "@kie-market/schemas"];

export interface PricingSyncOptions {
  /** The API host (`https://api.kie.ai`; the feed's path is added), the feed's URL, or a folder of captured pages. */
  source: string;
  repoRoot: string;
  /** Write the snapshot and a changeset when prices changed. */
  write?: boolean;
  /** Records per page asked for (the feed allows at most 100). @default 100 */
  pageSize?: number;
  /** Pages read at most: a feed that never ends is a failure. @default 50 */
  maxPages?: number;
  /** Further attempts per page after a network failure, a 5xx or a 429. @default 2 */
  retries?: number;
  /** Per attempt, body included. @default 20000 */
  timeoutMs?: number;
  /** Bytes one page may have. @default 2 MiB (a page of 100 records is ~40 kB) */
  maxPageBytes?: number;
  /** The capture date for a feed read now (tests). @default today (UTC) */
  today?: Date;
}

export interface PricingSyncReport {
  pages: number;
  records: number;
  snapshot?: PriceSnapshot;
  changes: PriceChange[];
  /** Rows mapped to no id, and why (rows of skipped interface types are only counted, in the snapshot). */
  unmapped: PriceSnapshot["unmapped"];
  failures: string[];
  written: string[];
  changeset?: string;
}

interface FeedPage {
  records: unknown[];
  pages?: number;
  total?: number;
}

/** A feed answer's records, or why it is not one. Upstream answers errors as HTTP 200 with another `code`. */
function feedPage(body: unknown, where: string): FeedPage {
  if (typeof body !== "object" || body === null) throw new Error(`${where}: not a JSON object`);
  const value = body as { code?: unknown; msg?: unknown; data?: unknown };
  if (value.code !== 200)
    throw new Error(`${where}: the feed answered code ${JSON.stringify(value.code)}: ${String(value.msg ?? "").slice(0, 200)}`);
  const data = value.data as { records?: unknown; pages?: unknown; total?: unknown } | null;
  if (!data || !Array.isArray(data.records)) throw new Error(`${where}: no data.records list`);
  return {
    records: data.records,
    pages: typeof data.pages === "number" && Number.isInteger(data.pages) ? data.pages : undefined,
    total: typeof data.total === "number" ? data.total : undefined,
  };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One page of the feed: POST, no redirect followed outside the origin, body capped while it arrives, retried. */
async function fetchPage(
  url: URL,
  pageNum: number,
  options: Required<Pick<PricingSyncOptions, "pageSize" | "retries" | "timeoutMs" | "maxPageBytes">>,
) {
  const where = `${url.href} page ${pageNum}`;
  for (let attempt = 0; ; attempt++) {
    try {
      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/json" },
        body: JSON.stringify({ pageNum, pageSize: options.pageSize }),
        redirect: "manual",
        signal: AbortSignal.timeout(options.timeoutMs),
      });
      if (response.status >= 300 && response.status < 400) {
        await response.body?.cancel();
        throw Object.assign(
          new Error(
            `${where}: HTTP ${response.status} redirect to ${response.headers.get("location") ?? "nowhere"}; the feed is read only at its own URL`,
          ),
          { final: true },
        );
      }
      if (!response.ok) {
        await response.body?.cancel();
        const error = new Error(`${where}: HTTP ${response.status}`);
        if (response.status < 500 && response.status !== 429) Object.assign(error, { final: true });
        throw error;
      }
      const declared = Number(response.headers.get("content-length") ?? Number.NaN);
      if (declared > options.maxPageBytes) {
        await response.body?.cancel();
        throw Object.assign(new Error(`${where}: larger than ${options.maxPageBytes} bytes`), { final: true });
      }
      const chunks: Uint8Array[] = [];
      let bytes = 0;
      const reader = response.body?.getReader();
      for (;;) {
        const next = await reader?.read();
        if (!next || next.done) break;
        bytes += next.value.byteLength;
        if (bytes > options.maxPageBytes) {
          await reader?.cancel();
          throw Object.assign(new Error(`${where}: larger than ${options.maxPageBytes} bytes`), { final: true });
        }
        chunks.push(next.value);
      }
      let body: unknown;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString("utf8"));
      } catch {
        throw Object.assign(new Error(`${where}: not JSON`), { final: true });
      }
      return feedPage(body, where);
    } catch (error) {
      const final = (error as { final?: boolean }).final || (error as Error).message.includes("the feed answered");
      if (final || attempt >= options.retries)
        throw new Error((error as Error).message.startsWith(where) ? (error as Error).message : `${where}: ${(error as Error).message}`);
      await pause(200 * 2 ** attempt);
    }
  }
}

/** Every record of the feed at `url`, page by page, until a short page or the page count it states. */
async function readFeed(
  url: URL,
  options: Required<Pick<PricingSyncOptions, "pageSize" | "retries" | "timeoutMs" | "maxPageBytes" | "maxPages">>,
) {
  const records: unknown[] = [];
  let pages = 0;
  for (let pageNum = 1; ; pageNum++) {
    if (pageNum > options.maxPages) throw new Error(`${url.href}: more than ${options.maxPages} pages; a feed that never ends is refused`);
    const page = await fetchPage(url, pageNum, options);
    pages++;
    records.push(...page.records);
    // The page count the feed states decides (it may serve fewer records per page than asked); without one, a short page ends it.
    const last = page.pages !== undefined ? pageNum >= page.pages : page.records.length < options.pageSize;
    if (last || !page.records.length) {
      if (page.total !== undefined && page.total !== records.length)
        throw new Error(`${url.href}: the feed states ${page.total} records but its ${pages} page(s) held ${records.length}`);
      break;
    }
  }
  return { records, pages, capturedAt: undefined as string | undefined, source: undefined as string | undefined };
}

/** Records from a folder: feed answers (`{code, data: {records}}`) or a dump (`{checkedAt, rates}`), read in name order. */
function readFolder(folder: string, maxPageBytes: number) {
  const root = realpathSync(folder);
  const records: unknown[] = [];
  let pages = 0;
  let capturedAt: string | undefined;
  let source: string | undefined;
  const files = readdirSync(root)
    .filter((name) => name.endsWith(".json"))
    .sort();
  if (!files.length) throw new Error(`${folder}: no .json file (feed pages or a dump)`);
  for (const name of files) {
    const path = join(root, name);
    if (lstatSync(path).isSymbolicLink() && !isInside(root, realpathSync(path)))
      throw new Error(`${path}: a symlink out of the source folder`);
    if (statSync(path).size > maxPageBytes * 8) throw new Error(`${path}: larger than ${maxPageBytes * 8} bytes`);
    let body: unknown;
    try {
      body = JSON.parse(readFileSync(path, "utf8"));
    } catch {
      throw new Error(`${path}: not JSON`);
    }
    const dump = body as { rates?: unknown; records?: unknown; checkedAt?: unknown; source?: unknown };
    if (Array.isArray(dump.rates) || Array.isArray(dump.records)) {
      records.push(...((dump.rates ?? dump.records) as unknown[]));
      if (typeof dump.checkedAt === "string" && /^\d{4}-\d{2}-\d{2}$/.test(dump.checkedAt)) capturedAt = dump.checkedAt;
      if (typeof dump.source === "string") source = dump.source.replace(/[^\x20-\x7e]/g, "").slice(0, 200);
    } else records.push(...feedPage(body, path).records);
    pages++;
  }
  return { records, pages, capturedAt, source };
}

/** The feed's URL for a source given as the API host. */
export function feedUrl(source: string): URL {
  const url = new URL(source);
  if (url.pathname === "/" || url.pathname === "") url.pathname = FEED_PATH;
  return url;
}

const readJson = <T>(path: string): T | undefined => (existsSync(path) ? (JSON.parse(readFileSync(path, "utf8")) as T) : undefined);

/** The snapshot's text: stable, one row per line (a price change is a one-line diff), ending in a newline. */
export function snapshotText(snapshot: PriceSnapshot): string {
  const list = (rows: unknown[]) => (rows.length ? `[\n${rows.map((row) => `    ${JSON.stringify(row)}`).join(",\n")}\n  ]` : "[]");
  return [
    "{",
    `  "capturedAt": ${JSON.stringify(snapshot.capturedAt)},`,
    `  "source": ${JSON.stringify(snapshot.source)},`,
    `  "skipped": ${JSON.stringify(snapshot.skipped)},`,
    `  "rows": ${list(snapshot.rows)},`,
    `  "unmapped": ${list(snapshot.unmapped)}`,
    "}",
    "",
  ].join("\n");
}

/**
 * Reads the pricing feed (or a folder of captured pages), maps its rows to catalogue ids, and reports
 * what changed against the committed snapshot. The feed is untrusted: bounded pages, a size cap per page,
 * retries, no redirect followed, every record checked; any failure writes nothing. With `write`, a new
 * snapshot replaces the old one in one rename, with a patch changeset when a price changed.
 */
export async function syncPricing(options: PricingSyncOptions): Promise<PricingSyncReport> {
  const settings = {
    pageSize: options.pageSize ?? 100,
    maxPages: options.maxPages ?? 50,
    retries: options.retries ?? 2,
    timeoutMs: options.timeoutMs ?? 20_000,
    maxPageBytes: options.maxPageBytes ?? 2 * 2 ** 20,
  };
  const report: PricingSyncReport = { pages: 0, records: 0, changes: [], unmapped: [], failures: [], written: [] };
  const isUrl = /^https?:\/\//i.test(options.source);
  let read: { records: unknown[]; pages: number; capturedAt?: string; source?: string };
  try {
    read = isUrl ? await readFeed(feedUrl(options.source), settings) : readFolder(options.source, settings.maxPageBytes);
  } catch (error) {
    report.failures.push((error as Error).message);
    return report;
  }
  report.pages = read.pages;
  report.records = read.records.length;
  if (read.records.length > 20_000) {
    report.failures.push(`${read.records.length} records: more than 20000 is not a pricing page`);
    return report;
  }
  read.records.forEach((record, index) => {
    const problem = recordProblem(record);
    if (problem) report.failures.push(`record ${index + 1}: ${problem}`);
  });
  if (!read.records.length) report.failures.push("the feed has no records");
  if (report.failures.length) return report;
  const overlay = readJson<PricingOverlay>(join(options.repoRoot, OVERLAY_FILE)) ?? { labels: [] };
  const catalogue = new Set(readCatalog(join(options.repoRoot, "specs")).models.map((model) => model.id));
  const today = (options.today ?? new Date()).toISOString().slice(0, 10);
  const source = isUrl ? `POST ${feedUrl(options.source).href}` : `a capture of the feed${read.source ? ` (${read.source})` : ""}`;
  const committed = readJson<PriceSnapshot>(join(options.repoRoot, SNAPSHOT_FILE));
  const snapshot = buildSnapshot(read.records as FeedRecord[], overlay, catalogue, { capturedAt: read.capturedAt ?? today, source });
  report.snapshot = snapshot;
  report.unmapped = snapshot.unmapped;
  report.changes = diffSnapshots(committed, snapshot);
  // The same prices are the same snapshot: its date is when a change was seen, so that a weekly sync of
  // unchanged prices writes nothing.
  const same =
    committed !== undefined &&
    snapshotText({ ...committed, capturedAt: "", source: "" }) === snapshotText({ ...snapshot, capturedAt: "", source: "" });
  if (!options.write || same) return report;
  const file = join(options.repoRoot, SNAPSHOT_FILE);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(`${file}.tmp`, snapshotText(snapshot));
  if (report.changes.length) {
    report.changeset = await writeChangeset(
      { summary: pricingSummary(snapshot, report.changes), releases: PRICING_PACKAGES.map((name) => ({ name, type: "patch" as const })) },
      options.repoRoot,
    );
  }
  renameSync(`${file}.tmp`, file);
  report.written.push(SNAPSHOT_FILE);
  return report;
}

/** The changeset's text: one sentence, then the changes (at most 40). */
export function pricingSummary(snapshot: PriceSnapshot, changes: PriceChange[]): string {
  const lines = changes.slice(0, 40).map((change) => `- ${change.kind}: ${change.label || change.model}: ${change.description}`);
  const more = changes.length > 40 ? [`- and ${changes.length - 40} more`] : [];
  return [
    `Prices from upstream's pricing page as of ${snapshot.capturedAt} (${changes.length} change${changes.length === 1 ? "" : "s"}).`,
    "",
    ...lines,
    ...more,
  ].join("\n");
}

/** What a person reads after a sync. */
export function pricingSyncSummary(report: PricingSyncReport): string {
  if (report.failures.length)
    return `Pricing sync failed; nothing was written:\n${report.failures.map((failure) => `  ${failure}`).join("\n")}`;
  const mapped = report.snapshot?.rows.length ?? 0;
  const models = new Set(report.snapshot?.rows.flatMap((row) => row.models)).size;
  const skipped = Object.entries(report.snapshot?.skipped ?? {}).map(([type, count]) => `${count} ${type}`);
  const unmapped = report.unmapped;
  const lines = [
    `${report.records} records on ${report.pages} page(s): ${mapped} rows price ${models} models; ${skipped.length ? `skipped ${skipped.join(", ")} rows; ` : ""}${unmapped.length} rows mapped to no id.`,
    ...unmapped.slice(0, 30).map((row) => `  unmapped: ${row.label} (${row.credits} credits ${row.unit}): ${row.why}`),
    report.changes.length ? `${report.changes.length} change(s):` : "No price changed.",
    ...report.changes.slice(0, 60).map((change) => `  ${change.kind}: ${change.label || change.model}: ${change.description}`),
  ];
  if (report.written.length)
    lines.push(`Wrote ${report.written.join(", ")}${report.changeset ? ` and .changeset/${report.changeset}.md` : ""}.`);
  return lines.join("\n");
}
