import { createRequire } from "node:module";
import { Writable } from "node:stream";
import { bundledSpecPath } from "./prism.js";

const require = createRequire(import.meta.url);
const { getHttpOperationsFromSpec } = require("@stoplight/prism-http") as typeof import("@stoplight/prism-http");
const { createServer } = require("@stoplight/prism-http-server") as typeof import("@stoplight/prism-http-server");
const { createLogger } = require("@stoplight/prism-core") as typeof import("@stoplight/prism-core");

/** A place where real traffic broke the spec. */
export interface ProxyViolation {
  /** The request it happened on, e.g. `GET /api/v1/jobs/recordInfo`. */
  request: string;
  /** `request.body.input.duration`, `response.body.data.state`, ... */
  location: string;
  message: string;
}

export interface ProxyCheck {
  /** Point your client's `baseUrl` here. */
  url: string;
  /** Every violation seen so far. */
  violations: ProxyViolation[];
  /** Calls `listener` with each violation as it is seen; returns the unsubscribe function. */
  onViolation(listener: (violation: ProxyViolation) => void): () => void;
  close(): Promise<void>;
}

/**
 * Starts `prism proxy` over the bundled spec in front of `upstream` (e.g. https://api.kie.ai): traffic
 * passes through unchanged, and every request or response that breaks the specs is recorded, so a run
 * of your own integration tests with a real key reveals upstream drift.
 */
export async function startProxyCheck(options: { upstream: string; port?: number; host?: string; specPath?: string }): Promise<ProxyCheck> {
  const violations: ProxyViolation[] = [];
  const listeners = new Set<(violation: ProxyViolation) => void>();
  let current = "";
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString("utf8").split("\n").filter(Boolean)) {
        try {
          const entry = JSON.parse(line) as { msg?: string; input?: { method?: string; url?: { path?: string } } };
          if (entry.msg === "Request received" && entry.input)
            current = `${String(entry.input.method).toUpperCase()} ${entry.input.url?.path ?? ""}`;
          const match = /^Violation: (\S+) (.*)$/s.exec(entry.msg ?? "");
          if (match) {
            const violation = { request: current, location: match[1], message: match[2] };
            violations.push(violation);
            for (const listener of listeners) listener(violation);
          }
        } catch {
          // not a log entry of ours
        }
      }
      done();
    },
  });
  const operations = await getHttpOperationsFromSpec(options.specPath ?? bundledSpecPath());
  const server = createServer(operations, {
    components: { logger: createLogger("kie-market-proxy-check", { level: "info" }, destination) },
    cors: true,
    config: {
      isProxy: true,
      upstream: new URL(options.upstream),
      checkSecurity: true,
      validateRequest: true,
      validateResponse: true,
      errors: false,
      mock: { dynamic: false },
      upstreamProxy: undefined,
    },
  });
  const address = await server.listen(options.port ?? 0, options.host ?? "127.0.0.1");
  return {
    url: address.replace(/\/$/, ""),
    violations,
    onViolation: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: () => server.close(),
  };
}
