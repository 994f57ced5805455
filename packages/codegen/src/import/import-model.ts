import { isObject, type Json, type JsonObject } from "../openapi.js";
import { modelIdProblem, reservedFields } from "../safety/model-id.js";
import { unsafePatterns } from "../safety/patterns.js";
import { applyOverlay, closeInput } from "./apply-overlay.js";
import type { ModelParts } from "./build-spec.js";
import { decideId } from "./decide-id.js";
import { type Correction, findContradiction, ImportRefusal, normalizeSchema } from "./normalize.js";
import { docsKey, type Overlay } from "./overlay.js";
import type { UpstreamDocument } from "./source.js";
import { synthesizeInput } from "./synthesize.js";

const CREATE = "/api/v1/jobs/createTask";

/** The category of a page from its tags (`docs/en/Market/Video Models/Hailuo`). */
function categoryFromTags(operation: JsonObject): string | undefined {
  const tags = Array.isArray(operation.tags) ? operation.tags.join(" ") : "";
  if (/video/i.test(tags)) return "video";
  if (/image/i.test(tags)) return "image";
  if (/audio|music|speech|voice|tts/i.test(tags)) return "audio";
  return undefined;
}

/** The page's request example, parsed; a reason when it is unusable. */
function readExample(content: JsonObject): { value?: JsonObject; problem?: string } {
  let raw: Json | undefined = content.example;
  if (raw === undefined && isObject(content.examples)) {
    const first = Object.values(content.examples)[0];
    raw = isObject(first) ? first.value : undefined;
  }
  if (raw === undefined) return { problem: "the page has no request example" };
  if (typeof raw === "string") {
    if (raw.trim() === "") return { problem: "the page's request example is empty" };
    try {
      raw = JSON.parse(raw) as Json;
    } catch {
      return { problem: "the page's request example is not JSON" };
    }
  }
  if (!isObject(raw)) return { problem: "the page's request example is not an object" };
  if (!isObject(raw.input) || Object.keys(raw.input).length === 0)
    return { value: raw, problem: "the page's request example has no input" };
  return { value: raw };
}

