import { isObject, type Json, type JsonObject } from "../openapi.js";
import type { ModelParts } from "./build-spec.js";
import { type Correction, findContradiction, ImportRefusal, normalizeSchema } from "./normalize.js";
import type { Overlay } from "./overlay.js";
import type { UpstreamDocument } from "./source.js";
import { synthesizeInput } from "./synthesize.js";

const CREATE = "/api/v1/jobs/createTask";
const clone = <T>(value: T): T => structuredClone(value);

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

const lastSegment = (id: string) => id.split("/").at(-1) ?? id;
const vendorOf = (id: string) => (id.includes("/") ? id.split("/")[0] : undefined);

/**
 * The model id: the `model` enum, unless it names another model than the page's example and name
 * (an upstream doc bug), in which case the one matching the page wins; anything else an overlay decides.
 */
export function decideId(
  upstream: UpstreamDocument,
  enumId: string | undefined,
  exampleId: string | undefined,
  overlayFor: (id: string) => Overlay,
  corrections: Correction[],
): string {
  const candidates = [enumId, exampleId, enumId && vendorOf(enumId) ? `${vendorOf(enumId)}/${upstream.pageName}` : upstream.pageName];
  for (const candidate of new Set(candidates.filter((id): id is string => Boolean(id)))) {
    const decision = overlayFor(candidate).id;
    if (decision && candidates.includes(decision.value)) {
      if (decision.value !== enumId)
        corrections.push({
          what: `model id ${JSON.stringify(enumId)} → ${decision.value}`,
          why: decision.why,
          source: decision.source ?? "overlay",
        });
      return decision.value;
    }
  }
  if (enumId && (!exampleId || exampleId === enumId)) return enumId;
  if (enumId && exampleId) {
    const enumMatches = lastSegment(enumId) === upstream.pageName;
    const exampleMatches = lastSegment(exampleId) === upstream.pageName;
    if (exampleMatches && !enumMatches) {
      corrections.push({
        what: `model id ${JSON.stringify(enumId)} → ${exampleId}`,
        why: `the page's model enum names another model; its example and its page name say ${exampleId}`,
        source: "importer",
      });
      return exampleId;
    }
    if (enumMatches && !exampleMatches) return enumId;
  }
  throw new ImportRefusal(
    upstream.origin,
    enumId ?? exampleId ?? upstream.pageName,
    "model",
    `the model enum (${JSON.stringify(enumId)}), the example (${JSON.stringify(exampleId)}) and the page name (${upstream.pageName}) disagree; decide in the overlay's "id"`,
  );
}

/** Top-level properties objects of an input: the input itself, or each branch of a union input. */
function propertyHolders(input: JsonObject): JsonObject[] {
  const holders: JsonObject[] = [];
  if (isObject(input.properties)) holders.push(input);
  for (const key of ["anyOf", "oneOf"] as const) {
    const branches = input[key];
    if (Array.isArray(branches)) for (const branch of branches) if (isObject(branch) && isObject(branch.properties)) holders.push(branch);
  }
  return holders;
}

function applyOverlay(
  id: string,
  input: JsonObject,
  overlay: Overlay,
  corrections: Correction[],
  refuse: (field: string, reason: string) => never,
) {
  if (overlay.schema) {
    const patch = (target: JsonObject, keywords: JsonObject) => {
      for (const [keyword, value] of Object.entries(keywords)) {
        if (value === null) delete target[keyword];
        else target[keyword] = clone(value);
      }
    };
    const { patch: own, branches, why, source } = overlay.schema;
    if (own) patch(input, own);
    if (branches)
      for (const key of ["anyOf", "oneOf"] as const) {
        const list = input[key];
        if (Array.isArray(list)) for (const branch of list) if (isObject(branch)) patch(branch, branches);
      }
    const what = [own && `input ${JSON.stringify(own)}`, branches && `each branch ${JSON.stringify(branches)}`].filter(Boolean).join("; ");
    corrections.push({ what: `schema patched: ${what}`, why, source: source ?? "overlay" });
  }
  const holders = propertyHolders(input);
  for (const [field, change] of Object.entries(overlay.fields ?? {})) {
    const owners = holders.filter((holder) => (holder.properties as JsonObject)[field] !== undefined || change.replace);
    if (!owners.length) refuse(field, `the overlay changes input.${field}, which the page does not have (use "replace" to add a field)`);
    for (const holder of owners) {
      const properties = holder.properties as JsonObject;
      if (change.remove) {
        delete properties[field];
        if (Array.isArray(holder.required)) holder.required = holder.required.filter((name) => name !== field);
      } else if (change.replace) properties[field] = clone(change.replace);
      else if (change.patch) properties[field] = { ...(properties[field] as JsonObject), ...clone(change.patch) };
    }
    const what = change.remove
      ? "removed"
      : change.replace
        ? `set to ${JSON.stringify(change.replace)}`
        : `patched with ${JSON.stringify(change.patch)}`;
    corrections.push({ what: `input.${field} ${what}`, why: change.why, source: change.source ?? "overlay" });
  }
  if (overlay.required) {
    for (const holder of holders) {
      const properties = holder.properties as JsonObject;
      const required = new Set(Array.isArray(holder.required) ? (holder.required as string[]) : []);
      for (const field of overlay.required.fields) {
        const schema = properties[field];
        if (!isObject(schema) || required.has(field)) continue;
        if (schema.default !== undefined) {
          schema["x-kie-send-default"] = true;
          corrections.push({
            what: `input.${field} is sent with its default (${JSON.stringify(schema.default)}) when left out`,
            why: `${overlay.required.why}; a default exists, so it stays optional for the caller`,
            source: overlay.required.source ?? "overlay",
          });
        } else {
          required.add(field);
          corrections.push({ what: `input.${field} is required`, why: overlay.required.why, source: overlay.required.source ?? "overlay" });
        }
      }
      if (required.size) holder.required = [...required];
    }
  }
  const rules = overlay.rules ?? [];
  if (rules.length === 1) input.not = { description: rules[0].why, "x-kie-message": rules[0].message, ...clone(rules[0].not) };
  else if (rules.length > 1)
    input.allOf = [
      ...(Array.isArray(input.allOf) ? input.allOf : []),
      ...rules.map((rule) => ({ not: { description: rule.why, "x-kie-message": rule.message, ...clone(rule.not) } })),
    ];
  void id;
}

