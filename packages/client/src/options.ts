import type { BudgetOptions } from "./budget-ledger.js";
import { ConfigurationError } from "./errors.js";
import type { KieFleet } from "./fleet.js";
import type { JournalStore } from "./journal-store.js";
import type { Logger } from "./logger.js";
import type { PollingOptions } from "./poll-schedule.js";
import type { Limiter, RateLimit } from "./rate-limiter.js";
import type { RetryOptions } from "./retry.js";

/** The two services that serve this API. */
export type Provider = "kie" | "apikley";

/** API host, file upload host and API key variables of each provider. @see https://docs.kie.ai */
export const PROVIDERS: Record<Provider, { baseUrl: string; uploadBaseUrl: string; keyVariables: string[] }> = {
  kie: { baseUrl: "https://api.kie.ai", uploadBaseUrl: "https://kieai.redpandaai.co", keyVariables: ["KIE_API_KEY"] },
  apikley: {
    baseUrl: "https://api.apikley.ru",
    uploadBaseUrl: "https://api.apikley.ru/file-upload",
    keyVariables: ["APIKLEY_API_KEY", "KIE_API_KEY"],
  },
};

/** Options of {@link createKieClient}. */
export interface KieClientOptions {
  /** API key. Defaults to `KIE_API_KEY` (or `APIKLEY_API_KEY` with the apikley provider) from the environment. */
  apiKey?: string;
  /**
   * Which service to call; sets the API and upload hosts.
   * @default "kie"
   */
  provider?: Provider;
  /**
   * API base URL; overrides the provider's. Must be https except on loopback (e.g. the mock).
   * Defaults to `KIE_BASE_URL` from the environment (server runtimes), then the provider's host.
   */
  baseUrl?: string;
  /** Headers sent with every request (a request's own `headers` option wins; the key is always ours). */
  headers?: Record<string, string>;
  /** File upload base URL. Defaults to the provider's upload host, or to `baseUrl` when that is set. */
  uploadBaseUrl?: string;
  /** `fetch` to use (e.g. one with a proxy agent, or a test double). */
  fetch?: (request: Request) => Promise<Response>;
  /** Retry policy; see {@link RetryOptions}. */
  retry?: RetryOptions;
  /**
   * Client-side limits, shared by everything this client does. `create` defaults to upstream's 20 new
   * tasks per 10 s; `read` (recordInfo, credits, download-url) to upstream's 10 per second. `false` disables one;
   * `rateLimit: false` disables both (e.g. against the mock, which has no limit unless told). A
   * {@link Limiter} in place of a rate is used as it is: e.g. one shared by a fleet (`@kie-market/redis`).
   */
  rateLimit?: { create?: RateLimit | Limiter | false; read?: RateLimit | Limiter | false } | false;
  /**
   * Per-attempt request timeout, in ms.
   * @default 60000
   */
  timeoutMs?: number;
  /** How waits poll; see {@link PollingOptions}. */
  polling?: PollingOptions;
  /**
   * Local input validation before createTask. `false` sends inputs unchecked.
   * @default { unknownFields: "reject" }
   */
  validation?: { unknownFields?: "reject" | "allow" } | false;
  /** Receives retry and wait messages. */
  logger?: Logger;
  /**
   * Where to record every task this client pays for (see `JournalStore`): written before each createTask
   * is sent, then as it is accepted, seen and settled. Needed for `idempotencyKey`, `tasks.pending()` and
   * `tasks.recover()`. `memoryJournal()` keeps it in this process; `fileJournal(path)` from
   * `@kie-market/client/file-journal` on disk.
   */
  journal?: JournalStore;
  /**
   * What this client shares with the other processes of a fleet: a bus that hands each confirmed callback
   * record to every process's waits, and claims that make `onEvent` run once per task fleet-wide.
   * `createRedisFleet()` from `@kie-market/redis` makes one.
   */
  fleet?: KieFleet;
  /**
   * The most credits this client may spend: a create is refused before it is sent (BudgetExceededError)
   * when the credits spent plus the estimates of the tasks in flight plus its own estimate would pass
   * `maxCredits`. Estimates come from the pricing snapshot (`@kie-market/schemas/pricing`); a settled task
   * counts what upstream reported it cost. A `ledger` from `@kie-market/redis` makes it one budget for a fleet.
   */
  budget?: BudgetOptions;
}

/** Upstream's documented create limit: 20 new tasks per 10 s per account. */
export const DEFAULT_CREATE_LIMIT: RateLimit = { limit: 20, intervalMs: 10_000 };
/** Upstream's documented recordInfo limit: 10 requests per second per key. */
export const DEFAULT_READ_LIMIT: RateLimit = { limit: 10, intervalMs: 1000 };

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;

