import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { nearestNames } from "@kie-market/schemas";
import { estimateCost } from "@kie-market/schemas/pricing";
import { Accounts } from "./accounts.js";
import { type CallbackDelivery, callbackBody, sendCallback } from "./callback-sender.js";
import { FileStore, type FileStoreLimits } from "./file-store.js";
import { ANSWERED, BodyTooLargeError, CORS_HEADERS, type ErrorForm, headerRecord, readBody, sendError, sendJson } from "./http-utils.js";
import { resultMedia } from "./media.js";
import { loadModels } from "./model-specs.js";
import { bundledSpecPath, createPrismValidator } from "./prism.js";
import { parseScenario, type Scenario } from "./scenario.js";
import { type MockTask, pickPath, STATE_PATHS, TaskStore, type TaskStoreLimits } from "./task-store.js";

/** Options of {@link startMock}. Every default suits a developer trying things by hand; tests shorten the clock. */
export interface MockOptions {
  /** @default 0 (a free port) */
  port?: number;
  /** @default "127.0.0.1" */
  host?: string;
  /**
   * How long a task takes from create to success or fail, in ms, shared among its running states
   * (on the full path: waiting 10%, queuing 20%, generating 70%).
   * @default 30000
   */
  taskDurationMs?: number;
  /**
   * Which running states tasks pass through. `"varied"`: each task takes one of the paths seen live
   * (waiting → generating, waiting only, generating only; never queuing), chosen reproducibly from `seed` and
   * the task's number. `"full"`: every task goes waiting → queuing → generating, as the docs describe.
   * The `path=` scenario directive sets one task's path.
   * @default "varied"
   */
  statePaths?: "varied" | "full";
  /** Seed of the varied state paths: the same seed gives the same paths in the same order. @default 1 */
  seed?: number;
  /**
   * How errors the API itself decides are answered: `"envelope"` (HTTP 200, the code in the envelope, as live
   * answers every one; a request that breaks its model's spec gets code 500, as live) or `"http-status"` (the
   * HTTP status is the code, as the docs list them; a spec violation is 422). Refusals before the API (a body
   * over `maxBodyBytes`: 413) and the file server's 404s are HTTP statuses either way.
   * @default "envelope"
   */
  errors?: ErrorForm;
  /**
   * Refuse input fields a model does not document (422 naming them) instead of ignoring them as upstream does.
   * The project's own contract tests run strict, so that a request the client sends that breaks a spec fails.
   * @default false
   */
  strict?: boolean;
  /** Key the mock signs callbacks with (verify them with the same key). @default "kie-market-mock-hmac-key" */
  hmacKey?: string;
  /** When set, only these bearer tokens are accepted; otherwise any non-empty token is. */
  apiKeys?: string[];
  /** Starting credit balance of each API key (tasks and credits are kept per key, as upstream keeps them per account). @default 1000 */
  credits?: number;
  /**
   * Credits charged per task, whatever its model and input (refunded when it fails). Without it, each task is
   * charged what upstream's pricing page (the snapshot in `@kie-market/schemas/pricing`) says its input
   * costs, and `unpricedCost` when the snapshot cannot say.
   */
  costPerTask?: number;
  /** Credits charged for a task whose price the snapshot cannot estimate (no price, a price per token...). @default 12.5 */
  unpricedCost?: number;
  /** createTask limit per API key, as upstream's: 20 per 10 s. `false` disables it. */
  rateLimit?: { limit: number; intervalMs: number } | false;
  /** Server-wide scenario, same directives as the `X-Kie-Mock` header (e.g. `"fail=500"`). */
  scenario?: string;
  /** recordInfo answers 422 "recordInfo is null" for this long after create, as upstream sometimes does. @default 0 */
  visibilityDelayMs?: number;
  /** Further delivery attempts after a failed callback. @default 3 */
  callbackRetries?: number;
  /** First retry delay for callbacks (doubles each time), ms. @default 1000 */
  callbackRetryDelayMs?: number;
  /** Deliver callbacks to hosts other than loopback. @default false */
  allowExternalCallbacks?: boolean;
  /**
   * Accept createTask for model ids the catalogue does not have (input unchecked), as the live API does
   * for a model released after the specs, so that code calling `tasks.createUntyped` can be tested.
   * @default false
   */
  acceptUnknownModels?: boolean;
  /**
   * Largest body of a file upload (base64 or multipart), in bytes; a larger one is answered 413 without
   * being read past the cap. @default 33554432 (32 MiB)
   */
  maxBodyBytes?: number;
  /** Largest body of createTask and the other JSON endpoints, in bytes (413 past it, unread). @default 1048576 (1 MiB) */
  maxJsonBodyBytes?: number;
  /** Bounds of the uploaded-file store (total bytes, age). */
  fileStore?: FileStoreLimits;
  /** Bounds of the task store: finished tasks and their request bodies are forgotten by age, count and bytes. */
  taskStore?: TaskStoreLimits;
  /** Where the mock reports what it ignored or refused (e.g. `console.log`). @default nothing is logged */
  log?: (line: string) => void;
  /** A folder laid out like @kie-market/specs' `dist/`, to mock your own catalogue. @default the published specs */
  specsDir?: string;
}

