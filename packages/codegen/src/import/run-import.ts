import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { Ajv } from "ajv";
import addFormats from "ajv-formats";
import { isObject, type Json, stableJson } from "../openapi.js";
import { confinedPath } from "../safety/confine.js";
import { findPathCollisions } from "../safety/model-id.js";
import { commitStaging, discardStaging, openStaging } from "../safety/staging.js";
import { buildSpec, type ModelParts, pascalId } from "./build-spec.js";
import { importModel } from "./import-model.js";
import { ImportRefusal } from "./normalize.js";
import { docsClaims, readOverlay } from "./overlay.js";
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
 * `check`, writes nothing and reports what would change. All or nothing: any refusal writes no file,
 * and the files are written in a staging folder and swapped in in one step.
 */
export async function runImport(sources: string[], options: { specsDir: string; check?: boolean }): Promise<ImportResult> {
  return importDocuments(await readSources(sources), options);
}

/** The spec files of an import: each model's `market/<id>.json` and its text. */
export interface BuiltModels {
  models: ModelParts[];
  refusals: ImportRefusal[];
  outputs: { file: string; text: string }[];
}

/**
 * Every model of `documents`, with its overlay, as spec text; nothing is written. Refusals name page,
 * id and field; ids are checked against the grammar before anything reads a path built from them.
 */
export function buildModels(documents: UpstreamDocument[], specsDir: string): BuiltModels {
  const overlays = new Map<string, ReturnType<typeof readOverlay>>();
  const overlayFor = (id: string) => {
    if (!overlays.has(id)) overlays.set(id, readOverlay(specsDir, id));
    return overlays.get(id) ?? {};
  };
  const claims = docsClaims(specsDir);
  const models: ModelParts[] = [];
  const refusals: ImportRefusal[] = [];
  const claimed = new Map<string, string>();
  for (const upstream of documents) {
    try {
      const parts = importModel(upstream, overlayFor, claims);
      const earlier = claimed.get(parts.id);
      if (earlier) {
        refusals.push(
          new ImportRefusal(
            upstream.origin,
            parts.id,
            "model",
            `${earlier} claims the same id; decide which page it names in the overlay's "id" or "docs"`,
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
  for (const { id, problem } of findPathCollisions(models.map((model) => model.id)))
    refusals.push(new ImportRefusal(claimed.get(id) ?? "import", id, "model", problem));
  const names = new Map<string, string>();
  for (const model of models) {
    const other = names.get(pascalId(model.id));
    if (other)
      refusals.push(
        new ImportRefusal(
          claimed.get(model.id) ?? "import",
          model.id,
          "model",
          `its schema names collide with ${other}'s (${pascalId(model.id)})`,
        ),
      );
    names.set(pascalId(model.id), model.id);
  }
  const outputs = refusals.length ? [] : models.map((parts) => ({ file: `market/${parts.id}.json`, text: stableJson(buildSpec(parts)) }));
  return { models, refusals, outputs };
}

/** Writes outputs under `specsDir`, each path confined to it (a staging copy: see `openStaging`). */
export function writeOutputs(specsDir: string, outputs: BuiltModels["outputs"]): void {
  for (const { file, text } of outputs) {
    const path = confinedPath(specsDir, file, "spec file");
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
}

/** {@link runImport} on documents already read (e.g. fetched by `spec:sync`). */
export async function importDocuments(
  documents: UpstreamDocument[],
  options: { specsDir: string; check?: boolean },
): Promise<ImportResult> {
  const { models, refusals, outputs } = buildModels(documents, options.specsDir);
  if (refusals.length) return { models, changed: [], refusals };
  const changed = outputs
    .filter(({ file, text }) => {
      const path = confinedPath(options.specsDir, file, "spec file");
      return !(existsSync(path) && readFileSync(path, "utf8") === text);
    })
    .map(({ file }) => file);
  if (options.check || !changed.length) return { models, changed, refusals };
  const staging = openStaging(options.specsDir);
  try {
    writeOutputs(
      staging.specs,
      outputs.filter(({ file }) => changed.includes(file)),
    );
    commitStaging(options.specsDir, staging);
  } finally {
    discardStaging(staging);
  }
  return { models, changed, refusals };
}
