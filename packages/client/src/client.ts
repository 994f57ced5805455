import type { Client, Middleware } from "openapi-fetch";
import { type Callbacks, createCallbacks } from "./callbacks.js";
import type { ClientContext } from "./context.js";
import { DEFAULT_POLLING, DEFAULT_RETRY } from "./defaults.js";
import { Deliveries } from "./deliveries.js";
import { DurationModel } from "./durations.js";
import type { Account, Files } from "./files.js";
import type { paths } from "./generated/api.gen.js";
import type { ModelId } from "./generated/models.gen.js";
import { DEFAULT_CREATE_LIMIT, DEFAULT_READ_LIMIT, type KieClientOptions, resolveConfig } from "./options.js";
import { type Limiter, type RateLimit, SlidingWindowLimiter } from "./rate-limiter.js";
import type { SuccessTaskRecord, TaskOutput } from "./record.js";
import { createRedactor } from "./redact.js";
import type { CreatedTask, CreateOptions, CreateTaskRequest, RunOptions, Tasks, UntypedTaskRequest } from "./tasks.js";
import { createTimeouts } from "./timeouts.js";

/** A client for the kie.ai (or apikley) Market jobs API, made by {@link createKieClient}. */
export interface KieClient {
  /** Create, read and wait for tasks. */
  readonly tasks: Tasks;
  /**
   * Creates a task and waits for it to finish; resolves with its result (`resultUrls` for media models,
   * `resultObject` for analysis models). `onTaskCreated` fires before any waiting: store the id there. Every
   * error after the create carries the task id: resume with `tasks.wait(taskId)`, never by creating it again.
   * @throws {TaskFailedError} the task failed (`record` says why)
   * @throws {EmptyResultError} a media model succeeded without result URLs (unless `allowEmptyResult`)
   * @throws {WaitTimeoutError} `timeoutMs` passed; the task keeps running
   */
  run<M extends ModelId>(request: CreateTaskRequest<M>, options?: RunOptions): Promise<TaskOutput<M>>;
  /** `run` for any model id, through `tasks.createUntyped` (no local validation). */
  runUntyped(request: UntypedTaskRequest, options?: RunOptions): Promise<SuccessTaskRecord>;
  /** Receive and verify completion callbacks, in any framework. */
  readonly callbacks: Callbacks;
  /** Upload input files; download results. */
  readonly files: Files;
  /** Account credits. */
  readonly account: Account;
  /** What this client has learned about each model's task duration (ms); persist it via `toJSON()`. */
  readonly durations: DurationModel;
  /** The API host in use. */
  readonly baseUrl: string;
  /** The file upload host in use. */
  readonly uploadBaseUrl: string;
  /** The typed openapi-fetch client, for anything else (it adds the key but none of the retries or checks). */
  readonly raw: Client<paths>;
}

/**
 * Creates a client for the kie.ai (or apikley) Market jobs API.
 *
 * ```ts
 * const kie = createKieClient({ apiKey: process.env.KIE_API_KEY });
 * const done = await kie.run({ model: "kling/v2-5-turbo-image-to-video-pro", input: { prompt, image_url } });
 * console.log(done.resultUrls);
 * ```
 * @see https://docs.kie.ai/market/common/get-task-detail
 */
