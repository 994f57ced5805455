import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { apiCompare } from "api-smart-diff";
import { bundleCommon, bundleModel } from "./bundle.js";
import { CREATE_TASK_PATH, readCatalog, type SpecCatalog } from "./catalog.js";
import type { JsonObject, OpenApiDocument } from "./openapi.js";

/** Semver level a change needs. */
export type Level = "major" | "minor" | "patch";
export const LEVELS: Level[] = ["patch", "minor", "major"];
export const higher = (a: Level | undefined, b: Level): Level => (a && LEVELS.indexOf(a) >= LEVELS.indexOf(b) ? a : b);

/** One classified change, e.g. `hailuo/2-3-image-to-video-standard: input.duration: enum value "10" removed (major)`. */
export interface SpecChange {
  /** A model id, or `common` for the shared endpoints. */
  scope: string;
  level: Level;
  /** Where, in the terms of the JSON a client sends or reads, e.g. `request input.duration`. */
  where: string;
  description: string;
}

/** The part of a change that decides its level. */
export interface ChangeFacts {
  side: "request" | "response";
  /** `property` (added/removed), `required`, `enum`, a limit keyword, `type`, an annotation... */
  kind: string;
  action: "add" | "remove" | "replace" | "rename";
  before?: unknown;
  after?: unknown;
  /** The library's own verdict, used where no project rule applies. */
  fallback: "breaking" | "non-breaking" | "annotation" | "unclassified" | "deprecated";
}

const ANNOTATIONS = new Set([
  "description",
  "example",
  "examples",
  "title",
  "summary",
  "externalDocs",
  "x-kie-upstream-notes",
  "x-kie-model",
]);
const UPPER_LIMITS = new Set(["maxLength", "maximum", "maxItems", "exclusiveMaximum"]);
const LOWER_LIMITS = new Set(["minLength", "minimum", "minItems", "exclusiveMinimum"]);
const RESTRICTIONS = new Set(["not", "pattern", "anyOf", "oneOf", "allOf", "format", "multipleOf"]);

const num = (value: unknown) => (typeof value === "number" ? value : undefined);

/**
 * The project's rules (see CONTRIBUTING.md). From the client's side: what it sends must keep being
 * accepted (request), and what it reads must keep being there (response, callback body).
 */
export function classify(facts: ChangeFacts): Level {
  const { side, kind, action, before, after } = facts;
  if (ANNOTATIONS.has(kind) || kind.startsWith("x-")) return "patch";
  if (kind === "property") {
    if (action === "remove") return "major"; // requests: the field is refused now; responses: clients read it
    return "minor";
  }
  if (kind === "required") {
    if (side === "request") return action === "remove" ? "minor" : "major";
    return action === "remove" ? "major" : "minor";
  }
  if (kind === "enum") {
    if (side === "response") return "minor"; // the client treats unknown values (e.g. a new state) safely
    return action === "add" ? "minor" : "major";
  }
  if (UPPER_LIMITS.has(kind) || LOWER_LIMITS.has(kind)) {
    if (side === "response") return "minor";
    const [from, to] = [num(before), num(after)];
    const tighter = UPPER_LIMITS.has(kind)
      ? action === "add" || (from !== undefined && to !== undefined && to < from)
      : action === "add" || (from !== undefined && to !== undefined && to > from);
    return tighter ? "major" : "minor";
  }
  if (kind === "type") return "major";
  if (kind === "nullable")
    return side === "response" && after === true ? "major" : side === "request" && after !== true ? "major" : "minor";
  if (RESTRICTIONS.has(kind)) return side === "request" && action !== "remove" ? "major" : "minor";
  if (kind === "default") return "minor";
  if (kind === "path") return action === "remove" ? "major" : "minor";
  return facts.fallback === "breaking" ? "major" : facts.fallback === "non-breaking" || facts.fallback === "deprecated" ? "minor" : "patch";
}

interface LibraryDiff {
  action: ChangeFacts["action"];
  type: ChangeFacts["fallback"];
  path: (string | number)[];
  before?: unknown;
  after?: unknown;
  description?: string;
}

/** Reads a library diff (under `paths`) as {@link ChangeFacts} plus a readable location. */
export function describeDiff(diff: LibraryDiff): (ChangeFacts & { where: string }) | undefined {
  const path = diff.path.map(String);
  if (path[0] !== "paths") return undefined;
  if (path.length <= 2) return { side: "request", kind: "path", action: diff.action, fallback: diff.type, where: `endpoint ${path[1]}` };
  const side = path.includes("responses") ? "response" : "request";
  const schemaAt = path.indexOf("schema");
  const inSchema = schemaAt >= 0 ? path.slice(schemaAt + 1) : [];
  const fields: string[] = [];
  let kind = path[path.length - 1];
  for (let index = 0; index < inSchema.length; index++) {
    const segment = inSchema[index];
    if (segment === "properties" && index + 1 < inSchema.length) {
      fields.push(inSchema[++index]);
      kind = "property";
    } else if (segment === "anyOf" || segment === "oneOf" || segment === "allOf" || segment === "items") {
      index += segment === "items" ? 0 : 1;
    } else {
      kind = segment;
      break;
    }
  }
  const endpoint = `${path[1]}${side === "response" ? " response" : ""}`;
  return {
    side,
    kind,
    action: diff.action,
    before: diff.before,
    after: diff.after,
    fallback: diff.type,
    where: `${endpoint} ${fields.join(".") || "(body)"}`,
  };
}

