import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** How pages are fetched, and what happened (pages answered 304). */
export interface Fetcher {
  retries: number;
  timeoutMs: number;
  cacheDir: string;
  /** Pages answered 304 Not Modified from the cache. */
  notModified: number;
}

/** A cached page: its validators and text. */
const cacheFile = (fetcher: Fetcher, url: string) =>
  join(fetcher.cacheDir, `${createHash("sha256").update(url).digest("hex").slice(0, 32)}.json`);

/** Text of a URL (http(s) or file:), with a timeout, retries with backoff, and a conditional GET from the cache. */
export async function fetchText(url: string, fetcher: Fetcher): Promise<string> {
  if (url.startsWith("file:")) return readFileSync(fileURLToPath(url), "utf8");
  const file = cacheFile(fetcher, url);
  const cached = existsSync(file)
    ? (JSON.parse(readFileSync(file, "utf8")) as { etag?: string; modified?: string; text: string })
    : undefined;
  const headers: Record<string, string> = {};
  if (cached?.etag) headers["if-none-match"] = cached.etag;
  if (cached?.modified) headers["if-modified-since"] = cached.modified;
  for (let attempt = 0; ; attempt++) {
    try {
      const response = await fetch(url, { headers, signal: AbortSignal.timeout(fetcher.timeoutMs) });
      if (response.status === 304 && cached) {
        fetcher.notModified++;
        return cached.text;
      }
      if (response.ok) {
        const text = await response.text();
        const etag = response.headers.get("etag") ?? undefined;
        const modified = response.headers.get("last-modified") ?? undefined;
        if (etag || modified) {
          mkdirSync(fetcher.cacheDir, { recursive: true });
          writeFileSync(file, JSON.stringify({ url, etag, modified, text }));
        }
        return text;
      }
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

/** The `.md` pages `llms.txt` links to, on the source's own origin, without translations (`/cn/`). */
export function pagesOf(index: string, indexUrl: URL): string[] {
  const pages = new Set<string>();
  for (const [, link] of index.matchAll(/\]\(([^)\s]+\.md)\)/g)) {
    const url = new URL(link, indexUrl);
    if (url.origin !== indexUrl.origin || url.protocol !== indexUrl.protocol) continue;
    if (/\/cn\//.test(url.pathname)) continue;
    pages.add(url.href);
  }
  return [...pages].sort();
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
