import { isJournalEvent, type JournalEvent, type JournalStore } from "@kie-market/client";
import type { Redis } from "ioredis";

const LEASE = `
local holder = redis.call('GET', KEYS[1])
if holder == false then
  redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
  return 1
end
if holder == ARGV[1] then
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
  return 1
end
return 0
`;
const IF_HELD_DELETE = `
if redis.call('GET', KEYS[1]) == ARGV[1] then redis.call('DEL', KEYS[1]) end
return 0
`;

type ScriptedRedis = Redis & {
  kieLease(key: string, holder: string, ttlMs: number): Promise<number>;
  kieIfHeldDelete(key: string, holder: string): Promise<number>;
};

/** Options of {@link redisJournal}. */
export interface RedisJournalOptions {
  /** Key prefix: the stream is `<prefix>journal`, leases `<prefix>lease:<id>`, keys `<prefix>key:<key>`. */
  prefix: string;
  /** How long a lease lasts without renewal, in ms (a process that died leaves its tasks to others after it). */
  leaseMs: number;
  /** Entries read per round trip. */
  pageSize?: number;
}

/**
 * The task journal in a Redis stream, shared by every process of the fleet. `append` resolves once Redis
 * has the event: it survives the crash of any of your processes; it survives a crash of Redis itself only
 * with Redis's persistence on (`appendonly yes`, and `appendfsync always` for every last event).
 */
export function redisJournal(redis: Redis, options: RedisJournalOptions): JournalStore {
  redis.defineCommand("kieLease", { numberOfKeys: 1, lua: LEASE });
  redis.defineCommand("kieIfHeldDelete", { numberOfKeys: 1, lua: IF_HELD_DELETE });
  const scripted = redis as ScriptedRedis;
  const stream = `${options.prefix}journal`;
  const pageSize = options.pageSize ?? 1000;
  /** The last stream entry this store object has read. */
  let last = "0-0";

  const readFrom = async (after: string) => {
    const events: JournalEvent[] = [];
    const problems: string[] = [];
    let cursor = after;
    for (;;) {
      const page = await redis.xrange(stream, `(${cursor}`, "+", "COUNT", pageSize);
      for (const [id, fields] of page) {
        cursor = id;
        const text = fields[fields.indexOf("e") + 1];
        let event: unknown;
        try {
          event = fields.indexOf("e") >= 0 ? JSON.parse(text ?? "") : undefined;
        } catch {
          event = undefined;
        }
        if (isJournalEvent(event)) events.push(event);
        else problems.push(`stream ${stream} entry ${id} is not a journal event; skipped`);
      }
      if (page.length < pageSize) break;
    }
    last = cursor;
    return { events, problems };
  };

  return {
    leaseMs: options.leaseMs,
    async append(event) {
      await redis.xadd(stream, "*", "e", JSON.stringify(event));
    },
    read: () => readFrom("0-0"),
    readNew: () => readFrom(last),
    async lease(id, holder) {
      return (await scripted.kieLease(`${options.prefix}lease:${id}`, holder, options.leaseMs)) === 1;
    },
    async unlease(id, holder) {
      await scripted.kieIfHeldDelete(`${options.prefix}lease:${id}`, holder);
    },
    async reserveKey(key, id) {
      const name = `${options.prefix}key:${key}`;
      if ((await redis.set(name, id, "NX")) === "OK") return id;
      return (await redis.get(name)) ?? (await this.reserveKey?.(key, id)) ?? id;
    },
    async freeKey(key, id) {
      await scripted.kieIfHeldDelete(`${options.prefix}key:${key}`, id);
    },
  };
}
