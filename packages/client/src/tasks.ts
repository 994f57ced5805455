import type { ClientContext } from "./context.js";
import {
  ApiError,
  ConfigurationError,
  EmptyResultError,
  KieError,
  TaskFailedError,
  UnexpectedResponseError,
  WaitTimeoutError,
} from "./errors.js";
import type { components } from "./generated/api.gen.js";
import type { CreateTaskBody, ModelId, ModelInputs } from "./generated/models.gen.js";
import type { JournalEntry } from "./journal.js";
import type { JournalStore } from "./journal-store.js";
import { lazy } from "./once.js";
import { decodeRecord, failedRecord, type SuccessTaskRecord, type TaskOutput, type TaskRecord } from "./record.js";
import { execute } from "./transport.js";
import { modelEntry, validate, warnIfDeprecated, withDefaults } from "./validate-input.js";
import { type WaitOptions, waitForTask } from "./wait.js";

/** A createTask request: the input type follows the `model` literal. */
export interface CreateTaskRequest<M extends ModelId> {
  model: M;
  input: ModelInputs[M];
  /** URL that receives the task record when it finishes; see `callbacks.handler`. */
  callBackUrl?: string;
}

/**
 * A createTask request for any model id, checked by nobody before it is sent: for a model upstream
 * released after this catalogue (see `tasks.createUntyped`). The input goes as given, without defaults.
 */
export interface UntypedTaskRequest {
  model: string;
  input: Record<string, unknown>;
  callBackUrl?: string;
}

/** A created task: store `taskId` to resume waiting later, from any process. */
export interface CreatedTask<M extends string = ModelId> {
  taskId: string;
  model: M;
  /** When the create call returned (local clock, Unix ms). */
  createdAt: number;
  /**
   * Set when an `idempotencyKey` found the task a first create made (in this process or one sharing the
   * journal): nothing was sent, and nothing more was billed.
   */
  replayed?: true;
}

/** Options of a single request. */
export interface RequestOptions {
  signal?: AbortSignal;
  /** Headers for this request (e.g. the mock's `X-Kie-Mock` scenarios); they win over the client's `headers`. */
  headers?: Record<string, string>;
}

/** Options of a create. */
export interface CreateOptions extends RequestOptions {
  /**
   * With a journal: a second create (or run) with the same key returns the first one's task instead of
   * creating (and paying for) another, in this process or any that shares the journal. If the first one's
   * answer never came, it throws {@link OutcomeUnknownError} and creates nothing. Use a key that names
   * the work (a queue job id, an order id).
   */
  idempotencyKey?: string;
}

/** What `tasks.recover()` found and did. */
export interface RecoveryReport {
  /** Accepted tasks it waited for, that succeeded. */
  succeeded: { entry: JournalEntry; record: SuccessTaskRecord }[];
  /** Accepted tasks it waited for, that failed or could not be waited for (the error says which). */
  failed: { entry: JournalEntry; error: unknown }[];
  /** Creates whose answer never came: they may exist and be billed. Nothing re-sends them. */
  unknown: { entry: JournalEntry; advice: string }[];
  /** Entries another live process follows (it holds their lease in a shared journal): left to it. */
  elsewhere: { entry: JournalEntry }[];
  /** Entries of the store that could not be read (a torn last line after a crash, say): skipped. */
  problems: string[];
}

/** Options of `run`: everything of `tasks.wait`, plus a hook that fires as soon as the task exists. */
export interface RunOptions extends Omit<WaitOptions, "model" | "createdAt"> {
  /** See {@link CreateOptions.idempotencyKey}: a repeated run with the key waits for the first one's task. */
  idempotencyKey?: string;
  /** Called right after the task is created, before any waiting: persist the id here. */
  onTaskCreated?: (task: CreatedTask) => void | Promise<void>;
}

