import { CREATE_TASK_PATH, type ModelSpec, type SpecCatalog } from "./catalog.js";
import { isObject, type Json, type JsonObject, mapRefs, type OpenApiDocument } from "./openapi.js";

/** `../../common/envelope.json#/components/schemas/X` → `#/components/schemas/X`. */
const toLocalRef = (ref: string) => {
  const hash = ref.indexOf("#");
  if (hash < 0) throw new Error(`whole-file $ref is not supported: ${ref}`);
  return ref.slice(hash);
};

const isSelfAlias = (value: Json, kind: string, name: string) =>
  isObject(value) && value.$ref === `#/components/${kind}/${name}` && Object.keys(value).length === 1;

class ComponentStore {
  readonly components: Record<string, JsonObject> = {};
  private readonly origin = new Map<string, string>();

  add(document: OpenApiDocument, file: string) {
    const components = isObject(document.components) ? document.components : {};
    for (const [kind, entries] of Object.entries(components)) {
      if (!isObject(entries)) continue;
      this.components[kind] ??= {};
      for (const [name, raw] of Object.entries(entries)) {
        const value = mapRefs(raw, toLocalRef);
        if (isSelfAlias(value, kind, name)) continue;
        const key = `${kind}/${name}`;
        const existing = this.components[kind][name];
        if (existing !== undefined && JSON.stringify(existing) !== JSON.stringify(value)) {
          throw new Error(`components.${kind}.${name} is defined differently in ${this.origin.get(key)} and ${file}`);
        }
        this.components[kind][name] = value;
        this.origin.set(key, file);
      }
    }
  }

  sorted(): JsonObject {
    const result: JsonObject = {};
    for (const kind of Object.keys(this.components).sort()) {
      const entries = this.components[kind];
      result[kind] = Object.fromEntries(
        Object.keys(entries)
          .sort()
          .map((name) => [name, entries[name]]),
      );
    }
    return result;
  }
}

function commonPaths(catalog: SpecCatalog, store: ComponentStore): JsonObject {
  const paths: JsonObject = {};
  for (const spec of catalog.common) {
    store.add(spec.document, spec.file);
    for (const [path, item] of Object.entries(spec.document.paths ?? {})) {
      if (paths[path]) throw new Error(`path ${path} is defined in two common specs`);
      paths[path] = mapRefs(item, toLocalRef);
    }
  }
  return paths;
}

const SERVERS = [
  { url: "https://api.kie.ai", description: "kie.ai" },
  { url: "https://api.apikley.ru", description: "apikley" },
];

function documentFrame(title: string, description: string, version: string): OpenApiDocument {
  return {
    openapi: "3.0.3",
    info: { title, version, description, license: { name: "MIT", url: "https://opensource.org/licenses/MIT" } },
    servers: SERVERS,
    security: [{ BearerAuth: [] }],
    paths: {},
  };
}

/** One model's spec with every common endpoint and component inlined: a single self-contained file. */
export function bundleModel(catalog: SpecCatalog, model: ModelSpec, version: string): OpenApiDocument {
  const store = new ComponentStore();
  const paths = commonPaths(catalog, store);
  store.add(model.document, model.file);
  const document: OpenApiDocument = {
    ...documentFrame(model.title, String(model.document.info.description ?? ""), version),
    info: { ...model.document.info, version },
    paths: { [CREATE_TASK_PATH]: mapRefs(model.document.paths[CREATE_TASK_PATH], toLocalRef), ...paths },
    components: store.sorted(),
  };
  return document;
}

/**
 * The whole catalogue as one document: createTask's body is the union (`oneOf`) of every model's request,
 * told apart by the single-value `model` enum. No `discriminator`: Prism and Ajv handle it poorly.
 */
export function bundleCatalog(catalog: SpecCatalog, version: string): OpenApiDocument {
  if (catalog.models.length === 0) throw new Error("no model specs found under specs/market");
  const store = new ComponentStore();
  const paths = commonPaths(catalog, store);
  const examples: JsonObject = {};
  let template: JsonObject | undefined;
  for (const model of catalog.models) {
    store.add(model.document, model.file);
    const operation = mapRefs((model.document.paths[CREATE_TASK_PATH] as JsonObject).post, toLocalRef) as JsonObject;
    template ??= operation;
    const content = (operation.requestBody as JsonObject).content as JsonObject;
    const modelExamples = ((content["application/json"] as JsonObject).examples ?? {}) as JsonObject;
    for (const [name, example] of Object.entries(modelExamples)) examples[`${model.id}:${name}`] = example;
  }
  const createTask: JsonObject = {
    ...template,
    operationId: "createTask",
    summary: "Create a generation task for any Market model",
    requestBody: {
      required: true,
      content: {
        "application/json": {
          schema: { oneOf: catalog.models.map((model) => ({ $ref: `#/components/schemas/${model.requestSchema}` })) },
          examples,
        },
      },
    },
  };
  return {
    ...documentFrame(
      "kie.ai Market jobs API",
      `Every Market model of the catalogue (${catalog.models.length}) behind one createTask, plus Get Task Details, callbacks, credits, download URLs and file upload. Generated from specs/ by @kie-market/codegen.`,
      version,
    ),
    paths: { [CREATE_TASK_PATH]: { post: createTask }, ...paths },
    components: store.sorted(),
  };
}

/**
 * The common endpoints alone, plus the callback body as a response of a synthetic `/callback` path, so
 * that a diff sees the callback from the side that reads it.
 */
export function bundleCommon(catalog: SpecCatalog, version: string): OpenApiDocument {
  const store = new ComponentStore();
  const paths = commonPaths(catalog, store);
  const components = store.sorted();
  const schemas = (components.schemas ?? {}) as JsonObject;
  if (schemas.TaskCallback) {
    paths["/callback"] = {
      post: {
        operationId: "callbackBody",
        responses: {
          "200": {
            description: "The callback body",
            content: { "application/json": { schema: { $ref: "#/components/schemas/TaskCallback" } } },
          },
        },
      },
    };
  }
  return { ...documentFrame("kie.ai Market common endpoints", "", version), paths, components };
}
