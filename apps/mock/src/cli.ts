#!/usr/bin/env node
import { parseArgs } from "node:util";
import { startMock } from "./mock-server.js";
import { startProxyCheck } from "./proxy-check.js";

const HELP = `kie-market-mock [serve] [--port 4010] [--host 127.0.0.1] [--task-duration 30000] [--hmac-key KEY]
                [--scenario "fail=500"] [--credits 1000] [--api-key KEY ...] [--no-rate-limit]
                [--accept-unknown-models] [--strict] [--http-errors] [--state-paths varied|full] [--seed 1]
                [--max-body-bytes 33554432] [--quiet]
kie-market-mock proxy --upstream https://api.kie.ai [--port 4011]

serve   A mock of the kie.ai Market jobs API: per-model validation, task lifecycle, signed callbacks,
        file upload. Errors come as HTTP 200 with the code in the envelope, as live (--http-errors: as
        HTTP statuses); input fields a model does not document are ignored and logged, as live ignores
        them (--strict: refused). Per-request scenarios: header X-Kie-Mock: fail=500 | status=429 |
        delay=2000 | drop | drop-after | duration=5000 | empty-result | in200 | http-status |
        path=waiting>generating | callback=webhook (comma-separated).
proxy   Forwards to --upstream and reports every request or response that breaks the specs.

The mock exits when the process that started it does (npx, a test runner), so none is left behind.`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    port: { type: "string" },
    host: { type: "string", default: "127.0.0.1" },
    "task-duration": { type: "string" },
    "hmac-key": { type: "string" },
    scenario: { type: "string" },
    credits: { type: "string" },
    "api-key": { type: "string", multiple: true },
    "no-rate-limit": { type: "boolean", default: false },
    "accept-unknown-models": { type: "boolean", default: false },
    strict: { type: "boolean", default: false },
    "http-errors": { type: "boolean", default: false },
    "state-paths": { type: "string" },
    seed: { type: "string" },
    "max-body-bytes": { type: "string" },
    quiet: { type: "boolean", default: false },
    upstream: { type: "string" },
    help: { type: "boolean", short: "h", default: false },
  },
});

function number(name: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isFinite(value) || value < 0) {
    console.error(`--${name} must be a non-negative number (got "${text}")`);
    process.exit(2);
  }
  return value;
}

const command = positionals[0] ?? "serve";
if (values.help || !["serve", "proxy"].includes(command)) {
  console.log(HELP);
  process.exit(values.help ? 0 : 2);
}

const stopOn = (close: () => Promise<void>) => {
  const stop = async () => {
    await close();
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  process.on("SIGHUP", stop);
  // npx runs the bin under `sh -c`; killing npx kills the shell but not us. When our parent is gone
  // (we were re-parented), stop too: a mock outliving the command that started it holds its port.
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) void stop();
  }, 250).unref();
};

if (command === "proxy") {
  if (!values.upstream) {
    console.error("proxy needs --upstream, e.g. --upstream https://api.kie.ai");
    process.exit(2);
  }
  const check = await startProxyCheck({ upstream: values.upstream, port: number("port", values.port, 4011), host: values.host });
  let reported = 0;
  setInterval(() => {
    for (const violation of check.violations.slice(reported))
      console.log(`VIOLATION ${violation.request}: ${violation.location} ${violation.message}`);
    reported = check.violations.length;
  }, 500).unref();
  console.log(`spec check proxy on ${check.url} → ${values.upstream}`);
  stopOn(check.close);
} else {
  const mock = await startMock({
    port: number("port", values.port, 4010),
    host: values.host,
    taskDurationMs: number("task-duration", values["task-duration"], 30_000),
    hmacKey: values["hmac-key"],
    scenario: values.scenario,
    credits: number("credits", values.credits, 1000),
    apiKeys: values["api-key"],
    rateLimit: values["no-rate-limit"] ? false : undefined,
    acceptUnknownModels: values["accept-unknown-models"],
    strict: values.strict,
    errors: values["http-errors"] ? "http-status" : "envelope",
    statePaths: values["state-paths"] as "varied" | "full" | undefined,
    seed: values.seed === undefined ? undefined : number("seed", values.seed, 1),
    maxBodyBytes: values["max-body-bytes"] === undefined ? undefined : number("max-body-bytes", values["max-body-bytes"], 0),
    log: values.quiet ? undefined : (line) => console.log(line),
  }).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(2);
  });
  console.log(`kie-market mock on ${mock.url} (callbacks signed with "${mock.hmacKey}")`);
  stopOn(mock.close);
}