/**
 * Options for `createKieClient` that make tests against this mock fast: its URL, a key, polling tuned to
 * the mock's task duration (a 100 ms task is seen done within a few ms of finishing, instead of after
 * upstream's 2-3 s first poll), and no client-side rate limits (the mock has its own, if you set one).
 */
export interface MockClientOptions {
  baseUrl: string;
  apiKey: string;
  polling: { firstPollMs: number; densePollMs: number; sparsePollMs: number; expectedDurations: Record<string, number> };
  rateLimit: false;
}

/** A running mock. */
export interface MockServer {
  /** Base URL, e.g. `http://127.0.0.1:4010` (API and file upload alike). */
  url: string;
  /** `createKieClient(mock.clientOptions)`: a client tuned for this mock (see {@link MockClientOptions}). */
  clientOptions: MockClientOptions;
  /** The key callbacks are signed with. */
  hmacKey: string;
  /** Every task created so far, by every API key. */
  tasks(): MockTask[];
  /** Every callback delivery attempt so far. */
  callbacks: CallbackDelivery[];
  /**
   * The API requests answered so far (not file downloads), oldest first; the last 10,000 are kept. E.g. how
   * many recordInfo reads a task cost, or how many creates a key sent in a window and which were refused.
   */
  requests(): MockRequest[];
  /** An API key's credit balance; without a key, the only key's that has used the mock (or the starting balance). */
  credits(apiKey?: string): number;
  close(): Promise<void>;
}

/** One answered API request, as {@link MockServer.requests} lists it. */
export interface MockRequest {
  /** When it arrived (Unix ms). */
  at: number;
  method: string;
  path: string;
  /** The bearer token it carried, if any. */
  apiKey?: string;
  /** The task it created (createTask) or asked about (recordInfo). */
  taskId?: string;
  /** The envelope code answered (200, 429, 422...), or the HTTP status when the answer had no envelope. */
  code: number;
}

const CREATE = "/api/v1/jobs/createTask";
const RECORD_INFO = "/api/v1/jobs/recordInfo";
/** Endpoints whose body is JSON. */
const JSON_BODIES = new Set([CREATE, "/api/v1/common/download-url", "/api/file-base64-upload", "/api/file-url-upload"]);

/** Every option of {@link MockOptions}: the compiler refuses this list when an option is added and not named here. */
const OPTION_NAMES: Record<keyof MockOptions, true> = {
  port: true,
  host: true,
  taskDurationMs: true,
  statePaths: true,
  seed: true,
  errors: true,
  strict: true,
  hmacKey: true,
  apiKeys: true,
  credits: true,
  costPerTask: true,
  unpricedCost: true,
  rateLimit: true,
  scenario: true,
  visibilityDelayMs: true,
  callbackRetries: true,
  callbackRetryDelayMs: true,
  allowExternalCallbacks: true,
  acceptUnknownModels: true,
  maxBodyBytes: true,
  maxJsonBodyBytes: true,
  fileStore: true,
  taskStore: true,
  log: true,
  specsDir: true,
};

