import { parsePath, type RunningState } from "./task-store.js";

/**
 * What a request (header `X-Kie-Mock`) or the whole server (option `scenario`) asks the mock to do
 * instead of the happy path. Directives are comma-separated, e.g. `X-Kie-Mock: fail=500, delay=2000`.
 */
export interface Scenario {
  /** The task ends in `fail` with this failCode (default "500"). */
  fail?: string;
  /** Answer every request with this envelope error code (401, 402, 429, 455, 500, ...). */
  status?: number;
  /** Hold each response this long (ms). */
  delay?: number;
  /** Close the connection without answering, before doing anything. */
  drop?: boolean;
  /** Do the work (a create makes the task), then close the connection without answering. */
  dropAfter?: boolean;
  /** This task's total duration (ms). */
  duration?: number;
  /** Succeed with an empty `resultUrls`. */
  emptyResult?: boolean;
  /** Send error envelopes with HTTP 200, as live does (the default unless the server says `errors: "http-status"`). */
  in200?: boolean;
  /** Send errors with the HTTP status of their code, as the docs list them. */
  httpStatus?: boolean;
  /** The running states this task passes through, e.g. `waiting>generating`. */
  path?: RunningState[];
  /** The callback body in the webhook page's shape: top-level `taskId`, `data.task_id`, `data.callbackType`. */
  webhookCallback?: boolean;
}

/** Parses `fail=500, delay=100, drop` into a {@link Scenario}; unknown directives are reported. */
export function parseScenario(text: string | undefined): { scenario: Scenario; errors: string[] } {
  const scenario: Scenario = {};
  const errors: string[] = [];
  for (const part of (text ?? "")
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean)) {
    const [name, value] = part.split("=").map((item) => item.trim());
    const number = Number(value);
    switch (name) {
      case "fail":
        scenario.fail = value || "500";
        break;
      case "status":
      case "delay":
      case "duration":
        if (!Number.isFinite(number) || number < 0) errors.push(`${name} needs a number (got "${value ?? ""}")`);
        else scenario[name] = number;
        break;
      case "drop":
        scenario.drop = true;
        break;
      case "drop-after":
        scenario.dropAfter = true;
        break;
      case "empty-result":
        scenario.emptyResult = true;
        break;
      case "in200":
        scenario.in200 = true;
        break;
      case "http-status":
        scenario.httpStatus = true;
        break;
      case "path": {
        const path = parsePath(value ?? "");
        if (path) scenario.path = path;
        else errors.push(`path needs running states joined by ">", e.g. waiting>generating (got "${value ?? ""}")`);
        break;
      }
      case "callback":
        if (value === "webhook") scenario.webhookCallback = true;
        else if (value !== "market") errors.push(`callback is "market" or "webhook" (got "${value ?? ""}")`);
        break;
      default:
        errors.push(
          `unknown directive "${name}" (known: fail, status, delay, duration, drop, drop-after, empty-result, in200, http-status, path, callback)`,
        );
    }
  }
  return { scenario, errors };
}
