import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { type CallbackDelivery, sendCallback } from "./callback-sender.js";
import { FileStore } from "./file-store.js";
import { CORS_HEADERS, headerRecord, readBody, sendError, sendJson } from "./http-utils.js";
import { resultMedia } from "./media.js";
import { loadModels } from "./model-specs.js";
import { bundledSpecPath, createPrismValidator } from "./prism.js";
import { parseScenario, type Scenario } from "./scenario.js";
import { type MockTask, TaskStore } from "./task-store.js";

/** Options of {@link startMock}. Every default suits a developer trying things by hand; tests shorten the clock. */
export interface MockOptions {
  /** @default 0 (a free port) */
  port?: number;
  /** @default "127.0.0.1" */
  host?: string;
  /**
   * How long a task takes from create to success or fail, in ms (waiting 10%, queuing 20%, generating 70%).
   * @default 30000
   */
  taskDurationMs?: number;
  /** Key the mock signs callbacks with (verify them with the same key). @default "kie-market-mock-hmac-key" */
  hmacKey?: string;
  /** When set, only these bearer tokens are accepted; otherwise any non-empty token is. */
  apiKeys?: string[];
  /** Starting credit balance. @default 1000 */
  credits?: number;
  /** Credits charged per task (refunded when it fails). @default 10 */
  costPerTask?: number;
  /** createTask limit, as upstream's: 20 per 10 s. `false` disables it. */
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
  /** A folder laid out like @kie-market/specs' `dist/`, to mock your own catalogue. @default the published specs */
  specsDir?: string;
}

/** A running mock. */
export interface MockServer {
  /** Base URL, e.g. `http://127.0.0.1:4010` (API and file upload alike). */
  url: string;
  /** The key callbacks are signed with. */
  hmacKey: string;
  /** Every task created so far. */
  tasks(): MockTask[];
  /** Every callback delivery attempt so far. */
  callbacks: CallbackDelivery[];
  /** Current credit balance. */
  credits(): number;
  close(): Promise<void>;
}

const CREATE = "/api/v1/jobs/createTask";

