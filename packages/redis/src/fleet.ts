import {
  type BudgetLedger,
  type CallbackClaims,
  ConfigurationError,
  type JournalStore,
  type KieFleet,
  type Limiter,
  type Logger,
  type RateLimit,
  type TaskBus,
} from "@kie-market/client";
import type { Redis, RedisOptions } from "ioredis";
import { redisBudgetLedger } from "./budget.js";
import { redisBus } from "./bus.js";
import { redisClaims } from "./claims.js";
import { connectRedis } from "./connect.js";
import { redisJournal } from "./journal.js";
import { defineLimiterScripts, RedisLimiter } from "./limiter.js";

/** Options of {@link createRedisFleet}. */
export interface RedisFleetOptions {
  /** Where Redis is: a `redis://` or `rediss://` URL (with user and password if it needs them). */
  redis: string;
  /**
   * Prefix of every key and channel. Limits are per kie.ai account: processes that share one API key must
   * share one namespace, and two accounts need two.
   * @default "kie-market"
   */
  namespace?: string;
  /**
   * The account's create limit, counted across the fleet.
   * @default { limit: 20, intervalMs: 10000 } (upstream's)
   */
  createLimit?: RateLimit;
  /**
   * The account's read limit (recordInfo, credits, download-url), counted across the fleet.
   * @default { limit: 10, intervalMs: 1000 } (upstream's)
   */
  readLimit?: RateLimit;
  /**
   * How long a journal lease lasts without renewal, in ms: after a process dies, its unsettled tasks are
   * left to the others' `recover()` this long after its last renewal.
   * @default 30000
   */
  leaseMs?: number;
  /**
   * How long a request's slot counts as in flight at most, in ms (a process that died holding it frees it then).
   * @default 120000
   */
  inFlightMs?: number;
  /**
   * Time allowed for one Redis command, in ms: past it the command fails (a create is then refused).
   * @default 2000
   */
  commandTimeoutMs?: number;
  /** Receives the fleet's warnings (Redis lost and back, a bus message ignored). */
  logger?: Logger;
  /** More ioredis options (TLS, sentinels' names...), applied after ours. */
  redisOptions?: RedisOptions;
}

/** A fleet on Redis: what `createKieClient` takes for `rateLimit`, `journal` and `fleet`. */
export interface RedisFleet extends KieFleet {
  bus: TaskBus;
  claims: CallbackClaims;
  /** The create limit shared by the fleet: refuses with `StoreUnavailableError` when Redis is down (never sends past the limit). */
  createLimiter: Limiter;
  /** The read limit shared by the fleet: counted in this process alone while Redis is down. */
  readLimiter: Limiter;
  /** A journal store on this Redis, for one client (each client takes its own). */
  journal(): JournalStore;
  /**
   * A budget ledger on this Redis: every client given `budget: { maxCredits, ledger: fleet.budgetLedger() }`
   * counts against one total (per `name`, default "default"). Reservations are atomic across processes.
   */
  budgetLedger(name?: string): BudgetLedger & { reset(): Promise<void> };
  /** The ioredis connection (commands), e.g. for BullMQ's own use it needs its own: `redis.duplicate()`. */
  readonly redis: Redis;
  /** Closes both connections. */
  close(): Promise<void>;
}

const NAMESPACE = /^[A-Za-z0-9_.:-]{1,100}$/;

function checkRate(name: string, value: unknown): RateLimit | undefined {
  if (value === undefined) return undefined;
  const { limit, intervalMs } = (value ?? {}) as Partial<RateLimit>;
  if (!(typeof limit === "number" && limit >= 1 && typeof intervalMs === "number" && intervalMs > 0))
    throw new ConfigurationError(`${name} must be { limit ≥ 1, intervalMs > 0 }; got ${JSON.stringify(value)}`);
  return { limit, intervalMs };
}

function checkMs(name: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !(value > 0) || !Number.isFinite(value))
    throw new ConfigurationError(`${name} must be a positive number of ms; got ${JSON.stringify(value)}`);
  return value;
}

/**
 * Connects a fleet to Redis. Every option is checked, and Redis must answer, before it resolves: a wrong
 * URL or an unreachable server is one ConfigurationError naming `redis`.
 *
 * ```ts
 * const fleet = await createRedisFleet({ redis: process.env.REDIS_URL! });
 * const kie = createKieClient({
 *   rateLimit: { create: fleet.createLimiter, read: fleet.readLimiter },
 *   journal: fleet.journal(),
 *   fleet,
 * });
 * ```
 */
export async function createRedisFleet(options: RedisFleetOptions): Promise<RedisFleet> {
  if (typeof options !== "object" || options === null) throw new ConfigurationError("createRedisFleet needs options: { redis: url }");
  const namespace = options.namespace ?? "kie-market";
  if (typeof namespace !== "string" || !NAMESPACE.test(namespace))
    throw new ConfigurationError(`namespace must be 1-100 of A-Z a-z 0-9 _ . : -; got ${JSON.stringify(namespace)}`);
  const createLimit = checkRate("createLimit", options.createLimit) ?? { limit: 20, intervalMs: 10_000 };
  const readLimit = checkRate("readLimit", options.readLimit) ?? { limit: 10, intervalMs: 1000 };
  const leaseMs = checkMs("leaseMs", options.leaseMs, 30_000);
  const inFlightMs = checkMs("inFlightMs", options.inFlightMs, 120_000);
  const commandTimeoutMs = checkMs("commandTimeoutMs", options.commandTimeoutMs, 2000);
  const redis = await connectRedis(options.redis, { commandTimeoutMs, redisOptions: options.redisOptions });
  const prefix = `${namespace}:`;
  try {
    defineLimiterScripts(redis);
    const bus = await redisBus(redis, `${prefix}records`, options.logger);
    const claims = redisClaims(redis, `${prefix}claim:`);
    const limiter = (what: "create" | "read", rate: RateLimit) =>
      new RedisLimiter(redis, {
        rate,
        key: `${prefix}limit:${what}`,
        whenDown: what === "create" ? "refuse" : "local",
        inFlightMs,
        logger: options.logger,
        what,
      });
    return {
      bus,
      claims,
      createLimiter: limiter("create", createLimit),
      readLimiter: limiter("read", readLimit),
      journal: () => redisJournal(redis, { prefix, leaseMs }),
      budgetLedger: (name = "default") => {
        if (typeof name !== "string" || !NAMESPACE.test(name))
          throw new ConfigurationError(`budgetLedger(name): 1-100 of A-Z a-z 0-9 _ . : -; got ${JSON.stringify(name)}`);
        return redisBudgetLedger(redis, `${prefix}budget:${name}`);
      },
      redis,
      async close() {
        await bus.close();
        redis.disconnect();
      },
    };
  } catch (error) {
    redis.disconnect();
    throw error;
  }
}