/** Create, read and wait for tasks. */
export interface Tasks {
  /**
   * Creates a task. The input type follows the `model` literal; the input is validated locally (nothing
   * is sent if it is wrong) and upstream's newly required defaults are filled in. Store the returned
   * `taskId`: `wait` resumes from it, in any process.
   * @throws {InputValidationError} the input breaks the model's schema: nothing was sent
   */
  create<M extends ModelId>(request: CreateTaskRequest<M>, options?: CreateOptions): Promise<CreatedTask<M>>;
  /**
   * Checks a create request as `create` would (the defaults filled in, the model's validator), without
   * sending anything: e.g. before uploading the files its URLs will point at.
   * @throws {InputValidationError} the input breaks the model's schema
   */
  validate<M extends ModelId>(request: CreateTaskRequest<M>): Promise<void>;
  /**
   * Creates a task for any model id, typed or not, without local validation or defaults: for a model
   * released upstream after this catalogue. Retries, rate limits, waits and callbacks are the same.
   * A catalogue model belongs in `create`, where a typo is a compile error and a refusal.
   */
  createUntyped(request: UntypedTaskRequest, options?: CreateOptions): Promise<CreatedTask<string>>;
  /**
   * Reads a task's record once. A failed task is a {@link FailedTaskRecord} (`state: "fail"`), whether
   * recordInfo said `fail` or answered 501/408; only a failed read throws.
   */
  get(taskId: string, options?: RequestOptions): Promise<TaskRecord>;
  /**
   * Waits for a task (from its id alone) until it succeeds, fails or `timeoutMs` passes. Never creates a
   * task. Outages, 5xx, 429 and unreadable answers only delay it.
   * @throws {TaskFailedError} the task failed
   * @throws {EmptyResultError} a media model succeeded without result URLs (unless `allowEmptyResult`)
   * @throws {WaitTimeoutError} `timeoutMs` passed; the task keeps running: wait again
   */
  wait(taskId: string, options?: WaitOptions): Promise<SuccessTaskRecord>;
  /** The journal's unsettled tasks: creates in flight, creates whose outcome is unknown, tasks not seen finished. */
  pending(): Promise<JournalEntry[]>;
  /**
   * The journal's entry for a task id (or a journal id), with what the store has from every process that
   * shares it: its status, result URLs and credits once settled. Reads no recordInfo (e.g. a serverless
   * status route). Undefined when the journal has no such task.
   */
  lookup(id: string): Promise<JournalEntry | undefined>;
  /**
   * Finishes what the journal left unsettled (after a crash, in another process): waits for every accepted
   * task and reports the creates whose outcome is unknown, with what to do. Creates nothing.
   */
  recover(options?: Omit<WaitOptions, "model" | "createdAt">): Promise<RecoveryReport>;
  /** Records the task id of a create whose outcome was unknown (found in the account's logs): it is then followed. */
  resolve(journalId: string, taskId: string): Promise<void>;
  /**
   * Records that a create whose outcome was unknown is not to be followed (its idempotency key then creates
   * anew); with a budget, the credits reserved for it are freed.
   */
  abandon(journalId: string): Promise<void>;
}

