import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, extname, join } from "node:path";
import { parse as parseYaml } from "yaml";
import { isObject, type JsonObject } from "../openapi.js";

/** One upstream document, as read: the OpenAPI document and where it came from. */
export interface UpstreamDocument {
  /** A file path or URL, for messages. */
  origin: string;
  /** The page's own name (last path segment without extension), e.g. `v2-5-turbo-image-to-video-pro`. */
  pageName: string;
  /** The docs page URL, when the source is one (a `.md` page, or a URL). */
  docsUrl?: string;
  document: JsonObject;
}

/** Deeper than any real schema (upstream's are under 12 levels); deeper input would exhaust the importer's stack. */
export const MAX_DEPTH = 64;

/** Throws when `value` nests deeper than {@link MAX_DEPTH} (checked without recursion). */
export function assertShallow(value: unknown, origin: string): void {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop() as [unknown, number];
    if (!node || typeof node !== "object") continue;
    if (depth >= MAX_DEPTH) throw new Error(`${origin}: the document is nested deeper than ${MAX_DEPTH} levels`);
    for (const child of Object.values(node)) if (child && typeof child === "object") stack.push([child, depth + 1]);
  }
}

/**
 * The OpenAPI document inside a docs page: the first ```yaml (or ```json) fence that holds one; undefined
 * for a page without one (prose, or other snippets). A fence that does not parse throws.
 */
export function fencedDocument(text: string): JsonObject | undefined {
  const fences = text.matchAll(/^(`{3,}|~{3,})[ \t]*(yaml|yml|json)[^\n]*\n([\s\S]*?)^\1[ \t]*$/gm);
  for (const [, , language, body] of fences) {
    const parsed = language === "json" ? JSON.parse(body) : parseYaml(body);
    assertShallow(parsed, "the page's document");
    if (isObject(parsed) && (typeof parsed.openapi === "string" || typeof parsed.swagger === "string")) return parsed;
  }
  return undefined;
}

/** The OpenAPI document inside a docs page, or an error naming the page. */
export function fromMarkdown(text: string, origin: string): JsonObject {
  const document = fencedDocument(text);
  if (!document) throw new Error(`${origin}: no \`\`\`yaml fence with an OpenAPI document in this page`);
  return document;
}

/** A document read from a docs page URL: the page's name, and its URL as the docs link. */
export const fromPage = (url: string, document: JsonObject): UpstreamDocument => ({
  origin: url,
  pageName: pageNameOf(url),
  docsUrl: url.replace(/\.md$/i, ""),
  document,
});

/** Parses a document's text by its name: markdown pages, JSON or YAML. */
export function parseDocument(text: string, origin: string): JsonObject {
  const extension = extname(origin.replace(/[?#].*$/, "")).toLowerCase();
  if (extension === ".md" || extension === ".markdown") return fromMarkdown(text, origin);
  const trimmed = text.trimStart();
  const parsed = trimmed.startsWith("{") ? JSON.parse(text) : parseYaml(text);
  assertShallow(parsed, origin);
  if (!isObject(parsed)) throw new Error(`${origin}: not an OpenAPI document (not an object)`);
  return parsed;
}

const pageNameOf = (origin: string) => basename(origin.replace(/[?#].*$/, "")).replace(/\.(md|markdown|json|ya?ml)$/i, "");
const isUrl = (value: string) => /^https?:\/\//i.test(value);
const DOCUMENT = /\.(json|ya?ml|md|markdown)$/i;

function listFiles(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir).sort()) {
    const full = join(dir, entry);
    if (statSync(full).isDirectory()) found.push(...listFiles(full));
    else if (DOCUMENT.test(entry) && !/^(INDEX|README)\.md$/i.test(entry) && entry !== "catalogue.json") found.push(full);
  }
  return found;
}

/** Reads every document a path names: a file, a folder (recursively), or an http(s) URL. */
export async function readSources(
  sources: string[],
  fetchText: (url: string) => Promise<string> = defaultFetch,
): Promise<UpstreamDocument[]> {
  const documents: UpstreamDocument[] = [];
  for (const source of sources) {
    if (isUrl(source)) {
      documents.push(fromPage(source, parseDocument(await fetchText(source), source)));
      continue;
    }
    const files = statSync(source).isDirectory() ? listFiles(source) : [source];
    for (const file of files) {
      const document = parseDocument(readFileSync(file, "utf8"), file);
      // A folder holds other things too (a catalogue list): only OpenAPI documents are models.
      if (typeof document.openapi !== "string") continue;
      documents.push({ origin: file, pageName: pageNameOf(file), document });
    }
  }
  return documents;
}

async function defaultFetch(url: string): Promise<string> {
  const response = await fetch(url, { signal: AbortSignal.timeout(30_000) });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.text();
}
