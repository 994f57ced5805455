import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, realpathSync, statSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { confinedPath, isInside } from "../safety/confine.js";

/** How pages are fetched, and what happened (pages answered 304). */
export interface Fetcher {
  retries: number;
  /** Per attempt, headers and body together. */
  timeoutMs: number;
  cacheDir: string;
  /** The source root (`https://docs.kie.ai/` or a `file:` folder): nothing outside it is read. */
  root: URL;
  /** Bytes one page may have; a longer one fails while it is read. */
  maxPageBytes: number;
  /** Bytes the whole sync may read; past it every further page fails. */
  budgetBytes: number;
  /** Bytes read so far. */
  readBytes: number;
  /** Pages answered 304 Not Modified from the cache. */
  notModified: number;
}

/** @default 5 MiB: a docs page is ~100 kB. */
export const MAX_PAGE_BYTES = 5 * 1024 * 1024;
/** @default 256 MiB for the whole site. */
export const BUDGET_BYTES = 256 * 1024 * 1024;
const MAX_REDIRECTS = 5;

const final = (message: string) => Object.assign(new Error(message), { final: true });

/** A cached page: its validators and text. */
const cacheFile = (fetcher: Fetcher, url: string) =>
  confinedPath(fetcher.cacheDir, `${createHash("sha256").update(url).digest("hex").slice(0, 32)}.json`, "cache file");

/** The source root as a folder path, for `file:` sources. */
const rootFolder = (fetcher: Fetcher) => realpathSync(fileURLToPath(fetcher.root));

/** Why `url` is outside the source (another origin, or outside its folder, also through a symlink); undefined when inside. */
export function outsideSource(url: URL, root: URL): string | undefined {
  if (url.protocol !== root.protocol || url.origin !== root.origin)
    return `another origin (${url.origin === "null" ? url.protocol : url.origin})`;
  if (url.protocol === "file:") {
    const folder = fileURLToPath(root);
    const path = fileURLToPath(url);
    if (!isInside(folder, path)) return "outside the source folder";
  }
  return undefined;
}

function count(fetcher: Fetcher, url: string, bytes: number) {
  if (bytes > fetcher.maxPageBytes) throw final(`${url}: the page is larger than ${fetcher.maxPageBytes} bytes`);
  fetcher.readBytes += bytes;
  if (fetcher.readBytes > fetcher.budgetBytes) throw final(`${url}: the sync read more than its budget of ${fetcher.budgetBytes} bytes`);
}

function readLocal(url: string, fetcher: Fetcher): string {
  const path = fileURLToPath(url);
  const where = outsideSource(new URL(url), fetcher.root);
  if (where) throw final(`${url}: ${where}`);
  if (!existsSync(path)) throw final(`${url}: no such file`);
  // A symlink may point anywhere: only its target's real path decides.
  if (!isInside(rootFolder(fetcher), realpathSync(path))) throw final(`${url}: resolves outside the source folder (a symlink)`);
  const size = statSync(path).size;
  count(fetcher, url, size);
  return readFileSync(path, "utf8");
}

/** The body as text, counted against the page cap and the budget while it arrives. */
async function readCapped(response: Response, url: string, fetcher: Fetcher): Promise<string> {
  const declared = Number(response.headers.get("content-length") ?? Number.NaN);
  if (declared > fetcher.maxPageBytes) {
    await response.body?.cancel();
    throw final(`${url}: the page is larger than ${fetcher.maxPageBytes} bytes`);
  }
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  const reader = response.body?.getReader();
  if (!reader) return "";
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > fetcher.maxPageBytes || fetcher.readBytes + bytes > fetcher.budgetBytes) {
      await reader.cancel();
      count(fetcher, url, bytes);
    }
    chunks.push(value);
  }
  count(fetcher, url, bytes);
  return Buffer.concat(chunks).toString("utf8");
}