/** The whole of one model: upstream's page, normalized, with the overlay applied. */
export function importModel(upstream: UpstreamDocument, overlayFor: (id: string) => Overlay): ModelParts {
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
  const id = decideId(upstream, enumId, exampleId, overlayFor, corrections);
  const overlay = overlayFor(id);
  const refuse = (field: string, reason: string): never => {
    throw new ImportRefusal(upstream.origin, id, field, reason);
  };

  const rawInput = isObject(request.properties) ? request.properties.input : undefined;
  if (!isObject(rawInput)) return refuse("input", "the request schema has no input object");
  const input = normalizeSchema(rawInput, { document: upstream.document, path: "input", corrections, refuse }) as JsonObject;
  if (input.type === undefined) input.type = "object";
  applyOverlay(id, input, overlay, corrections, refuse);
  closeInput(input);
  const contradiction = findContradiction(input, "input");
  if (contradiction) refuse(contradiction.path, `${contradiction.reason}; decide in the overlay's "fields"`);

  // The project's word (upstream's own registry categories) over the page's navigation tags.
  const category = overlay.category ?? categoryFromTags(post);
  if (!category) return refuse("category", "the page's tags name no category (video, image, audio, other); set the overlay's \"category\"");
  // The overlay's link wins: a mirror of the docs site (or a local copy) then gives the same spec.
  const docs = overlay.docs ?? upstream.docsUrl;
  if (!docs) return refuse("docs", 'the import source gives no docs page; set the overlay\'s "docs"');
  const title =
    overlay.title ??
    (typeof upstream.document.info === "object" && isObject(upstream.document.info) && typeof upstream.document.info.title === "string"
      ? upstream.document.info.title
      : String(post.summary ?? id));

  let exampleInput: JsonObject | undefined =
    example.problem === undefined || example.value?.input ? (example.value?.input as JsonObject | undefined) : undefined;
  let summary = "Request example from the upstream page";
  if (example.problem) {
    corrections.push({ what: "request example replaced by one built from the schema", why: example.problem, source: "importer" });
    exampleInput = undefined;
  }
  const decision = overlay.example;
  if (decision?.drop) exampleInput = undefined;
  if (decision?.replace) exampleInput = clone(decision.replace);
  if (exampleInput) exampleInput = renameTrimmed(exampleInput);
  else {
    exampleInput = synthesizeInput(input);
    summary = "Request example built from the schema (the upstream page has no usable one)";
  }
  if (decision) {
    exampleInput = { ...exampleInput, ...clone(decision.patch ?? {}) };
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
  };
}

/**
 * `additionalProperties: false` where it means "no field this model does not know": on the input when
 * it lists the fields (every field a union branch names is listed there too), else on each branch.
 */
function closeInput(input: JsonObject) {
  const branches = [...(Array.isArray(input.anyOf) ? input.anyOf : []), ...(Array.isArray(input.oneOf) ? input.oneOf : [])].filter(
    isObject,
  );
  if (isObject(input.properties)) {
    const properties = input.properties;
    for (const branch of branches)
      if (isObject(branch.properties)) for (const [name, schema] of Object.entries(branch.properties)) properties[name] ??= clone(schema);
    input.additionalProperties = false;
    return;
  }
  for (const branch of branches) if (isObject(branch.properties)) branch.additionalProperties = false;
}

/** An example written against a name with stray whitespace uses the trimmed name, as the schema now does. */
function renameTrimmed(input: JsonObject): JsonObject {
  return Object.fromEntries(Object.entries(input).map(([key, value]) => [key.trim(), value]));
}