/** The whole of one model: upstream's page, normalized, with the overlay applied. */
export function importModel(
  upstream: UpstreamDocument,
  overlayFor: (id: string) => Overlay,
  claims: ReadonlyMap<string, readonly string[]> = new Map(),
): ModelParts {
  const corrections: Correction[] = [];
  const operation = (upstream.document.paths as JsonObject | undefined)?.[CREATE];
  const post = isObject(operation) ? operation.post : undefined;
  if (!isObject(post)) throw new ImportRefusal(upstream.origin, upstream.pageName, "paths", `no POST ${CREATE} operation`);
  const content =
    isObject(post.requestBody) && isObject(post.requestBody.content) ? post.requestBody.content["application/json"] : undefined;
  if (!isObject(content) || !isObject(content.schema))
    throw new ImportRefusal(upstream.origin, upstream.pageName, "requestBody", "no JSON request schema");
  const request = content.schema;
  const modelSchema = isObject(request.properties) ? request.properties.model : undefined;
  const enumValues = isObject(modelSchema) && Array.isArray(modelSchema.enum) ? modelSchema.enum : [];
  const example = readExample(content);
  const exampleId = typeof example.value?.model === "string" ? example.value.model : undefined;
  const enumId = enumValues.length === 1 && typeof enumValues[0] === "string" ? enumValues[0] : undefined;
  // Ids become paths and code: one grammar, checked before anything reads a path built from one.
  for (const [where, candidate] of [
    ["model enum", enumValues.length === 1 ? enumValues[0] : undefined],
    ["example", example.value?.model],
  ] as const) {
    const problem = candidate === undefined ? undefined : modelIdProblem(candidate);
    if (problem) throw new ImportRefusal(upstream.origin, "(refused id)", where, problem);
  }
  const docsPath = upstream.docsUrl ? docsKey(upstream.docsUrl) : undefined;
  const claimants = (docsPath && claims.get(docsPath)) || [];
  if (claimants.length > 1)
    throw new ImportRefusal(
      upstream.origin,
      claimants.join(", "),
      "docs",
      'the overlays of these models all link to this page; one must change its "docs"',
    );
  const id = decideId(upstream, enumId, exampleId, overlayFor, corrections, claimants[0]);
  const idProblem = modelIdProblem(id);
  if (idProblem) throw new ImportRefusal(upstream.origin, "(refused id)", "model", idProblem);
  const overlay = overlayFor(id);
  const refuse = (field: string, reason: string): never => {
    throw new ImportRefusal(upstream.origin, id, field, reason);
  };

  const rawInput = isObject(request.properties) ? request.properties.input : undefined;
  if (!isObject(rawInput)) return refuse("input", "the request schema has no input object");
  // A field named __proto__, constructor or prototype would be read from an object's prototype by code
  // that is not careful (and __proto__ cannot even be copied as a key): an overlay must decide.
  for (const { path, name } of reservedFields(rawInput, "input")) {
    const decision = overlay.fields && Object.hasOwn(overlay.fields, name) ? overlay.fields[name] : undefined;
    if (!decision)
      return refuse(
        path,
        `a field named ${JSON.stringify(name)} is refused; decide in the overlay's "fields" (remove it, or keep it with a patch)`,
      );
    if (name === "__proto__" && !decision.remove) refuse(path, 'a field named "__proto__" can only be removed ("remove": true)');
  }
  removeProtoFields(rawInput, overlay);
  const input = normalizeSchema(rawInput, { document: upstream.document, path: "input", corrections, refuse }) as JsonObject;
  if (input.type === undefined) input.type = "object";
  applyOverlay(input, overlay, corrections, refuse);
  closeInput(input);
  const cut = tidyDescriptions(input, descriptionsTruncated(upstream.document));
  if (cut)
    corrections.push({
      what: `${cut} field description${cut === 1 ? "" : "s"} marked as cut ("…")`,
      why: "the import source cut descriptions at 160 characters; the full text is on the docs page",
      source: "importer",
    });
  // Before anything runs a pattern (Ajv on the examples below, the validators, Prism): none may backtrack without bound.
  const unsafe = unsafePatterns(input, "input");
  if (unsafe.length) refuse(unsafe[0].path, `${unsafe.map((entry) => entry.problem).join("; ")}; replace it in the overlay's "fields"`);
  const contradiction = findContradiction(input, "input");
  if (contradiction) refuse(contradiction.path, `${contradiction.reason}; decide in the overlay's "fields"`);

  // The project's word (upstream's own registry categories) over the page's navigation tags.
  const category = overlay.category ?? categoryFromTags(post);
  if (!category) return refuse("category", "the page's tags name no category (video, image, audio, other); set the overlay's \"category\"");
  // The overlay's link wins: a mirror of the docs site (or a local copy) then gives the same spec.
  const docs = overlay.docs ?? upstream.docsUrl;
  if (!docs) return refuse("docs", 'the import source gives no docs page; set the overlay\'s "docs"');
  // Upstream's titles carry stray spaces (" Hailuo Pro...", "Seedream 5.0 Pro -  Layer..."): one space each.
  const title = (
    overlay.title ??
    (typeof upstream.document.info === "object" && isObject(upstream.document.info) && typeof upstream.document.info.title === "string"
      ? upstream.document.info.title
      : String(post.summary ?? id))
  )
    .replace(/\s+/g, " ")
    .trim();

  let exampleInput: JsonObject | undefined =
    example.problem === undefined || example.value?.input ? (example.value?.input as JsonObject | undefined) : undefined;
  let summary = "Request example from the upstream page";
  const decision = overlay.example;
  if (example.problem) {
    // An overlay that replaces or drops the broken example says so itself (one bullet, not two that disagree).
    if (!decision?.replace && !decision?.drop)
      corrections.push({ what: "request example replaced by one built from the schema", why: example.problem, source: "importer" });
    exampleInput = undefined;
  }
  if (decision?.drop) exampleInput = undefined;
  if (decision?.replace) exampleInput = structuredClone(decision.replace);
  if (exampleInput) exampleInput = renameTrimmed(exampleInput);
  else {
    exampleInput = synthesizeInput(input);
    summary = "Request example built from the schema (the upstream page has no usable one)";
  }
  if (decision) {
    exampleInput = { ...exampleInput, ...structuredClone(decision.patch ?? {}) };
    for (const field of decision.omit ?? []) delete exampleInput[field];
    const changes = [
      decision.patch && `set ${JSON.stringify(decision.patch)}`,
      decision.omit && `removed ${decision.omit.join(", ")}`,
    ].filter(Boolean);
    corrections.push({
      what: decision.drop
        ? "upstream's request example dropped"
        : decision.replace
          ? "request example replaced"
          : `request example corrected (${changes.join("; ")})`,
      why: decision.why,
      source: decision.source ?? "overlay",
    });
    if (!decision.drop && !summary.includes("built from"))
      summary = "Request example from the upstream page, corrected (see x-kie-corrections)";
  }
  if (exampleId && exampleId !== id && !corrections.some((correction) => correction.what.startsWith("model id")))
    corrections.push({
      what: `example model ${JSON.stringify(exampleId)} → ${id}`,
      why: "the page's example names another model",
      source: "importer",
    });
  const callBackUrl = typeof example.value?.callBackUrl === "string" ? example.value.callBackUrl : "https://your-domain.com/api/callback";
  return {
    id,
    title,
    category,
    docs,
    input,
    example: { model: id, callBackUrl, input: exampleInput },
    exampleSummary: summary,
    corrections,
    notes: overlay.notes ?? [],
    ...(overlay.roles ? { roles: overlay.roles.map } : {}),
    ...(overlay.results ? { results: resultsFact(overlay.results) } : {}),
  };
}

