import type { KieValidator } from "@kie-market/schemas";
import type { ClientContext } from "./context.js";
import { InputValidationError, KieError, TaskFailedError, UnexpectedResponseError, WaitTimeoutError } from "./errors.js";
import type { components } from "./generated/api.gen.js";
import type { CreateTaskBody, ModelId, ModelInputs } from "./generated/models.gen.js";
import { decodeRecord, type SuccessTaskRecord, type TaskRecord } from "./record.js";
import { execute } from "./transport.js";
import { type WaitOptions, waitForTask } from "./wait.js";

/** A createTask request: the input type follows the `model` literal. */
export interface CreateTaskRequest<M extends ModelId> {
  model: M;
  input: ModelInputs[M];
  /** URL that receives the task record when it finishes; see `callbacks.handler`. */
  callBackUrl?: string;
}

/** A created task: store `taskId` to resume waiting later, from any process. */
export interface CreatedTask<M extends ModelId = ModelId> {
  taskId: string;
  model: M;
  /** When the create call returned (local clock, Unix ms). */
  createdAt: number;
}

/** Options of a single request. */
export interface RequestOptions {
  signal?: AbortSignal;
}

/** Options of `run`: everything of `tasks.wait`, plus a hook that fires as soon as the task exists. */
export interface RunOptions extends Omit<WaitOptions, "model" | "createdAt"> {
  /** Called right after the task is created, before any waiting: persist the id here. */
  onTaskCreated?: (task: CreatedTask) => void | Promise<void>;
}

// The per-model facts (defaults, validator loaders, ids) load on the first create: the catalogue can grow
// without growing an app's initial bundle.
type Registry = typeof import("./generated/registry.gen.js");
let registry: Promise<Registry> | undefined;
const loadRegistry = () => {
  registry ??= import("./generated/registry.gen.js");
  registry.catch(() => {
    registry = undefined;
  });
  return registry;
};

const isKnownModel = (catalog: Registry, model: string): model is ModelId => Object.hasOwn(catalog.loadValidator, model);

