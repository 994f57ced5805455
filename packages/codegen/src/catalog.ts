import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { isObject, type Json, type JsonObject, type OpenApiDocument, resolvePointer } from "./openapi.js";
import { modelIdProblem } from "./safety/model-id.js";

export const CREATE_TASK_PATH = "/api/v1/jobs/createTask";

/** One model spec, with the facts codegen needs from it. */
export interface ModelSpec {
  /** Model id, e.g. `hailuo/2-3-image-to-video-standard` (from the `model` enum). */
  id: string;
  /** Path under `specs/`, e.g. `market/hailuo/2-3-image-to-video-standard.json`. */
  file: string;
  document: OpenApiDocument;
  /** `components.schemas` names of the request body and of its `input`. */
  requestSchema: string;
  inputSchema: string;
  title: string;
  category: string;
  /** Upstream's docs page of the model (`info.x-kie-model.docs`), when the spec names one. */
  docs?: string;
  /** Set when the model is gone from upstream's docs (`info.x-kie-deprecated`): since when, and why. */
  deprecated?: { since: string; why: string };
  /** Roles its overlay decided (`info.x-kie-roles`): a field name, or null for "none" (see roles.ts). */
  roles?: Record<string, string | null>;
  /** How many result files a success holds, when live returns more than one (`info.x-kie-results`). */
  resultCount?: number;
}

export interface CommonSpec {
  file: string;
  document: OpenApiDocument;
}

export interface SpecCatalog {
  specsDir: string;
  models: ModelSpec[];
  common: CommonSpec[];
}

const readJson = (file: string) => JSON.parse(readFileSync(file, "utf8")) as OpenApiDocument;

/** Every `.json` file under `dir`, recursively, in a stable (sorted) order. */
export function listJson(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir).sort()) {
    const full = join(dir, entry);
    if (statSync(full).isDirectory()) found.push(...listJson(full));
    else if (entry.endsWith(".json")) found.push(full);
  }
  return found;
}

const localSchemaName = (ref: Json, file: string, what: string): string => {
  if (typeof ref !== "string" || !ref.startsWith("#/components/schemas/")) {
    throw new Error(`${file}: ${what} must be a $ref to #/components/schemas/<Name>`);
  }
  return ref.slice("#/components/schemas/".length);
};

export function readModelSpec(specsDir: string, path: string): ModelSpec {
  const file = relative(specsDir, path).split(sep).join("/");
  const document = readJson(path);
  const operation = (document.paths?.[CREATE_TASK_PATH] as JsonObject | undefined)?.post;
  if (!isObject(operation)) throw new Error(`${file}: no POST ${CREATE_TASK_PATH} operation`);
  const bodySchema = resolvePointer(operation, "#/requestBody/content/application~1json/schema");
  const requestSchema = localSchemaName(isObject(bodySchema) ? bodySchema.$ref : null, file, "the request body schema");
  const request = resolvePointer(document, `#/components/schemas/${requestSchema}`);
  if (!isObject(request) || !isObject(request.properties)) throw new Error(`${file}: ${requestSchema} has no properties`);
  const modelEnum = (request.properties.model as JsonObject | undefined)?.enum;
  if (!Array.isArray(modelEnum) || modelEnum.length !== 1 || typeof modelEnum[0] !== "string") {
    throw new Error(`${file}: ${requestSchema}.properties.model must be an enum with exactly one model id`);
  }
  const id = modelEnum[0];
  const problem = modelIdProblem(id);
  if (problem) throw new Error(`${file}: ${problem}`);
  const expectedFile = `market/${id}.json`;
  if (file !== expectedFile) throw new Error(`${file}: a spec for model ${id} must live at specs/${expectedFile}`);
  const input = request.properties.input;
  const inputSchema = localSchemaName(isObject(input) ? input.$ref : null, file, "properties.input");
  const meta = isObject(document.info["x-kie-model"]) ? document.info["x-kie-model"] : {};
  return {
    id,
    file,
    document,
    requestSchema,
    inputSchema,
    title: String(document.info.title ?? id),
    category: typeof meta.category === "string" ? meta.category : "video",
    ...(typeof meta.docs === "string" ? { docs: meta.docs } : {}),
    ...(isObject(document.info["x-kie-deprecated"])
      ? { deprecated: { since: String(document.info["x-kie-deprecated"].since), why: String(document.info["x-kie-deprecated"].why) } }
      : {}),
    ...(isObject(document.info["x-kie-roles"]) ? { roles: document.info["x-kie-roles"] as Record<string, string | null> } : {}),
    ...(isObject(document.info["x-kie-results"]) && typeof document.info["x-kie-results"].count === "number"
      ? { resultCount: document.info["x-kie-results"].count }
      : {}),
  };
}

/** The model's request example: the first of its createTask body's `examples` (`{ model, input, callBackUrl? }`). */
export function requestExample(model: ModelSpec): JsonObject {
  const content = resolvePointer(model.document, "#/paths/~1api~1v1~1jobs~1createTask/post/requestBody/content/application~1json");
  const examples = isObject(content) && isObject(content.examples) ? Object.values(content.examples) : [];
  const first = examples[0];
  if (!isObject(first) || !isObject(first.value)) throw new Error(`${model.file}: the createTask body has no example`);
  return first.value;
}

/** Reads `specs/market/**` (one document per model) and `specs/common/*`. */
export function readCatalog(specsDir: string): SpecCatalog {
  const models = listJson(join(specsDir, "market")).map((path) => readModelSpec(specsDir, path));
  const seen = new Map<string, string>();
  for (const model of models) {
    const other = seen.get(model.id);
    if (other) throw new Error(`model ${model.id} is defined twice: ${other} and ${model.file}`);
    seen.set(model.id, model.file);
  }
  models.sort((a, b) => (a.id < b.id ? -1 : 1));
  const common = listJson(join(specsDir, "common")).map((path) => ({
    file: relative(specsDir, path).split(sep).join("/"),
    document: readJson(path),
  }));
  return { specsDir, models, common };
}
