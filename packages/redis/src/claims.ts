import type { CallbackClaims } from "@kie-market/client";
import type { Redis } from "ioredis";

const FINISH = `
local value = redis.call('GET', KEYS[1])
if value == ARGV[1] or value == false then
  redis.call('SET', KEYS[1], 'done', 'PX', ARGV[2])
end
return 0
`;
const RELEASE = `
if redis.call('GET', KEYS[1]) == ARGV[1] then redis.call('DEL', KEYS[1]) end
return 0
`;

type ScriptedRedis = Redis & {
  kieClaimFinish(key: string, token: string, ttlMs: number): Promise<number>;
  kieClaimRelease(key: string, token: string): Promise<number>;
};

/**
 * Claims on callbacks with `SET NX PX`: one key per task, holding a random token while a delivery is being
 * confirmed and `done` once onEvent ran. A claim whose process died expires after its lease.
 */
export function redisClaims(redis: Redis, prefix: string): CallbackClaims {
  redis.defineCommand("kieClaimFinish", { numberOfKeys: 1, lua: FINISH });
  redis.defineCommand("kieClaimRelease", { numberOfKeys: 1, lua: RELEASE });
  const scripted = redis as ScriptedRedis;
  return {
    async claim(taskId, { leaseMs, doneTtlMs }) {
      const key = `${prefix}${taskId}`;
      const token = `${process.pid}-${Math.random().toString(36).slice(2)}`;
      if ((await redis.set(key, token, "PX", Math.max(1, Math.round(leaseMs)), "NX")) === "OK")
        return {
          status: "claimed",
          finish: async () => void (await scripted.kieClaimFinish(key, token, Math.max(1, Math.round(doneTtlMs)))),
          release: async () => void (await scripted.kieClaimRelease(key, token)),
        };
      return (await redis.get(key)) === "done" ? { status: "done" } : { status: "busy" };
    },
  };
}
