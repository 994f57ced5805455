import type { KieValidator } from "@kie-market/schemas";
import type { ClientContext } from "./context.js";
import { InputValidationError } from "./errors.js";
import type { CreateTaskBody, ModelId } from "./generated/models.gen.js";
import type { CreateTaskRequest } from "./tasks.js";

// The per-model facts (defaults, validator loaders, ids) load on the first create: the catalogue can grow
// without growing an app's initial bundle.
export type Registry = typeof import("./generated/registry.gen.js");
let registry: Promise<Registry> | undefined;
export const loadRegistry = () => {
  if (!registry) {
    registry = import("./generated/registry.gen.js");
    // A failed load (a chunk that did not arrive) is tried again on the next create.
    registry.catch(() => {
      registry = undefined;
    });
  }
  return registry;
};

/** Whether `model` is a catalogue id (its own key in the registry, not a prototype name). */
export const isKnownModel = (catalog: Registry, model: string): model is ModelId => Object.hasOwn(catalog.loadValidator, model);

/** The body that will be sent: the caller's input with the defaults upstream now requires filled in. */
export function withDefaults<M extends ModelId>(catalog: Registry, request: CreateTaskRequest<M>): CreateTaskBody<M> {
  const defaults = (isKnownModel(catalog, request.model) ? catalog.sendDefaults[request.model] : {}) as Record<string, unknown>;
  const input = { ...defaults, ...(request.input as Record<string, unknown>) };
  const body: Record<string, unknown> = { model: request.model, input };
  if (request.callBackUrl !== undefined) body.callBackUrl = request.callBackUrl;
  return body as CreateTaskBody<M>;
}

// A dynamic import() of an already loaded module still goes through the module loader on every call.
const loaded = new Map<ModelId, Promise<KieValidator<unknown>>>();
const validatorFor = (catalog: Registry, model: ModelId) => {
  let validator = loaded.get(model);
  if (!validator) {
    validator = catalog.loadValidator[model]() as Promise<KieValidator<unknown>>;
    validator.catch(() => loaded.delete(model));
    loaded.set(model, validator);
  }
  return validator;
};

export async function validate(context: ClientContext, catalog: Registry, body: CreateTaskBody<ModelId>) {
  if (context.validation === false) return;
  const model = (body as { model: unknown }).model;
  if (typeof model !== "string" || !isKnownModel(catalog, model)) {
    // Loaded only here: the validators' runtime then stays out of the initial bundle.
    const { nearestNames } = await import("@kie-market/schemas");
    const { modelIds } = catalog;
    const close = typeof model === "string" ? nearestNames(model, modelIds) : [];
    const suggestion = close[0];
    // The nearest few and where the catalogue is, not all ~180 ids.
    const message = `model ${JSON.stringify(model)} is not a known model${close.length ? `; did you mean ${close.map((id) => `"${id}"`).join(", ")}?` : ""} (every model: the modelIds export, or docs/models.md in @kie-market/specs; a model newer than this client: tasks.createUntyped)`;
    throw InputValidationError.of(String(model), [{ path: ["model"], at: "model", rule: "enum", allowed: modelIds, suggestion, message }]);
  }
  const validator = await validatorFor(catalog, model);
  if (validator.is(body, context.validation)) return;
  // Something is wrong: load the "did you mean" suggester (kept out of the happy path) and list every issue.
  const { nearest } = await import("@kie-market/schemas");
  const result = validator.validate(body, { suggest: nearest, ...context.validation });
  if (!result.ok) throw InputValidationError.of(model, result.issues);
}

// Each deprecated model is warned about once per process, not on every create.
const warned = new Set<string>();

/** Warns once when a model gone from upstream's docs is used (it goes in a later breaking release). */
export function warnIfDeprecated(context: ClientContext, catalog: Registry, model: string) {
  // Own keys only: "constructor" is no deprecated model.
  const note = Object.hasOwn(catalog.deprecatedModels, model) ? (catalog.deprecatedModels as Record<string, string>)[model] : undefined;
  if (!note || warned.has(model)) return;
  warned.add(model);
  const message = `kie-market: model ${model} is deprecated (${note}); it will be removed in a later breaking release of the client.`;
  if (context.logger?.warn) context.logger.warn(message);
  else globalThis.console?.warn?.(message);
}