export function createKieClient(options: KieClientOptions = {}): KieClient {
  const { apiKey, ...config } = resolveConfig(options);
  // The options are checked now; openapi-fetch, the task engine, uploads and downloads load on the first
  // call that needs them, so that an app's initial bundle carries little more than this function.
  const loadEngine = lazy(() => import("./engine.js"));
  const loadHttp = lazy(async () => {
    const { createHttp } = await loadEngine();
    const http = createHttp({ apiKey, baseUrl: config.baseUrl, headers: options.headers, fetch: options.fetch });
    context.api = http.api;
    return http;
  });
  // Scrubs the key from what a server echoes back into an error (a proxy echoing headers, say).
  const redact = createRedactor(apiKey);
  const retry = { ...DEFAULT_RETRY, ...options.retry };
  const timeouts = createTimeouts(options.timeoutMs ?? 60_000);
  const limiter = (rate: RateLimit | Limiter | false | undefined, fallback: RateLimit): Limiter | undefined =>
    rate === false ? undefined : rate && "acquire" in rate ? rate : new SlidingWindowLimiter(rate ?? fallback);
  const base = { retry, timeouts, logger: options.logger, redact };
  const context: ClientContext = {
    // Set by loadHttp, which every part that sends a request awaits first.
    api: undefined as unknown as Client<paths>,
    config,
    create: { ...base, limiter: limiter(options.rateLimit === false ? false : options.rateLimit?.create, DEFAULT_CREATE_LIMIT) },
    read: { ...base, limiter: limiter(options.rateLimit === false ? false : options.rateLimit?.read, DEFAULT_READ_LIMIT) },
    upload: base,
    durations: new DurationModel(20, options.polling?.expectedDurations),
    deliveries: new Deliveries(),
    polling: { ...DEFAULT_POLLING, ...options.polling },
    validation: options.validation ?? { unknownFields: "reject" },
    logger: options.logger,
    journalStore: options.journal,
    budget: options.budget,
    fleet: options.fleet,
    // Result files live on other hosts: they are fetched without the key.
    fetch: options.fetch ?? ((request) => globalThis.fetch(request)),
  };
  const engine = lazy(async () => {
    await loadHttp();
    return (await loadEngine()).createTasks(context);
  });
  const tasks: Tasks = {
    create: async <M extends ModelId>(request: CreateTaskRequest<M>, requestOptions?: CreateOptions): Promise<CreatedTask<M>> =>
      (await engine()).create(request, requestOptions),
    validate: async <M extends ModelId>(request: CreateTaskRequest<M>) => (await engine()).validate(request),
    createUntyped: async (request, requestOptions) => (await engine()).createUntyped(request, requestOptions),
    get: async (taskId, requestOptions) => (await engine()).get(taskId, requestOptions),
    wait: async (taskId, waitOptions) => (await engine()).wait(taskId, waitOptions),
    pending: async () => (await engine()).pending(),
    lookup: async (id) => (await engine()).lookup(id),
    recover: async (waitOptions) => (await engine()).recover(waitOptions),
    resolve: async (journalId, taskId) => (await engine()).resolve(journalId, taskId),
    abandon: async (journalId) => (await engine()).abandon(journalId),
  };
  // Uploads and credits load on first use, so that an app that never calls them does not ship them.
  const loadExtras = lazy(async () => (await Promise.all([loadHttp(), import("./files.js")]))[1]);
  const files = async () => (await loadExtras()).createFiles(context, await loadEngine());
  const account = async () => (await loadExtras()).createAccount(context, await loadEngine());
  return {
    tasks,
    run: async <M extends ModelId>(request: CreateTaskRequest<M>, runOptions?: RunOptions): Promise<TaskOutput<M>> =>
      (await engine()).run(request, runOptions),
    runUntyped: async (request, runOptions) => (await engine()).runUntyped(request, runOptions),
    callbacks: createCallbacks(context, tasks.get, loadEngine),
    files: {
      upload: async (source, uploadOptions) => (await files()).upload(source, uploadOptions),
      downloadUrl: async (url, requestOptions) => (await files()).downloadUrl(url, requestOptions),
      download: async (url, destination, downloadOptions) => (await files()).download(url, destination, downloadOptions),
    },
    account: {
      credits: async (requestOptions) => (await account()).credits(requestOptions),
    },
    durations: context.durations,
    baseUrl: config.baseUrl,
    uploadBaseUrl: config.uploadBaseUrl,
    raw: lazyClient(async () => (await loadHttp()).raw),
  };
}

/**
 * `load`, run once; run again on the next call if it failed. The same as `once.ts`'s `lazy`, kept apart on
 * purpose: importing that module here as well makes a bundler put it in a chunk of its own, shared by the
 * entry and the engine (measured: one more chunk, +0.14 kB gz at start).
 */
function lazy<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    if (!pending) {
      pending = load();
      pending.catch(() => {
        pending = undefined;
      });
    }
    return pending;
  };
}

/**
 * An openapi-fetch client that loads openapi-fetch on its first request. Middleware registered before
 * then is applied, in order, before that request.
 */
function lazyClient(load: () => Promise<Client<paths>>): Client<paths> {
  let real: Client<paths> | undefined;
  const queued: ["use" | "eject", Middleware[]][] = [];
  const ready = async () => {
    const client = await load();
    if (!real) {
      real = client;
      for (const [operation, middleware] of queued.splice(0)) client[operation](...middleware);
    }
    return real;
  };
  const forward =
    (method: "request" | "GET" | "PUT" | "POST" | "DELETE" | "OPTIONS" | "HEAD" | "PATCH" | "TRACE") =>
    async (...args: unknown[]) =>
      ((await ready())[method] as (...args: unknown[]) => unknown)(...args);
  const register =
    (operation: "use" | "eject") =>
    (...middleware: Middleware[]) => {
      if (real) real[operation](...middleware);
      else queued.push([operation, middleware]);
    };
  return {
    request: forward("request"),
    GET: forward("GET"),
    PUT: forward("PUT"),
    POST: forward("POST"),
    DELETE: forward("DELETE"),
    OPTIONS: forward("OPTIONS"),
    HEAD: forward("HEAD"),
    PATCH: forward("PATCH"),
    TRACE: forward("TRACE"),
    use: register("use"),
    eject: register("eject"),
  } as Client<paths>;
}
