import type { BudgetLedger, BudgetTotals } from "@kie-market/client";
import type { Redis } from "ioredis";

// KEYS[1]: the totals hash (spent, inflight); KEYS[2]: the holds hash (hold id → credits).
// Floats travel as strings: a Lua number returned to Redis is cut to an integer.
const RESERVE = `
local spent = tonumber(redis.call('HGET', KEYS[1], 'spent') or '0')
local inflight = tonumber(redis.call('HGET', KEYS[1], 'inflight') or '0')
local credits = tonumber(ARGV[2])
if spent + inflight + credits <= tonumber(ARGV[3]) + 1e-9 then
  redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
  redis.call('HINCRBYFLOAT', KEYS[1], 'inflight', ARGV[2])
  return {1, tostring(spent), tostring(inflight)}
end
return {0, tostring(spent), tostring(inflight)}
`;
// ARGV[1]: hold id; ARGV[2]: credits spent ('' for a release).
const SETTLE = `
local held = redis.call('HGET', KEYS[2], ARGV[1])
if not held then return 0 end
redis.call('HDEL', KEYS[2], ARGV[1])
redis.call('HINCRBYFLOAT', KEYS[1], 'inflight', -tonumber(held))
if ARGV[2] ~= '' then redis.call('HINCRBYFLOAT', KEYS[1], 'spent', ARGV[2]) end
return 1
`;

type ScriptedRedis = Redis & {
  kieBudgetReserve(totals: string, holds: string, holdId: string, credits: string, limit: string): Promise<[number, string, string]>;
  kieBudgetSettle(totals: string, holds: string, holdId: string, credits: string): Promise<number>;
};

const round = (value: number) => Math.round(value * 1e4) / 1e4;
const amount = (value: number) => {
  if (!(typeof value === "number" && Number.isFinite(value) && value >= 0))
    throw new TypeError(`credits must be a number >= 0; got ${value}`);
  return String(value);
};

/**
 * A budget's totals on Redis, shared by every client (in every process) given the same `name`: a
 * reservation is one script, so two processes can never both take the last credits. Pass it as
 * `createKieClient({ budget: { maxCredits, ledger } })`. The totals stay until `reset()`.
 */
export function redisBudgetLedger(redis: Redis, key: string): BudgetLedger & { reset(): Promise<void> } {
  redis.defineCommand("kieBudgetReserve", { numberOfKeys: 2, lua: RESERVE });
  redis.defineCommand("kieBudgetSettle", { numberOfKeys: 2, lua: SETTLE });
  const scripted = redis as ScriptedRedis;
  const holds = `${key}:holds`;
  const totals = async (): Promise<BudgetTotals> => {
    const [spent, inFlight] = await redis.hmget(key, "spent", "inflight");
    return { spent: round(Number(spent ?? 0)), inFlight: round(Number(inFlight ?? 0)) };
  };
  return {
    async reserve(holdId, credits, limit) {
      const [ok, spent, inFlight] = await scripted.kieBudgetReserve(key, holds, holdId, amount(credits), amount(limit));
      return { ok: ok === 1, spent: round(Number(spent)), inFlight: round(Number(inFlight)) };
    },
    async settle(holdId, credits) {
      await scripted.kieBudgetSettle(key, holds, holdId, amount(credits));
    },
    async release(holdId) {
      await scripted.kieBudgetSettle(key, holds, holdId, "");
    },
    totals,
    async reset() {
      await redis.del(key, holds);
    },
  };
}