/** Starts the mock API on loopback: per-model validation (Prism), task lifecycle, signed callbacks, scenarios. */
export async function startMock(options: MockOptions = {}): Promise<MockServer> {
  const models = await loadModels(options.specsDir);
  // The file and download-url endpoints are checked against the bundled spec, built on first use: it
  // holds the whole catalogue, and most runs never upload.
  let common: ReturnType<typeof createPrismValidator> | undefined;
  const store = new TaskStore();
  const files = new FileStore();
  const media = resultMedia();
  const callbacks: CallbackDelivery[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const creates: number[] = [];
  const hmacKey = options.hmacKey ?? "kie-market-mock-hmac-key";
  const duration = options.taskDurationMs ?? 30_000;
  const cost = options.costPerTask ?? 10;
  const rateLimit = options.rateLimit === undefined ? { limit: 20, intervalMs: 10_000 } : options.rateLimit;
  const serverScenario = parseScenario(options.scenario);
  if (serverScenario.errors.length) throw new Error(`scenario: ${serverScenario.errors.join("; ")}`);
  let baseUrl = "";

  const balance = () =>
    (options.credits ?? 1000) - store.all().reduce((sum, task) => sum + (store.stateOf(task) === "fail" ? 0 : task.credits), 0);
  const resultUrl = (task: MockTask) => `${baseUrl}/files/results/${task.taskId}.${media.video ? "mp4" : "png"}`;

  const scheduleCallback = (task: MockTask) => {
    if (!task.callBackUrl) return;
    const completesAt = task.createTime + task.durationMs;
    const send = () => {
      // Timers may fire a millisecond early: a receiver that reads recordInfo on the callback (as the
      // client's handler does) must find the task finished, so wait until the clock says it is.
      if (Date.now() < completesAt) return void arm(completesAt - Date.now());
      const record = store.record(task, resultUrl);
      const failed = record.state === "fail";
      const data: Record<string, unknown> = { ...record, consumeCredits: failed ? 0 : task.credits, remainedCredits: balance() };
      if (failed) delete data.resultJson;
      const body = { code: failed ? 501 : 200, msg: failed ? "Playground task failed." : "Playground task completed successfully.", data };
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

  async function createTask(request: IncomingMessage, response: ServerResponse, body: unknown, scenario: Scenario) {
    const modelId = (body as { model?: unknown } | undefined)?.model;
    const model = typeof modelId === "string" ? models.get(modelId) : undefined;
    const input = (body as { input?: unknown } | undefined)?.input;
    const uncatalogued =
      !model && options.acceptUnknownModels && typeof modelId === "string" && modelId !== "" && typeof input === "object" && input !== null;
    if (!model && !uncatalogued) {
      const known = [...models.keys()].join(", ");
      const violations = [{ path: ["model"], code: "enum", message: `model ${JSON.stringify(modelId)} is not available` }];
      return sendError(response, 422, `model ${JSON.stringify(modelId ?? null)} is not available; known models: ${known}`, {
        headers: { "x-kie-mock-violations": JSON.stringify(violations) },
      });
    }
    if (model) {
      const violations = await model.validator.validate({ method: "POST", path: CREATE, headers: headerRecord(request), body });
      if (violations.length)
        return sendError(response, 422, violations.map(model.describe).join("; "), {
          headers: { "x-kie-mock-violations": JSON.stringify(violations) },
        });
    }
    if (rateLimit) {
      const now = Date.now();
      while (creates.length && creates[0] <= now - rateLimit.intervalMs) creates.shift();
      if (creates.length >= rateLimit.limit) {
        const retryAfter = Math.max(1, Math.ceil((creates[0] + rateLimit.intervalMs - now) / 1000));
        return sendError(response, 429, "Rate limit exceeded", { headers: { "retry-after": String(retryAfter) } });
      }
      creates.push(now);
    }
    if (balance() < cost) return sendError(response, 402, "Insufficient credits");
    const { callBackUrl } = body as { callBackUrl?: string };
    const task = store.create({
      model: model?.id ?? String(modelId),
      body: body as Record<string, unknown>,
      durationMs: scenario.duration ?? duration,
      failCode: scenario.fail,
      emptyResult: scenario.emptyResult,
      callBackUrl,
      credits: cost,
    });
    scheduleCallback(task);
    if (scenario.dropAfter) return void request.socket.destroy();
    sendJson(response, 200, { code: 200, msg: "success", data: { taskId: task.taskId, recordId: task.taskId } });
  }

  function recordInfo(url: URL, response: ServerResponse) {
    const taskId = url.searchParams.get("taskId");
    if (!taskId) return sendError(response, 400, "taskId parameter is required");
    const task = store.get(taskId);
    if (!task) return sendError(response, 404, "Task not found");
    if (Date.now() - task.createTime < (options.visibilityDelayMs ?? 0)) return sendError(response, 422, "recordInfo is null");
    sendJson(response, 200, { code: 200, msg: "success", data: store.record(task, resultUrl) });
  }

  async function route(request: IncomingMessage, response: ServerResponse) {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    if (request.method === "OPTIONS") {
      response.writeHead(204, CORS_HEADERS);
      return response.end();
    }
    if (request.method === "GET" && url.pathname.startsWith("/files/")) return files.serve(url, response, media, store);
    const parsed = parseScenario(request.headers["x-kie-mock"] as string | undefined);
    if (parsed.errors.length) return sendError(response, 400, `X-Kie-Mock: ${parsed.errors.join("; ")}`);
    const scenario = { ...serverScenario.scenario, ...parsed.scenario };
    if (scenario.drop) return void request.socket.destroy();
    if (scenario.delay) await new Promise((resolve) => setTimeout(resolve, scenario.delay));
    const token = /^Bearer\s+(\S+)$/i.exec(String(request.headers.authorization ?? ""))?.[1];
    if (!token || (options.apiKeys && !options.apiKeys.includes(token)))
      return sendError(response, 401, "You do not have access permissions");
    if (scenario.status) return sendError(response, scenario.status, `Mock scenario: status ${scenario.status}`, { in200: scenario.in200 });
    const raw = request.method === "POST" ? await readBody(request) : Buffer.alloc(0);
    const isJson = String(request.headers["content-type"] ?? "").includes("application/json");
    let body: unknown;
    if (raw.length && isJson) {
      try {
        body = JSON.parse(raw.toString("utf8"));
      } catch {
        return sendError(response, 400, "Request body is not valid JSON");
      }
    }
    const key = `${request.method} ${url.pathname}`;
    if (key === `POST ${CREATE}`) return createTask(request, response, body, scenario);
    if (key === "GET /api/v1/jobs/recordInfo") return recordInfo(url, response);
    if (key === "GET /api/v1/chat/credit") return sendJson(response, 200, { code: 200, msg: "success", data: balance() });
    if (request.method === "POST" && (url.pathname === "/api/v1/common/download-url" || url.pathname.startsWith("/api/file-"))) {
      if (isJson) {
        common ??= createPrismValidator(bundledSpecPath(options.specsDir));
        const violations = await (await common).validate({ method: "POST", path: url.pathname, headers: headerRecord(request), body });
        if (violations.length)
          return sendError(
            response,
            url.pathname.startsWith("/api/file-") ? 400 : 422,
            violations.map((v) => `${v.path.join(".") || "body"}: ${v.message}`).join("; "),
          );
      }
      return files.handle(url.pathname, { raw, body, headers: request.headers, baseUrl }, response);
    }
    sendError(response, 404, `No such endpoint: ${request.method} ${url.pathname}`);
  }

  const server = createServer((request, response) => {
    route(request, response).catch((error: unknown) =>
      sendError(response, 500, `Mock error: ${error instanceof Error ? error.message : String(error)}`),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", resolve);
  });
  const address = server.address() as AddressInfo;
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
  baseUrl = `http://${host}:${address.port}`;
  return {
    url: baseUrl,
    hmacKey,
    tasks: () => store.all(),
    callbacks,
    credits: balance,
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
