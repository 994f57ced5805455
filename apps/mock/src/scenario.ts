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
  /** Send error envelopes with HTTP 200 (as upstream sometimes does) instead of the matching status. */
  in200?: boolean;
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
      default:
        errors.push(`unknown directive "${name}" (known: fail, status, delay, duration, drop, drop-after, empty-result, in200)`);
    }
  }
  return { scenario, errors };
}