/** Refuses options the mock would otherwise silently ignore, naming them. */
function checkOptions(options: MockOptions) {
  const problems = Object.keys(options)
    .filter((key) => !Object.hasOwn(OPTION_NAMES, key))
    .map((key) => `unknown option "${key}"`);
  const { rateLimit, errors, statePaths } = options;
  if (rateLimit !== undefined && rateLimit !== false && !(rateLimit.limit > 0 && rateLimit.intervalMs > 0))
    problems.push("rateLimit must be false or { limit, intervalMs } with both > 0");
  if (errors !== undefined && errors !== "envelope" && errors !== "http-status")
    problems.push('errors must be "envelope" or "http-status"');
  if (statePaths !== undefined && statePaths !== "varied" && statePaths !== "full") problems.push('statePaths must be "varied" or "full"');
  for (const key of [
    "taskDurationMs",
    "credits",
    "costPerTask",
    "unpricedCost",
    "visibilityDelayMs",
    "maxBodyBytes",
    "maxJsonBodyBytes",
    "seed",
  ] as const) {
    const value = options[key];
    if (value !== undefined && !(typeof value === "number" && Number.isFinite(value) && value >= 0))
      problems.push(`${key} must be a non-negative number`);
  }
  if (problems.length) throw new TypeError(`startMock: ${problems.join("; ")}`);
}

