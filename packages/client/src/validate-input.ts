import type { KieValidator } from "@kie-market/schemas";
import type { ClientContext } from "./context.js";
import { InputValidationError } from "./errors.js";
import type { CreateTaskBody, ModelId } from "./generated/models.gen.js";
import { lazy, lazyByKey } from "./once.js";
import type { RegistryEntry } from "./registry-entry.js";
import type { CreateTaskRequest } from "./tasks.js";

// What the client knows of each model loads on first use, in two small steps: the index of model families,
// then the family holding the model. The catalogue can grow without growing an app's bundle.
// A failed load (a chunk that did not arrive) is tried again on the next create.
const loadIndex = lazy(() => import("./generated/registry.gen.js").then((module) => module.families));
const loadFamily = lazyByKey(async (family: string) => (await loadIndex())[family]());

/** The registry entry of a catalogue model; undefined for any other id (own keys only: "constructor" is no model). */
export async function modelEntry(model: unknown): Promise<RegistryEntry | undefined> {
  if (typeof model !== "string") return undefined;
  const family = model.split("/")[0];
  const all = await loadIndex();
  if (!Object.hasOwn(all, family)) return undefined;
  const models = await loadFamily(family);
  return Object.hasOwn(models, model) ? models[model] : undefined;
}

/** The body that will be sent: the caller's input with the defaults upstream now requires filled in. */
export function withDefaults<M extends ModelId>(entry: RegistryEntry | undefined, request: CreateTaskRequest<M>): CreateTaskBody<M> {
  const input = { ...entry?.defaults, ...(request.input as Record<string, unknown>) };
  const body: Record<string, unknown> = { model: request.model, input };
  if (request.callBackUrl !== undefined) body.callBackUrl = request.callBackUrl;
  return body as CreateTaskBody<M>;
}

// A dynamic import() of an already loaded module still goes through the module loader on every call.
const validatorFor = lazyByKey((entry: RegistryEntry): Promise<KieValidator<unknown>> => entry.load());

export async function validate(context: ClientContext, entry: RegistryEntry | undefined, body: CreateTaskBody<ModelId>) {
  if (context.validation === false) return;
  const model = (body as { model: unknown }).model;
  if (typeof model !== "string" || !entry) {
    // Loaded only here: the validators' runtime and the whole id list then stay out of a first run.
    const [{ nearestNames }, { modelIds }] = await Promise.all([import("@kie-market/schemas"), import("./generated/model-ids.gen.js")]);
    const close = typeof model === "string" ? nearestNames(model, modelIds) : [];
    const suggestion = close[0];
    // The nearest few and where the catalogue is, not all ~180 ids.
    const message = `model ${JSON.stringify(model)} is not a known model${close.length ? `; did you mean ${close.map((id) => `"${id}"`).join(", ")}?` : ""} (every model: the modelIds export, or docs/models.md in @kie-market/specs; a model newer than this client: tasks.createUntyped)`;
    throw InputValidationError.of(String(model), [{ path: ["model"], at: "model", rule: "enum", allowed: modelIds, suggestion, message }]);
  }
  const validator = await validatorFor(entry);
  if (validator.is(body, context.validation)) return;
  // Something is wrong: load the "did you mean" suggester (kept out of the happy path) and list every issue.
  const { nearest } = await import("@kie-market/schemas");
  const result = validator.validate(body, { suggest: nearest, ...context.validation });
  if (!result.ok) throw InputValidationError.of(model, result.issues);
}

// Each deprecated model is warned about once per process, not on every create.
const warned = new Set<string>();

/** Warns once when a model gone from upstream's docs is used (it goes in a later breaking release). */
export function warnIfDeprecated(context: ClientContext, entry: RegistryEntry | undefined, model: string) {
  const note = entry?.deprecated;
  if (!note || warned.has(model)) return;
  warned.add(model);
  const message = `kie-market: model ${model} is deprecated (${note}); it will be removed in a later breaking release of the client.`;
  if (context.logger?.warn) context.logger.warn(message);
  else globalThis.console?.warn?.(message);
}