/** The body that will be sent: the caller's input with the defaults upstream now requires filled in. */
function withDefaults<M extends ModelId>(catalog: Registry, request: CreateTaskRequest<M>): CreateTaskBody<M> {
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

async function validate(context: ClientContext, catalog: Registry, body: CreateTaskBody<ModelId>) {
  if (context.validation === false) return;
  const model = (body as { model: unknown }).model;
  if (typeof model !== "string" || !isKnownModel(catalog, model)) {
    // Loaded only here: the validators' runtime then stays out of the initial bundle.
    const { nearest } = await import("@kie-market/schemas");
    const { modelIds } = catalog;
    const suggestion = typeof model === "string" ? nearest(model, modelIds) : undefined;
    const message = `model ${JSON.stringify(model)} is not a known model${suggestion ? `; did you mean "${suggestion}"?` : ""} (known: ${modelIds.join(", ")})`;
    throw new InputValidationError(String(model), [{ path: ["model"], at: "model", rule: "enum", allowed: modelIds, suggestion, message }]);
  }
  const validator = await validatorFor(catalog, model);
  if (validator.is(body, context.validation)) return;
  // Something is wrong: load the "did you mean" suggester (kept out of the happy path) and list every issue.
  const { nearest } = await import("@kie-market/schemas");
  const result = validator.validate(body, { suggest: nearest, ...context.validation });
  if (!result.ok) throw new InputValidationError(model, result.issues);
}

/** recordInfo's `data` as a {@link TaskRecord}, refusing what the spec does not allow: no record, or another task's. */
function checkRecord(taskId: string, data: unknown): TaskRecord {
  const label = `GET recordInfo ${taskId}`;
  if (typeof data !== "object" || data === null || Array.isArray(data))
    throw new UnexpectedResponseError(`${label} answered success without a task record (data: ${JSON.stringify(data) ?? "absent"})`, {
      taskId,
      body: data,
    });
  const { taskId: answered, state } = data as { taskId?: unknown; state?: unknown };
  if (answered !== taskId)
    throw new UnexpectedResponseError(`${label} answered with the record of another task (${JSON.stringify(answered)})`, {
      taskId,
      body: data,
    });
  if (typeof state !== "string") throw new UnexpectedResponseError(`${label} answered a record without a state`, { taskId, body: data });
  return decodeRecord(data as components["schemas"]["TaskRecord"]);
}

/**
 * An error from the wait of a task that exists: it carries the task id and says so, so that the caller
 * resumes with `tasks.wait(taskId)` instead of creating (and paying for) the task again.
 */
function taskExists(error: unknown, taskId: string): unknown {
  if (!(error instanceof KieError) || error instanceof TaskFailedError || error instanceof WaitTimeoutError) return error;
  const note = `task ${taskId} was created and may still finish: resume with tasks.wait("${taskId}") rather than creating it again`;
  if (!error.message.includes(note)) error.message = `${error.message} (${note})`;
  if (error.taskId !== taskId) Object.assign(error, { taskId });
  return error;
}

/** The `tasks` part of the client, and `run`. */
export function createTasks(context: ClientContext) {
  const get = async (taskId: string, options: RequestOptions = {}): Promise<TaskRecord> => {
    if (typeof taskId !== "string" || taskId.trim() === "")
      throw new TypeError(`taskId must be a non-empty string; got ${JSON.stringify(taskId)}`);
    const data = await execute(
      {
        kind: "read",
        label: `GET recordInfo ${taskId}`,
        taskId,
        signal: options.signal,
        send: (signal) => context.api.GET("/api/v1/jobs/recordInfo", { params: { query: { taskId } }, signal, parseAs: "text" }),
        decode: (data) => checkRecord(taskId, data),
      },
      context.read,
    );
    return data as TaskRecord;
  };

  const wait = (taskId: string, options: WaitOptions = {}): Promise<SuccessTaskRecord> =>
    waitForTask(taskId, options, {
      getRecord: (id, signal) => get(id, { signal }),
      durations: context.durations,
      deliveries: context.deliveries,
      polling: context.polling,
      retry: context.read.retry,
      logger: context.logger,
    });

  const create = async <M extends ModelId>(request: CreateTaskRequest<M>, options: RequestOptions = {}): Promise<CreatedTask<M>> => {
    if (typeof request !== "object" || request === null) throw new TypeError("tasks.create expects { model, input, callBackUrl? }");
    const catalog = await loadRegistry();
    const body = withDefaults(catalog, request);
    await validate(context, catalog, body as CreateTaskBody<ModelId>);
    const data = await execute(
      {
        kind: "create",
        label: `POST createTask ${request.model}`,
        signal: options.signal,
        // biome-ignore lint/suspicious/noExplicitAny: the body was validated against the model's own schema above
        send: (signal) => context.api.POST("/api/v1/jobs/createTask", { body: body as any, signal, parseAs: "text" }),
        decode: (data) => {
          const taskId = (data as { taskId?: unknown } | null | undefined)?.taskId;
          if (typeof taskId === "string" && taskId) return taskId;
          // The task may exist (and be billed) without us knowing its id: say so rather than retry.
          throw new UnexpectedResponseError(
            `createTask for ${request.model} answered success without a taskId; the task may exist: check your task log before retrying`,
            { body: data },
          );
        },
      },
      context.create,
    );
    return { taskId: data as string, model: request.model, createdAt: Date.now() };
  };

  /** Creates a task and waits for it. `onTaskCreated` fires before any waiting; a timeout never re-creates. */
  const run = async <M extends ModelId>(request: CreateTaskRequest<M>, options: RunOptions = {}): Promise<SuccessTaskRecord> => {
    const task = await create(request, { signal: options.signal });
    await options.onTaskCreated?.(task);
    try {
      return await wait(task.taskId, { ...options, model: task.model, createdAt: task.createdAt });
    } catch (error) {
      throw taskExists(error, task.taskId);
    }
  };

  return { create, get, wait, run };
}