/** One GET that follows redirects only within the source's origin (and folder). */
async function get(url: string, headers: Record<string, string>, fetcher: Fetcher, signal: AbortSignal): Promise<Response> {
  let current = url;
  for (let hop = 0; ; hop++) {
    const response = await fetch(current, { headers, signal, redirect: "manual" });
    if (response.status < 300 || response.status >= 400 || response.status === 304) return response;
    await response.body?.cancel();
    const location = response.headers.get("location");
    if (!location) throw final(`${url}: HTTP ${response.status} without a location`);
    const next = new URL(location, current);
    const where = outsideSource(next, fetcher.root);
    if (where) throw final(`${url}: redirected to ${next.href}, ${where}; only redirects within the docs site are followed`);
    if (hop >= MAX_REDIRECTS) throw final(`${url}: more than ${MAX_REDIRECTS} redirects`);
    current = next.href;
  }
}

/**
 * Text of a page of the source (http(s) or file:), with a timeout per attempt that covers the body,
 * a size cap counted while reading, retries with backoff, and a conditional GET from the cache.
 */
export async function fetchText(url: string, fetcher: Fetcher): Promise<string> {
  if (url.startsWith("file:")) return readLocal(url, fetcher);
  const where = outsideSource(new URL(url), fetcher.root);
  if (where) throw new Error(`${url}: ${where}`);
  const file = cacheFile(fetcher, url);
  const cached = existsSync(file)
    ? (JSON.parse(readFileSync(file, "utf8")) as { etag?: string; modified?: string; text: string })
    : undefined;
  const headers: Record<string, string> = {};
  if (cached?.etag) headers["if-none-match"] = cached.etag;
  if (cached?.modified) headers["if-modified-since"] = cached.modified;
  for (let attempt = 0; ; attempt++) {
    try {
      const signal = AbortSignal.timeout(fetcher.timeoutMs);
      const response = await get(url, headers, fetcher, signal);
      if (response.status === 304 && cached) {
        fetcher.notModified++;
        return cached.text;
      }
      if (response.ok) {
        const text = await readCapped(response, url, fetcher);
        const etag = response.headers.get("etag") ?? undefined;
        const modified = response.headers.get("last-modified") ?? undefined;
        if (etag || modified) {
          mkdirSync(fetcher.cacheDir, { recursive: true });
          writeFileSync(file, JSON.stringify({ url, etag, modified, text }));
        }
        return text;
      }
      await response.body?.cancel();
      const error = new Error(`${url}: HTTP ${response.status}`);
      if (response.status < 500 && response.status !== 429) throw Object.assign(error, { final: true });
      throw error;
    } catch (error) {
      if ((error as { final?: boolean }).final || attempt >= fetcher.retries)
        throw new Error(error instanceof Error && error.message.startsWith(url) ? error.message : `${url}: ${(error as Error).message}`);
      await new Promise((resolve) => setTimeout(resolve, 200 * 2 ** attempt));
    }
  }
}

/** A link of the index that is not read, and why. */
export interface SkippedLink {
  link: string;
  why: string;
}

/**
 * The `.md` pages `llms.txt` links to, inside the source (same origin; for a folder, under it), without
 * translations (`/cn/`). Links that leave the source are returned as skipped, with the reason.
 */
export function pagesOf(index: string, indexUrl: URL, root: URL = new URL("./", indexUrl)): { pages: string[]; skipped: SkippedLink[] } {
  const pages = new Set<string>();
  const skipped: SkippedLink[] = [];
  for (const [, link] of index.matchAll(/\]\(([^)\s]+\.md)\)/g)) {
    let url: URL;
    try {
      url = new URL(link, indexUrl);
    } catch {
      skipped.push({ link, why: "not a URL" });
      continue;
    }
    const where = outsideSource(url, root);
    if (where) {
      skipped.push({ link, why: where });
      continue;
    }
    if (/\/cn\//.test(url.pathname)) continue;
    url.search = "";
    url.hash = "";
    pages.add(url.href);
  }
  return { pages: [...pages].sort(), skipped };
}

/** Runs `work` over `items`, at most `limit` at a time. */
export async function pool<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
