import { existsSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { listJson } from "../catalog.js";
import type { JsonObject } from "../openapi.js";
import { confinedPath } from "../safety/confine.js";
import { modelIdProblem } from "../safety/model-id.js";

/** Where a fact or a decision comes from, so that a reader can check it. */
export interface Sourced {
  why: string;
  /** e.g. `upstream registry 2026-10-07`, `real traffic (accepted.json #12)`, `upstream description`. */
  source?: string;
}

/**
 * What the project knows about a model beyond upstream's page: one file per model,
 * `specs/overlays/<id>.json`, merged by the importer on every import and never overwritten by it.
 */
export interface Overlay {
  /** Decides the model id when the page's `model` enum, its example and its name disagree. */
  id?: Sourced & { value: string };
  /** video / image / audio / other, where the page's tags do not say. */
  category?: string;
  /** The docs page, where the import source does not give it. */
  docs?: string;
  title?: string;
  /**
   * A newer required list (e.g. upstream's 2026-10-07 registry). A newly required field with a default
   * stays optional for the user and is sent with its default; one without a default becomes required.
   */
  required?: Sourced & { fields: string[] };
  /**
   * Keywords of the input schema itself (`patch`) or of each of its anyOf/oneOf branches (`branches`) to
   * set; `null` removes one. E.g. an unsatisfiable `allOf` that upstream's docs renderer left.
   */
  schema?: Sourced & { patch?: JsonObject; branches?: JsonObject };
  /** Per-field corrections: `patch` merges into the field's schema, `replace` swaps it, `remove` drops it. */
  fields?: Record<string, Sourced & { patch?: JsonObject; replace?: JsonObject; remove?: true }>;
  /** Cross-field rules: each becomes a `not` subschema that the validators and Prism enforce. */
  rules?: (Sourced & { message: string; not: JsonObject })[];
  /** The request example's `input`: `replace` it, `patch` or `omit` fields of it, or `drop` it (one is built from the schema). */
  example?: Sourced & { replace?: JsonObject; patch?: JsonObject; omit?: string[]; drop?: true };
  /** Notes for readers of the spec (`info.x-kie-upstream-notes`). */
  notes?: string[];
  /**
   * The part a field plays where its name misleads the role table (codegen's roles.ts): e.g. an input image
   * named `image`. A field name, or null for "this model has none" (`info.x-kie-roles`).
   */
  roles?: Sourced & { map: Record<string, string | null> };
  /**
   * How many result files a success holds, where live returns more than one per task (grok-imagine
   * text-to-image: 6). The mock follows it (`info.x-kie-results`).
   */
  results?: Sourced & { count: number };
}

export const OVERLAY_DIR = "overlays";

/** The overlay of `id` under `specsDir`, or an empty one. `id` must be a model id (checked: it becomes a path). */
export function readOverlay(specsDir: string, id: string): Overlay {
  const problem = modelIdProblem(id);
  if (problem) throw new Error(`no overlay can be read for it: ${problem}`);
  const file = confinedPath(join(specsDir, OVERLAY_DIR), `${id}.json`, "overlay");
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as Overlay) : {};
}

/** The key a docs link is compared by: its path, without `.md` or a trailing slash (the origin may be a mirror's). */
export function docsKey(link: string): string | undefined {
  try {
    return decodeURIComponent(new URL(link).pathname).replace(/\.md$/i, "").replace(/\/+$/, "");
  } catch {
    return undefined;
  }
}

/**
 * The pages our overlays claim by their `docs` link: docs path → model ids (two ids for one page is a
 * refusal when that page is imported). A page the sync fetches at a
 * claimed path is that model's page, whatever its file name or its own `model` enum says (upstream's
 * page URLs are not our ids: `/market/kling/v25-turbo-image-to-video-pro` is
 * `kling/v2-5-turbo-image-to-video-pro`).
 */
export function docsClaims(specsDir: string): Map<string, string[]> {
  const claims = new Map<string, string[]>();
  const root = join(specsDir, OVERLAY_DIR);
  if (!existsSync(root)) return claims;
  for (const path of listJson(root)) {
    const id = relative(root, path)
      .split(sep)
      .join("/")
      .replace(/\.json$/, "");
    const docs = (JSON.parse(readFileSync(path, "utf8")) as Overlay).docs;
    const key = typeof docs === "string" ? docsKey(docs) : undefined;
    if (!key || modelIdProblem(id)) continue;
    claims.set(key, [...(claims.get(key) ?? []), id]);
  }
  return claims;
}