/** recordInfo's `data` as a {@link TaskRecord}, refusing what the spec does not allow: no record, or another task's. */
function checkRecord(taskId: string, data: unknown): TaskRecord {
  const label = `GET recordInfo ${taskId}`;
  // A 2xx with an answer the spec does not allow (the transport marks such a read's refusal retryable).
  const unexpected = (what: string) => new UnexpectedResponseError(`${label} answered ${what}`, { taskId, body: data });
  if (typeof data !== "object" || data === null || Array.isArray(data))
    throw unexpected(`success without a task record (data: ${JSON.stringify(data) ?? "absent"})`);
  const { taskId: answered, state } = data as { taskId?: unknown; state?: unknown };
  if (answered !== taskId) throw unexpected(`with the record of another task (${JSON.stringify(answered)})`);
  if (typeof state !== "string") throw unexpected("a record without a state");
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
  // Records other processes of the fleet confirmed reach this process's waits as if its own handler had read them.
  context.fleet?.bus?.subscribe((taskId, record) => {
    if (typeof taskId === "string" && record && typeof record === "object" && record.taskId === taskId)
      context.deliveries.deliver(taskId, record);
  });
  /** A read of a task: what it shows is journaled (a new state, or its end) when the journal knows the task. */
  const get = async (taskId: string, options: RequestOptions = {}): Promise<TaskRecord> => {
    const record = await read(taskId, options);
    const journalId = store ? await (await withJournal("get")).observe(record) : undefined;
    if (context.budget) await (await budgeting()).settle(record, journalId);
    return record;
  };

  const read = async (taskId: string, options: RequestOptions = {}): Promise<TaskRecord> => {
    const { headers } = options;
    if (typeof taskId !== "string" || taskId.trim() === "")
      throw new TypeError(`taskId must be a non-empty string; got ${JSON.stringify(taskId)}`);
    try {
      return (await execute(
        {
          kind: "read",
          label: `GET recordInfo ${taskId}`,
          taskId,
          signal: options.signal,
          send: (signal) => context.api.GET("/api/v1/jobs/recordInfo", { params: { query: { taskId } }, signal, headers, parseAs: "text" }),
          decode: (data) => checkRecord(taskId, data),
        },
        context.read,
      )) as TaskRecord;
    } catch (error) {
      // One rule for a failed task: recordInfo's codes 501 (generation failed) and 408 (no result in
      // time) say the task finished and failed, so they are the same record as `state: "fail"`.
      if (error instanceof ApiError && (error.apiCode === 501 || error.apiCode === 408))
        return failedRecord(taskId, error.apiCode, error.body);
      throw error;
    }
  };

  const wait = async (taskId: string, options: WaitOptions = {}): Promise<SuccessTaskRecord> => {
    let read: TaskRecord | undefined;
    const done = await waitForTask(taskId, options, {
      getRecord: async (id, signal) => (read = await get(id, { signal, headers: options.headers })),
      durations: context.durations,
      deliveries: context.deliveries,
      polling: context.polling,
      retry: context.read.retry,
      logger: context.logger,
    });
    // A record a callback or another process delivered is journaled and settles the budget as a read does
    // (a record this wait read did both in `get`).
    if (done !== read) {
      const journalId = store ? await (await withJournal("wait")).observe(done) : undefined;
      if (context.budget) await (await budgeting()).settle(done, journalId);
    }
    // A media model's success without a URL would only fail later, at resultUrls[0]: say so now. An
    // analysis model's result is its resultObject; a model outside the catalogue is not judged.
    if (!options.allowEmptyResult && done.resultUrls.length === 0) {
      const entry = await modelEntry(done.model);
      if (entry && !entry.objectOutput) throw EmptyResultError.of(done);
    }
    return done;
  };

  /** Sends a createTask body (already checked, or explicitly unchecked). */
  const send = async (body: Record<string, unknown>, model: string, { signal, headers }: RequestOptions): Promise<string> =>
    (await execute(
      {
        kind: "create",
        label: `POST createTask ${model}`,
        signal,
        // biome-ignore lint/suspicious/noExplicitAny: the body was validated against the model's own schema, or the caller chose not to
        send: (signal) => context.api.POST("/api/v1/jobs/createTask", { body: body as any, signal, headers, parseAs: "text" }),
        decode: (data) => {
          const taskId = (data as { taskId?: unknown } | null | undefined)?.taskId;
          if (typeof taskId === "string" && taskId) {
            // Its callback is then one this process expects, even after its wait has ended.
            context.deliveries.remember(taskId);
            return taskId;
          }
          // The task may exist (and be billed) without us knowing its id: say so rather than retry.
          throw new UnexpectedResponseError(
            `createTask for ${model} answered success without a taskId; the task may exist: check your task log before retrying`,
            { body: data },
          );
        },
      },
      context.create,
    )) as string;

  /** The body `create` sends for `request`, checked (nothing is sent when it is wrong). */
  const checked = async <M extends ModelId>(request: CreateTaskRequest<M>, method: string) => {
    if (typeof request !== "object" || request === null) throw new TypeError(`tasks.${method} expects { model, input, callBackUrl? }`);
    const entry = await modelEntry(request.model);
    warnIfDeprecated(context, entry, request.model);
    const body = withDefaults(entry, request);
    await validate(context, entry, body as CreateTaskBody<ModelId>);
    return body;
  };

  const check = async <M extends ModelId>(request: CreateTaskRequest<M>): Promise<void> => {
    await checked(request, "validate");
  };

  const create = async <M extends ModelId>(request: CreateTaskRequest<M>, options: CreateOptions = {}): Promise<CreatedTask<M>> => {
    const body = await checked(request, "create");
    return (await journaled(body as Record<string, unknown>, request.model, options)) as CreatedTask<M>;
  };

  // The journal's code loads only for a client given a journal.
  const store = context.journalStore;
  const journaling = lazy(async () => {
    const { journalTasks } = await import("./journal.js");
    return journalTasks(store as JournalStore, context.logger, { send: budgeted, wait });
  });
  const withJournal = (method: string) => {
    if (!store) throw new ConfigurationError(`tasks.${method} needs a journal: createKieClient({ journal })`);
    return journaling();
  };

  // The budget's code (and the pricing snapshot) loads only for a client given a budget.
  const budgeting = lazy(async () => {
    const { createBudget } = await import("./budget.js");
    return createBudget(context.budget as NonNullable<typeof context.budget>, context.logger);
  });

  /**
   * Sends a create, with a budget reserving its estimate first. The journal calls it only for a create it
   * sends: one an idempotency key answers with an earlier task sends nothing, so it is neither counted nor
   * refused. A journaled create's reservation is named after its journal entry, so that any process that
   * sees the task end (after this one died) settles it.
   */
  const budgeted = async (body: Record<string, unknown>, model: string, options: RequestOptions, journalId?: string): Promise<string> => {
    if (!context.budget) return send(body, model, options);
    const hold = await (await budgeting()).reserve(model, body.input as Record<string, unknown> | undefined, journalId);
    let taskId: string;
    try {
      taskId = await send(body, model, options);
    } catch (error) {
      await hold.failed(error);
      throw error;
    }
    hold.accepted(taskId);
    return taskId;
  };

  /** Sends a create; with a journal, its intent is stored first and its outcome after. */
  const journaled = async (body: Record<string, unknown>, model: string, options: CreateOptions): Promise<CreatedTask<string>> => {
    const key = options.idempotencyKey;
    if (key !== undefined && (typeof key !== "string" || key === ""))
      throw new TypeError(`idempotencyKey must be a non-empty string; got ${JSON.stringify(key)}`);
    if (key !== undefined && !store)
      throw new ConfigurationError("idempotencyKey needs a journal: createKieClient({ journal: memoryJournal() }) or fileJournal(path)");
    return store
      ? (await withJournal("create")).create(body, model, options)
      : { taskId: await budgeted(body, model, options), model, createdAt: Date.now() };
  };

  const createUntyped = async (request: UntypedTaskRequest, options: CreateOptions = {}): Promise<CreatedTask<string>> => {
    const { model, input, callBackUrl } = (request ?? {}) as Partial<UntypedTaskRequest>;
    if (typeof model !== "string" || model.trim() === "")
      throw new TypeError(`tasks.createUntyped needs a model id (a non-empty string); got ${JSON.stringify(model)}`);
    if (typeof input !== "object" || input === null || Array.isArray(input))
      throw new TypeError(`tasks.createUntyped needs input as an object; got ${JSON.stringify(input)}`);
    const body: Record<string, unknown> = { model, input };
    if (callBackUrl !== undefined) body.callBackUrl = callBackUrl;
    return journaled(body, model, options);
  };

  /** Waits for a created task; an error after the create says the task exists. */
  const follow = async (task: CreatedTask<string>, options: RunOptions): Promise<SuccessTaskRecord> => {
    await options.onTaskCreated?.(task as CreatedTask);
    try {
      return await wait(task.taskId, { ...options, model: task.model, createdAt: task.createdAt });
    } catch (error) {
      throw taskExists(error, task.taskId);
    }
  };

  const createOptions = ({ signal, headers, idempotencyKey }: RunOptions): CreateOptions => ({ signal, headers, idempotencyKey });

  /** Creates a task and waits for it. `onTaskCreated` fires before any waiting; a timeout never re-creates. */
  const run = async <M extends ModelId>(request: CreateTaskRequest<M>, options: RunOptions = {}): Promise<TaskOutput<M>> =>
    (await follow(await create(request, createOptions(options)), options)) as TaskOutput<M>;

  const runUntyped = async (request: UntypedTaskRequest, options: RunOptions = {}): Promise<SuccessTaskRecord> =>
    follow(await createUntyped(request, createOptions(options)), options);

  const tasks: Tasks = {
    create,
    validate: check,
    createUntyped,
    get,
    wait,
    pending: async () => (await withJournal("pending")).pending(),
    lookup: async (id) => (await withJournal("lookup")).lookup(id),
    recover: async (options) => (await withJournal("recover")).recover(options),
    resolve: async (journalId, taskId) => (await withJournal("resolve")).resolve(journalId, taskId),
    abandon: async (journalId) => {
      await (await withJournal("abandon")).abandon(journalId);
      if (context.budget) await (await budgeting()).abandoned(journalId);
    },
  };
  return { ...tasks, run, runUntyped };
}