/** Whether the import source says it cut descriptions short (`x-kie-provenance.gaps`). */
function descriptionsTruncated(document: JsonObject): boolean {
  const provenance = document["x-kie-provenance"];
  return isObject(provenance) && Array.isArray(provenance.gaps) && provenance.gaps.includes("descriptions truncated");
}

/** Source descriptions are at most this long when cut; a cut one ends mid-sentence at this length. */
const CUT_AT = 160;

/**
 * Tidies every description of the input schema: a step stated twice ("(Min: 0, Max: 20, Step: 0.1)
 * (step: 0.1)", upstream's own text) keeps the first, and in a source that cut descriptions, one cut
 * mid-sentence ends in "…". Returns how many were marked as cut.
 */
function tidyDescriptions(schema: Json, truncatedSource: boolean): number {
  let cut = 0;
  const visit = (node: Json) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!isObject(node)) return;
    if (typeof node.description === "string") {
      let text = node.description.replace(/(Step: ([\d.]+)\))\s*\(step: \2\)/gi, "$1");
      if (truncatedSource && text.length >= CUT_AT - 1 && !/[.!?)"'`…]$/.test(text.trimEnd())) {
        text = `${text.trimEnd()}…`;
        cut++;
      }
      node.description = text;
    }
    for (const [key, value] of Object.entries(node)) if (key !== "description" && key !== "example" && key !== "default") visit(value);
  };
  visit(schema);
  return cut;
}

/** An overlay's result count, checked: a whole number from 1 to 100, with its reason. */
function resultsFact(results: NonNullable<Overlay["results"]>): JsonObject {
  const { count, why, source } = results;
  if (!Number.isInteger(count) || count < 1 || count > 100)
    throw new Error(`overlay results.count must be a whole number from 1 to 100 (got ${JSON.stringify(count)})`);
  if (typeof why !== "string" || !why.trim()) throw new Error("overlay results needs a why");
  return { count, why, ...(typeof source === "string" ? { source } : {}) };
}

/** An example written against a name with stray whitespace uses the trimmed name, as the schema now does. */
function renameTrimmed(input: JsonObject): JsonObject {
  return Object.fromEntries(Object.entries(input).map(([key, value]) => [key.trim(), value]));
}

/** Drops own `__proto__` fields (an overlay's "remove" decision) before anything copies the schema. */
function removeProtoFields(node: Json, overlay: Overlay) {
  if (!overlay.fields || !Object.hasOwn(overlay.fields, "__proto__")) return;
  const walk = (value: Json) => {
    if (Array.isArray(value)) for (const item of value) walk(item);
    else if (isObject(value)) {
      if (isObject(value.properties) && Object.hasOwn(value.properties, "__proto__")) {
        Reflect.deleteProperty(value.properties, "__proto__"); // the own key, not the prototype accessor
        if (Array.isArray(value.required)) value.required = value.required.filter((name) => name !== "__proto__");
      }
      for (const child of Object.values(value)) walk(child);
    }
  };
  walk(node);
}
