import type { Client } from "openapi-fetch";
import { type Callbacks, createCallbacks } from "./callbacks.js";
import type { ClientContext } from "./context.js";
import { Deliveries } from "./deliveries.js";
import { DurationModel } from "./durations.js";
import type { Account, Files } from "./files.js";
import type { paths } from "./generated/api.gen.js";
import type { ModelId } from "./generated/models.gen.js";
import { createHttp } from "./http.js";
import { DEFAULT_CREATE_LIMIT, DEFAULT_READ_LIMIT, type KieClientOptions, resolveConfig } from "./options.js";
import { DEFAULT_POLLING } from "./poll-schedule.js";
import { SlidingWindowLimiter } from "./rate-limiter.js";
import type { SuccessTaskRecord, TaskOutput } from "./record.js";
import { createRedactor } from "./redact.js";
import { DEFAULT_RETRY } from "./retry.js";
import { type CreateTaskRequest, createTasks, type RunOptions, type Tasks, type UntypedTaskRequest } from "./tasks.js";
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
  const { api, raw } = createHttp({ apiKey, baseUrl: config.baseUrl, headers: options.headers, fetch: options.fetch });
  // Scrubs the key from what a server echoes back into an error (a proxy echoing headers, say).
  const redact = createRedactor(apiKey);
  const retry = { ...DEFAULT_RETRY, ...options.retry };
  const timeouts = createTimeouts(options.timeoutMs ?? 60_000);
  const limiter = (rate: typeof DEFAULT_READ_LIMIT | false | undefined, fallback: typeof DEFAULT_READ_LIMIT) =>
    rate === false ? undefined : new SlidingWindowLimiter(rate ?? fallback);
  const base = { retry, timeouts, logger: options.logger, redact };
  const context: ClientContext = {
    api,
    config,
    create: { ...base, limiter: limiter(options.rateLimit === false ? false : options.rateLimit?.create, DEFAULT_CREATE_LIMIT) },
    read: { ...base, limiter: limiter(options.rateLimit === false ? false : options.rateLimit?.read, DEFAULT_READ_LIMIT) },
    upload: base,
    durations: new DurationModel(20, options.polling?.expectedDurations),
    deliveries: new Deliveries(),
    polling: { ...DEFAULT_POLLING, ...options.polling },
    validation: options.validation ?? { unknownFields: "reject" },
    logger: options.logger,
    // Result files live on other hosts: they are fetched without the key.
    fetch: options.fetch ?? ((request) => globalThis.fetch(request)),
  };
  const { create, validate, createUntyped, get, wait, run, runUntyped } = createTasks(context);
  // Uploads and credits load on first use, so that an app that never calls them does not ship them.
  let extras: Promise<typeof import("./files.js")> | undefined;
  const loadExtras = () => {
    extras ??= import("./files.js");
    return extras;
  };
  const files = async () => (await loadExtras()).createFiles(context);
  const account = async () => (await loadExtras()).createAccount(context);
  return {
    tasks: { create, validate, createUntyped, get, wait },
    run,
    runUntyped,
    callbacks: createCallbacks(context, get),
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
    raw,
  };
}
