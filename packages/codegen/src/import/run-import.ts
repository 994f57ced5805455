import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { Ajv } from "ajv";
import addFormats from "ajv-formats";
import { isObject, type Json, stableJson } from "../openapi.js";
import { buildSpec, type ModelParts } from "./build-spec.js";
import { importModel } from "./import-model.js";
import { ImportRefusal } from "./normalize.js";
import { readOverlay } from "./overlay.js";
import { readSources, type UpstreamDocument } from "./source.js";

export interface ImportResult {
  models: ModelParts[];
  /** Spec files (under `specs/`) that were written, or with `check`, would change. */
  changed: string[];
  refusals: ImportRefusal[];
}

const ajv = new Ajv({ strict: false, allErrors: true });
(addFormats as unknown as (ajv: Ajv) => void)(ajv);

/**
 * A field's own `example` that breaks the field's schema is documentation that would mislead (and fails
 * the spec lint): it is dropped, and the correction recorded. Request examples are not dropped this
 * way: those an overlay decides.
 */
function dropBrokenFieldExamples(node: Json, path: string, parts: ModelParts) {
  if (Array.isArray(node)) {
    for (const item of node) dropBrokenFieldExamples(item, path, parts);
    return;
  }
  if (!isObject(node)) return;
  if (node.example !== undefined && path !== "input") {
    const { example, ...schema } = node;
    if (!ajv.validate(schema, example)) {
      delete node.example;
      parts.corrections.push({
        what: `${path}: example ${JSON.stringify(example).slice(0, 80)} dropped`,
        why: `the field's own example breaks its schema (${ajv.errorsText(ajv.errors, { dataVar: path }).slice(0, 160)})`,
        source: "importer",
      });
    }
  }
  for (const [key, value] of Object.entries(node)) {
    if (key === "properties" && isObject(value))
      for (const [name, schema] of Object.entries(value)) dropBrokenFieldExamples(schema, `${path}.${name}`, parts);
    else if (key === "items") dropBrokenFieldExamples(value, `${path}[]`, parts);
    else if (key === "anyOf" || key === "oneOf" || key === "allOf") dropBrokenFieldExamples(value, path, parts);
  }
}

/** Checks the example against the model's own input schema: an example that breaks it needs an overlay decision. */
function checkExample(parts: ModelParts, origin: string): ImportRefusal | undefined {
  const validate = ajv.compile(parts.input);
  if (validate(parts.example.input)) return undefined;
  const problems = (validate.errors ?? []).map((error) => `input${error.instancePath.replaceAll("/", ".")} ${error.message}`).join("; ");
  return new ImportRefusal(
    origin,
    parts.id,
    "example",
    `the request example breaks the schema (${problems}); decide in the overlay's "example" or "fields"`,
  );
}

/**
 * Imports upstream documents into `specsDir/market/<id>.json`, merging each model's overlay. With
 * `check`, writes nothing and reports what would change. All or nothing: any refusal writes no file.
 */
export async function runImport(sources: string[], options: { specsDir: string; check?: boolean }): Promise<ImportResult> {
  return importDocuments(await readSources(sources), options);
}

/** {@link runImport} on documents already read (e.g. fetched by `spec:sync`). */
export async function importDocuments(
  documents: UpstreamDocument[],
  options: { specsDir: string; check?: boolean },
): Promise<ImportResult> {
  const overlays = new Map<string, ReturnType<typeof readOverlay>>();
  const overlayFor = (id: string) => {
    if (!overlays.has(id)) overlays.set(id, readOverlay(options.specsDir, id));
    return overlays.get(id) ?? {};
  };
  const models: ModelParts[] = [];
  const refusals: ImportRefusal[] = [];
  const claimed = new Map<string, string>();
  for (const upstream of documents) {
    try {
      const parts = importModel(upstream, overlayFor);
      const earlier = claimed.get(parts.id);
      if (earlier) {
        refusals.push(
          new ImportRefusal(
            upstream.origin,
            parts.id,
            "model",
            `${earlier} claims the same id; decide which page it names in the overlay's "id"`,
          ),
        );
        continue;
      }
      dropBrokenFieldExamples(parts.input, "input", parts);
      const problem = checkExample(parts, upstream.origin);
      if (problem) {
        refusals.push(problem);
        continue;
      }
      claimed.set(parts.id, upstream.origin);
      models.push(parts);
    } catch (error) {
      if (error instanceof ImportRefusal) refusals.push(error);
      else throw new Error(`${upstream.origin}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const changed: string[] = [];
  if (refusals.length) return { models, changed, refusals };
  const outputs = models.map((parts) => ({ file: `market/${parts.id}.json`, text: stableJson(buildSpec(parts)) }));
  for (const { file, text } of outputs) {
    const path = join(options.specsDir, file);
    if (existsSync(path) && readFileSync(path, "utf8") === text) continue;
    changed.push(file);
    if (options.check) continue;
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
  return { models, changed, refusals };
}