function checkUrl(name: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigurationError(`${name} is not a valid URL: "${value}"`);
  }
  if (url.protocol !== "https:" && !(url.protocol === "http:" && LOOPBACK.test(url.hostname))) {
    throw new ConfigurationError(`${name} must use https (plain http is only allowed on loopback); got "${value}"`);
  }
  return value.replace(/\/+$/, "");
}

function environment(name: string): string | undefined {
  const process = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process;
  return process?.env?.[name] || undefined;
}

/** The options after checking: the key and both hosts. */
export interface ResolvedConfig {
  apiKey: string;
  baseUrl: string;
  uploadBaseUrl: string;
}

/** Checks the options and fills in the provider's hosts and the key from the environment. */
/** A rate limit that would be silently ignored (a typo'd key, a wrong shape) is refused instead, naming it. */
function checkRateLimit(rateLimit: unknown) {
  if (rateLimit === undefined || rateLimit === false) return;
  const problem = (what: string) =>
    new ConfigurationError(
      `rateLimit${what}; expected false or { create?, read? }, each false, { limit, intervalMs } (both > 0) or a Limiter ({ acquire })`,
    );
  if (typeof rateLimit !== "object" || rateLimit === null) throw problem(` is ${JSON.stringify(rateLimit)}`);
  for (const [key, value] of Object.entries(rateLimit)) {
    if (key !== "create" && key !== "read") throw problem(` has an unknown key "${key}"`);
    if (value === false || value === undefined || typeof (value as { acquire?: unknown })?.acquire === "function") continue;
    const { limit, intervalMs } = (value ?? {}) as Partial<RateLimit>;
    if (!(typeof limit === "number" && limit > 0 && typeof intervalMs === "number" && intervalMs > 0))
      throw problem(`.${key} is ${JSON.stringify(value)}`);
  }
}

export function resolveConfig(options: KieClientOptions): ResolvedConfig {
  const provider = options.provider ?? "kie";
  const preset = PROVIDERS[provider];
  if (!preset) throw new ConfigurationError(`provider must be "kie" or "apikley"; got "${String(provider)}"`);
  const apiKey = options.apiKey ?? preset.keyVariables.map(environment).find(Boolean);
  if (!apiKey) throw new ConfigurationError(`No API key: pass apiKey or set ${preset.keyVariables.join(" or ")}`);
  const customBase = options.baseUrl ?? environment("KIE_BASE_URL");
  const baseUrl = checkUrl(options.baseUrl ? "baseUrl" : "baseUrl (KIE_BASE_URL)", customBase ?? preset.baseUrl);
  const uploadBaseUrl = checkUrl("uploadBaseUrl", options.uploadBaseUrl ?? (customBase ? baseUrl : preset.uploadBaseUrl));
  if (options.timeoutMs !== undefined && !(options.timeoutMs > 0))
    throw new ConfigurationError(`timeoutMs must be a positive number of ms; got ${options.timeoutMs}`);
  checkRateLimit(options.rateLimit);
  const { journal } = options;
  if (
    journal !== undefined &&
    (typeof journal !== "object" || journal === null || typeof journal.append !== "function" || typeof journal.read !== "function")
  )
    throw new ConfigurationError("journal must be a JournalStore ({ append, read }): memoryJournal(), fileJournal(path) or your own");
  const { budget } = options;
  if (budget !== undefined) {
    const max = (budget as BudgetOptions | null)?.maxCredits;
    if (typeof budget !== "object" || budget === null || typeof max !== "number" || !Number.isFinite(max) || max < 0)
      throw new ConfigurationError(
        `budget must be { maxCredits: a number of credits >= 0, strict?, ledger? }; got ${JSON.stringify(budget)}`,
      );
    const { ledger } = budget;
    if (
      ledger !== undefined &&
      (typeof ledger !== "object" || ledger === null || typeof ledger.reserve !== "function" || typeof ledger.settle !== "function")
    )
      throw new ConfigurationError(
        "budget.ledger must be a BudgetLedger ({ reserve, settle, release, totals }), e.g. a fleet's from @kie-market/redis",
      );
  }
  const { fleet } = options;
  if (fleet !== undefined) {
    const bus = (fleet as KieFleet | null)?.bus;
    const claims = (fleet as KieFleet | null)?.claims;
    if (
      typeof fleet !== "object" ||
      fleet === null ||
      (bus !== undefined && (typeof bus.publish !== "function" || typeof bus.subscribe !== "function")) ||
      (claims !== undefined && typeof claims.claim !== "function")
    )
      throw new ConfigurationError(
        "fleet must be a KieFleet ({ bus?: { publish, subscribe }, claims?: { claim } }), e.g. createRedisFleet()",
      );
  }
  return { apiKey, baseUrl, uploadBaseUrl };
}