/** Starts the mock API on loopback: per-model validation (Prism), task lifecycle, signed callbacks, scenarios. */
export async function startMock(options: MockOptions = {}): Promise<MockServer> {
  checkOptions(options);
  const models = await loadModels(options.specsDir);
  // The file and download-url endpoints are checked against the bundled spec, built on first use: it
  // holds the whole catalogue, and most runs never upload.
  let common: ReturnType<typeof createPrismValidator> | undefined;
  const store = new TaskStore(Date.now, options.taskStore);
  const accounts = new Accounts(options.credits ?? 1000);
  const files = new FileStore(options.fileStore);
  const media = resultMedia();
  const callbacks: CallbackDelivery[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const hmacKey = options.hmacKey ?? "kie-market-mock-hmac-key";
  const duration = options.taskDurationMs ?? 30_000;
  const unpriced = options.unpricedCost ?? 12.5;
  /** What a task costs: the flat price if one was set, else the snapshot's estimate for its input. */
  const costOf = (modelId: string, input: unknown) => {
    if (options.costPerTask !== undefined) return options.costPerTask;
    const given = typeof input === "object" && input !== null && !Array.isArray(input) ? (input as Record<string, unknown>) : {};
    return estimateCost({ model: modelId, input: given }).credits ?? unpriced;
  };
  const rateLimit = options.rateLimit === undefined ? { limit: 20, intervalMs: 10_000 } : options.rateLimit;
  const maxBodyBytes = options.maxBodyBytes ?? 32 * 2 ** 20;
  const maxJsonBodyBytes = options.maxJsonBodyBytes ?? 2 ** 20;
  const strict = options.strict ?? false;
  const seed = options.seed ?? 1;
  const log = options.log ?? (() => undefined);
  const serverScenario = parseScenario(options.scenario);
  if (serverScenario.errors.length) throw new Error(`scenario: ${serverScenario.errors.join("; ")}`);
  let created = 0;
  let baseUrl = "";

  // The first result keeps the plain name; more (a model that returns several) are numbered.
  const resultUrl = (task: MockTask, index: number) =>
    `${baseUrl}/files/results/${task.taskId}${index ? `-${index + 1}` : ""}.${task.output ?? "mp4"}`;
  /** A model's result: a file by its category (a model outside the catalogue gets a video), or an object for analysis. */
  // An image follows the request's output_format where live does: "jpg" gives a .jpeg result
  // (real traffic: responses/live-recordInfo-success-nano-banana-2.json); anything else a PNG.
  const outputOf = (category: string | undefined, input: unknown): MockTask["output"] => {
    if (category === "image") {
      const format = (input as { output_format?: unknown } | undefined)?.output_format;
      return typeof format === "string" && /^jpe?g$/i.test(format) ? "jpeg" : "png";
    }
    return category === "audio" ? "wav" : category === "other" ? "object" : media.mp4 ? "mp4" : "png";
  };

  const scheduleCallback = (task: MockTask) => {
    if (!task.callBackUrl) return;
    const completesAt = task.createTime + task.durationMs;
    const send = () => {
      // Timers may fire a millisecond early: a receiver that reads recordInfo on the callback (as the
      // client's handler does) must find the task finished, so wait until the clock says it is.
      if (Date.now() < completesAt) return void arm(completesAt - Date.now());
      const body = callbackBody(
        store.record(task, resultUrl),
        { consumed: task.credits, remaining: accounts.of(task.owner).balance() },
        task.callbackStyle,
      );
      void sendCallback(task.callBackUrl ?? "", task.taskId, body, {
        hmacKey,
        retries: options.callbackRetries ?? 3,
        retryDelayMs: options.callbackRetryDelayMs ?? 1000,
        allowExternal: options.allowExternalCallbacks ?? false,
        log: callbacks,
      });
    };
    const arm = (delay: number) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        send();
      }, delay);
      timers.add(timer);
    };
    arm(task.durationMs);
  };

  async function createTask(context: RequestContext, body: unknown, bodyBytes: number) {
    const { request, response, scenario, form, owner } = context;
    const modelId = (body as { model?: unknown } | undefined)?.model;
    const model = typeof modelId === "string" ? models.get(modelId) : undefined;
    const input = (body as { input?: unknown } | undefined)?.input;
    const uncatalogued =
      !model && options.acceptUnknownModels && typeof modelId === "string" && modelId !== "" && typeof input === "object" && input !== null;
    if (!model && !uncatalogued) {
      // A person needs the two or three nearest ids and where to look, not ~180 of them.
      const close = typeof modelId === "string" ? nearestNames(modelId.slice(0, 200), [...models.keys()]) : [];
      const shown = JSON.stringify(typeof modelId === "string" && modelId.length > 120 ? `${modelId.slice(0, 120)}…` : (modelId ?? null));
      const violations = [{ path: ["model"], code: "enum", message: `model ${shown} is not available` }];
      const hint = close.length ? `; did you mean ${close.join(", ")}?` : "";
      return sendError(response, 422, `model ${shown} is not available${hint} (every model: docs/models.md in @kie-market/specs)`, {
        form,
        headers: { "x-kie-mock-violations": JSON.stringify(violations) },
      });
    }
    const headers: Record<string, string> = {};
    // Live takes an empty or null callBackUrl as none (a published polling client sends "" on every
    // create); strict mode keeps refusing it as the spec says.
    const sent = body as { callBackUrl?: unknown };
    if (!strict && (sent.callBackUrl === "" || sent.callBackUrl === null)) {
      delete sent.callBackUrl;
      log(`createTask: an empty callBackUrl was taken as none`);
    }
    if (model) {
      const check = await model.check(body, headerRecord(request), strict);
      if (check.ignored.length) {
        headers["x-kie-mock-ignored-fields"] = check.ignored.join(", ");
        log(`createTask ${model.id}: ignored fields the model does not document: ${check.ignored.join(", ")}`);
      }
      if (check.violations.length) {
        log(`createTask ${model.id}: refused: ${check.messages.join("; ")}`);
        // Live answers a request that breaks its model's schema with code 500 ("This field is required").
        return sendError(response, form === "envelope" ? 500 : 422, check.messages.join("; "), {
          form,
          headers: { ...headers, "x-kie-mock-violations": JSON.stringify(check.violations) },
        });
      }
    }
    const account = accounts.of(owner);
    if (rateLimit) {
      const { retryAfterSeconds } = account.takeCreateSlot(rateLimit);
      if (retryAfterSeconds !== undefined)
        return sendError(response, 429, "Rate limit exceeded", { form, headers: { "retry-after": String(retryAfterSeconds) } });
    }
    const cost = costOf(model?.id ?? String(modelId), (body as { input?: unknown }).input);
    if (account.balance() < cost) return sendError(response, 402, "Insufficient credits", { form });
    const { callBackUrl } = body as { callBackUrl?: string };
    const task = store.create(
      {
        owner,
        model: model?.id ?? String(modelId),
        body: body as Record<string, unknown>,
        durationMs: scenario.duration ?? duration,
        path: scenario.path ?? (options.statePaths === "full" ? STATE_PATHS[0] : pickPath(seed, created)),
        failCode: scenario.fail,
        emptyResult: scenario.emptyResult,
        callBackUrl,
        callbackStyle: scenario.webhookCallback ? "webhook" : "market",
        output: outputOf(model?.category, (body as { input?: unknown }).input),
        resultCount: model?.resultCount,
        credits: cost,
      },
      bodyBytes,
    );
    created++;
    account.charge(task);
    scheduleCallback(task);
    if (scenario.dropAfter) return void request.socket.destroy();
    sendJson(response, 200, { code: 200, msg: "success", data: { taskId: task.taskId, recordId: task.taskId } }, headers);
  }

  function recordInfo({ response, form, owner }: RequestContext, url: URL) {
    const taskId = url.searchParams.get("taskId");
    if (!taskId) return sendError(response, 400, "taskId parameter is required", { form });
    const task = store.get(taskId, owner);
    if (!task) return sendError(response, 404, "Task not found", { form });
    if (Date.now() - task.createTime < (options.visibilityDelayMs ?? 0)) return sendError(response, 422, "recordInfo is null", { form });
    sendJson(response, 200, { code: 200, msg: "success", data: store.record(task, resultUrl) });
  }

  async function route(request: IncomingMessage, response: ServerResponse) {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    if (request.method === "OPTIONS") {
      response.writeHead(204, CORS_HEADERS);
      return response.end();
    }
    if (request.method === "GET" && url.pathname.startsWith("/files/")) return files.serve(url, response, media, store);
    const serverForm: ErrorForm = options.errors ?? "envelope";
    // Who asks comes first: a scenario header from someone without a key does nothing.
    const owner = /^Bearer\s+(\S+)$/i.exec(String(request.headers.authorization ?? ""))?.[1];
    if (!owner || (options.apiKeys && !options.apiKeys.includes(owner)))
      return sendError(response, 401, "You do not have access permissions", { form: serverForm });
    const parsed = parseScenario(request.headers["x-kie-mock"] as string | undefined);
    if (parsed.errors.length) return sendError(response, 400, `X-Kie-Mock: ${parsed.errors.join("; ")}`, { form: serverForm });
    const scenario = { ...serverScenario.scenario, ...parsed.scenario };
    const form: ErrorForm = scenario.httpStatus ? "http-status" : scenario.in200 ? "envelope" : serverForm;
    if (scenario.drop) return void request.socket.destroy();
    if (scenario.delay) await new Promise((resolve) => setTimeout(resolve, scenario.delay));
    if (scenario.status) return sendError(response, scenario.status, `Mock scenario: status ${scenario.status}`, { form });
    const context: RequestContext = { request, response, scenario, form, owner };
    const isFiles = url.pathname.startsWith("/api/file-");
    let raw: Buffer = Buffer.alloc(0);
    if (request.method === "POST") {
      try {
        // Uploads carry files; createTask and the rest carry a few kB of JSON, and are capped to that.
        const upload = url.pathname === "/api/file-base64-upload" || url.pathname === "/api/file-stream-upload";
        raw = upload ? await readBody(request, maxBodyBytes) : await readBody(request, maxJsonBodyBytes, "maxJsonBodyBytes");
      } catch (error) {
        if (!(error instanceof BodyTooLargeError)) throw error;
        // The rest of the body is not read: the connection cannot carry another request.
        return sendError(response, 413, error.message, { form: "http-status", files: isFiles, headers: { connection: "close" } });
      }
    }
    let body: unknown;
    if (request.method === "POST" && JSON_BODIES.has(url.pathname)) {
      const type = String(request.headers["content-type"] ?? "");
      const bad = (msg: string) => sendError(response, 400, msg, { form, files: isFiles });
      if (!/^application\/([\w.+-]+\+)?json\b/i.test(type))
        return bad(`Request body must be JSON: send content-type: application/json (got ${type ? `"${type}"` : "none"})`);
      try {
        body = JSON.parse(raw.toString("utf8"));
      } catch {
        return bad("Request body is not valid JSON");
      }
    }
    const key = `${request.method} ${url.pathname}`;
    if (key === `POST ${CREATE}`) return createTask(context, body, raw.length);
    if (key === `GET ${RECORD_INFO}`) return recordInfo(context, url);
    if (key === "GET /api/v1/chat/credit")
      return sendJson(response, 200, { code: 200, msg: "success", data: accounts.of(owner).balance() });
    if (request.method === "POST" && (url.pathname === "/api/v1/common/download-url" || isFiles)) {
      if (body !== undefined) {
        common ??= createPrismValidator(bundledSpecPath(options.specsDir));
        // Fields the endpoint does not document are ignored by default, as live ignores them (a recorded
        // base64 upload with an extra mimeType was accepted); strict mode refuses them.
        const violations = (
          await (await common).validate({ method: "POST", path: url.pathname, headers: headerRecord(request), body })
        ).filter((violation) => strict || violation.code !== "additionalProperties");
        if (violations.length)
          return sendError(response, isFiles ? 400 : 422, violations.map((v) => `${v.path.join(".") || "body"}: ${v.message}`).join("; "), {
            form,
            files: isFiles,
          });
      }
      return files.handle(url.pathname, { raw, body, headers: request.headers, baseUrl, form, owner }, response);
    }
    sendError(response, 404, `No such endpoint: ${request.method} ${url.pathname}`, { form: "http-status" });
  }

  const requests: MockRequest[] = [];
  const server = createServer((request, response) => {
    const at = Date.now();
    response.once("finish", () => {
      const url = new URL(request.url ?? "/", "http://127.0.0.1");
      if (url.pathname.startsWith("/files/")) return;
      const answered = (response as ServerResponse & { [ANSWERED]?: { code: number; taskId?: string } })[ANSWERED];
      const apiKey = /^Bearer\s+(\S+)$/i.exec(String(request.headers.authorization ?? ""))?.[1];
      const taskId = answered?.taskId ?? url.searchParams.get("taskId") ?? undefined;
      requests.push({
        at,
        method: request.method ?? "GET",
        path: url.pathname,
        ...(apiKey ? { apiKey } : {}),
        ...(taskId ? { taskId } : {}),
        code: answered?.code ?? response.statusCode,
      });
      if (requests.length > 10_000) requests.splice(0, requests.length - 10_000);
    });
    route(request, response).catch((error: unknown) =>
      sendError(response, 500, `Mock error: ${error instanceof Error ? error.message : String(error)}`, { form: "http-status" }),
    );
  });
  // Idle keep-alive connections are closed by the client, never by the mock. Node's default (close after
  // 5 s idle, plus 1 s) races a client in the same process: after its event loop was blocked past 6 s
  // (a busy test worker), the next request was written to a socket the server's overdue timer closed
  // before reading it, and failed with ECONNRESET. close() still ends every connection.
  server.keepAliveTimeout = 0;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", resolve);
  });
  const address = server.address() as AddressInfo;
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
  baseUrl = `http://${host}:${address.port}`;
  // Polls every 1/10 of a task (at least 5 ms), densely around its expected end.
  const step = Math.max(5, Math.round(duration / 10));
  const clientOptions: MockClientOptions = {
    baseUrl,
    apiKey: options.apiKeys?.[0] ?? "kie-market-mock-key",
    polling: {
      firstPollMs: step,
      densePollMs: step,
      sparsePollMs: Math.max(step, Math.round(duration / 2)),
      expectedDurations: Object.fromEntries([...models.keys()].map((id) => [id, duration])),
    },
    rateLimit: false,
  };
  return {
    url: baseUrl,
    clientOptions,
    hmacKey,
    tasks: () => store.all(),
    callbacks,
    requests: () => requests.map((entry) => ({ ...entry })),
    credits: (apiKey) => accounts.balance(apiKey),
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

interface RequestContext {
  request: IncomingMessage;
  response: ServerResponse;
  scenario: Scenario;
  form: ErrorForm;
  /** The API key: tasks, credits and the create window are its own. */
  owner: string;
}