function compare(scope: string, before: OpenApiDocument, after: OpenApiDocument): SpecChange[] {
  const { diffs } = apiCompare(before, after) as { diffs: LibraryDiff[] };
  const changes: SpecChange[] = [];
  const seen = new Set<string>();
  for (const diff of diffs) {
    const facts = describeDiff(diff);
    if (!facts) continue;
    const level = classify(facts);
    const show = (value: unknown) => {
      const text = JSON.stringify(value) ?? "";
      return text.length > 60 ? `${text.slice(0, 57)}...` : text;
    };
    const detail =
      facts.kind === "enum"
        ? `${diff.action === "add" ? "value added" : diff.action === "remove" ? "value removed" : "values changed"}: ${show(diff.after ?? diff.before)}`
        : `${facts.kind} ${diff.action}${diff.before !== undefined && diff.after !== undefined ? ` (${show(diff.before)} → ${show(diff.after)})` : ""}`;
    const description = `${facts.where}: ${detail}`;
    if (seen.has(description)) continue;
    seen.add(description);
    changes.push({ scope, level, where: facts.where, description });
  }
  return changes;
}

/** A model's own contract: its createTask request (responses and callbacks are common and compared once). */
function modelContract(catalog: SpecCatalog, id: string): OpenApiDocument {
  const model = catalog.models.find((entry) => entry.id === id);
  if (!model) throw new Error(`no model ${id}`);
  const bundle = bundleModel(catalog, model, "0");
  const operation = (bundle.paths[CREATE_TASK_PATH] as JsonObject).post as JsonObject;
  return {
    ...bundle,
    paths: {
      [CREATE_TASK_PATH]: {
        post: { operationId: operation.operationId, requestBody: operation.requestBody, responses: { "200": { description: "ok" } } },
      },
    },
  };
}

/** Every classified change between two catalogues: models added or removed, each model's input, and the common endpoints. */
export function diffCatalogs(before: SpecCatalog, after: SpecCatalog): SpecChange[] {
  const beforeIds = new Set(before.models.map((model) => model.id));
  const afterIds = new Set(after.models.map((model) => model.id));
  const changes: SpecChange[] = [];
  for (const id of beforeIds)
    if (!afterIds.has(id)) changes.push({ scope: id, level: "major", where: "model", description: "model removed" });
  for (const id of afterIds)
    if (!beforeIds.has(id)) changes.push({ scope: id, level: "minor", where: "model", description: "model added" });
  for (const id of [...afterIds].filter((model) => beforeIds.has(model)).sort()) {
    changes.push(...compare(id, modelContract(before, id), modelContract(after, id)));
    // Deprecation (a model gone from upstream's docs, kept) changes nothing a client sends or reads: a patch.
    const [was, is] = [before, after].map(
      (catalog) =>
        catalog.models.find((model) => model.id === id)?.document.info["x-kie-deprecated"] as { since: string; why: string } | undefined,
    );
    if (JSON.stringify(was) !== JSON.stringify(is))
      changes.push({
        scope: id,
        level: "patch",
        where: "model",
        description: is ? `deprecated since ${is.since} (${is.why})` : "no longer deprecated",
      });
  }
  changes.push(...compare("common", bundleCommon(before, "0"), bundleCommon(after, "0")));
  return changes;
}

/** The specs as they were at a git ref, extracted to a temporary folder. */
export function catalogAtRef(repoRoot: string, ref: string): SpecCatalog {
  const dir = mkdtempSync(join(tmpdir(), "kie-spec-base-"));
  const tar = execFileSync("git", ["-C", repoRoot, "archive", "--format=tar", ref, "--", "specs"], { maxBuffer: 256 * 1024 * 1024 });
  execFileSync("tar", ["-x", "-C", dir], { input: tar });
  const specsDir = join(dir, "specs");
  if (!existsSync(join(specsDir, "market"))) return { specsDir, models: [], common: [] };
  return readCatalog(specsDir);
}

/** The last release (a `@kie-market/specs@x.y.z` tag), or the first commit when nothing was released yet. */
export function defaultBase(repoRoot: string): string {
  try {
    return execFileSync("git", ["-C", repoRoot, "describe", "--tags", "--abbrev=0", "--match", "@kie-market/specs@*"], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
  } catch {
    return execFileSync("git", ["-C", repoRoot, "rev-list", "--max-parents=0", "HEAD"], { encoding: "utf8" }).trim().split("\n")[0];
  }
}

/** The level the whole change needs (undefined when nothing changed). */
export const overallLevel = (changes: SpecChange[]) =>
  changes.reduce<Level | undefined>((level, change) => higher(level, change.level), undefined);

/** A readable report, grouped by model. */
export function report(changes: SpecChange[], base: string): string {
  if (!changes.length) return `No spec changes since ${base}.`;
  const scopes = [...new Set(changes.map((change) => change.scope))];
  const lines = [`Spec changes since ${base}: ${overallLevel(changes)}`];
  for (const scope of scopes) {
    const mine = changes.filter((change) => change.scope === scope);
    lines.push("", `${scope}: ${overallLevel(mine)}`);
    for (const change of mine.sort((a, b) => LEVELS.indexOf(b.level) - LEVELS.indexOf(a.level)))
      lines.push(`  ${change.level.padEnd(5)}  ${change.description}`);
  }
  return lines.join("\n");
}
