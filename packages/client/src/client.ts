import createClient from "openapi-fetch";
import { createCallbacks } from "./callbacks.js";
import type { ClientContext } from "./context.js";
import { Deliveries } from "./deliveries.js";
import { DurationModel } from "./durations.js";
import type { UploadOptions, UploadSource } from "./files.js";
import type { paths } from "./generated/api.gen.js";
import { DEFAULT_CREATE_LIMIT, DEFAULT_READ_LIMIT, type KieClientOptions, resolveConfig } from "./options.js";
import { DEFAULT_POLLING } from "./poll-schedule.js";
import { SlidingWindowLimiter } from "./rate-limiter.js";
import { createRedactor } from "./redact.js";
import { DEFAULT_RETRY } from "./retry.js";
import { createTasks } from "./tasks.js";
import { createTimeouts } from "./timeouts.js";

/**
 * What openapi-fetch needs of a Request (url, method, headers), without building one: undici's
 * Request constructor is the largest single cost of a call in Node. Handed to `fetch(url, init)`.
 */
class PlannedRequest {
  constructor(
    readonly url: string,
    readonly init: RequestInit & { headers: Headers },
  ) {}
  get method(): string {
    return this.init.method ?? "GET";
  }
  get headers(): Headers {
    return this.init.headers;
  }
}

/**
 * The query string of our own calls, which send only flat values (recordInfo's `taskId`). Given as a
 * function, it spares openapi-fetch building a serializer on every call (about 1.5 µs each).
 */
function flatQuery(query: Record<string, unknown>): string {
  let search = "";
  for (const key in query) {
    const value = query[key];
    if (value === undefined || value === null) continue;
    search += `${search ? "&" : ""}${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`;
  }
  return search;
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
export function createKieClient(options: KieClientOptions = {}) {
  const { apiKey, ...config } = resolveConfig(options);
  const userFetch = options.fetch;
  // The key lives only in these closures: never on the client object, in errors or in logs.
  const authorizedFetch = (request: Request) => {
    request.headers.set("authorization", `Bearer ${apiKey}`);
    return userFetch ? userFetch(request) : globalThis.fetch(request);
  };
  // Our own calls skip building a Web Request (tens of µs each in Node) unless a custom fetch wants one.
  const plannedFetch = (request: PlannedRequest) => {
    request.headers.set("authorization", `Bearer ${apiKey}`);
    return userFetch ? userFetch(new Request(request.url, request.init)) : globalThis.fetch(request.url, request.init);
  };
  const api = createClient<paths>({
    baseUrl: config.baseUrl,
    querySerializer: flatQuery,
    Request: PlannedRequest as unknown as typeof Request,
    fetch: plannedFetch as unknown as (request: Request) => Promise<Response>,
  });
  // What users get as `raw`: the same client with real Requests, so their middleware sees what it expects.
  const raw = createClient<paths>({ baseUrl: config.baseUrl, fetch: authorizedFetch });
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
  };
  const { create, createUntyped, get, wait, run, runUntyped } = createTasks(context);
  // Uploads and credits load on first use, so that an app that never calls them does not ship them.
  let extras: Promise<typeof import("./files.js")> | undefined;
  const loadExtras = () => {
    extras ??= import("./files.js");
    return extras;
  };
  const files = async () => (await loadExtras()).createFiles(context);
  const account = async () => (await loadExtras()).createAccount(context);
  return {
    /** Create, read and wait for tasks. */
    tasks: {
      create,
      /**
       * Creates a task for any model id, typed or not, without local validation or defaults: for a model
       * released upstream after this catalogue. Retries, rate limits, waits and callbacks are the same.
       * A catalogue model belongs in `create`, where a typo is a compile error and a refusal.
       */
      createUntyped,
      get,
      wait,
    },
    /** Create a task and wait for it to finish. */
    run,
    /** `run` for any model id, through `tasks.createUntyped` (no local validation). */
    runUntyped,
    /** Verify and receive completion callbacks. */
    callbacks: createCallbacks(context, get),
    /** Upload input files; get download URLs for results. */
    files: {
      /** Uploads a file and returns its `downloadUrl` (use it as a model input), choosing URL, base64 or multipart upload. */
      upload: async (source: UploadSource, options: UploadOptions) => (await files()).upload(source, options),
      /** A temporary (20 minute) download URL for a file generated by the API. */
      downloadUrl: async (url: string, options?: { signal?: AbortSignal }) => (await files()).downloadUrl(url, options),
    },
    /** Account credits. */
    account: {
      /** Remaining credits of the account (may be fractional). */
      credits: async (options?: { signal?: AbortSignal }) => (await account()).credits(options),
    },
    /** What this client has learned about each model's task duration (ms); persist it via `toJSON()`. */
    durations: context.durations,
    /** The API and upload hosts in use. */
    baseUrl: config.baseUrl,
    uploadBaseUrl: config.uploadBaseUrl,
    /** The typed openapi-fetch client, for anything else (it adds the key but none of the retries or checks). */
    raw,
  };
}

/** A client made by {@link createKieClient}. */
export type KieClient = ReturnType<typeof createKieClient>;
