import type { Logger, TaskBus, TaskRecord } from "@kie-market/client";
import type { Redis } from "ioredis";

/**
 * The fleet's bus on Redis pub/sub: a record published here reaches every other process subscribed to
 * the channel. Pub/sub keeps nothing: a process that was disconnected misses what was said meanwhile (its
 * waits poll, as without a bus). Whoever can publish to this Redis can hand waits a record: keep it private.
 */
export async function redisBus(redis: Redis, channel: string, logger?: Logger): Promise<TaskBus & { close(): Promise<void> }> {
  const me = `${process.pid}-${Math.random().toString(36).slice(2)}`;
  const listeners = new Set<(taskId: string, record: TaskRecord) => void>();
  const subscriber = redis.duplicate({ enableOfflineQueue: true });
  subscriber.on("error", () => {});
  subscriber.on("message", (_channel: string, message: string) => {
    let parsed: { from?: unknown; taskId?: unknown; record?: unknown };
    try {
      parsed = JSON.parse(message);
    } catch {
      logger?.warn?.(`kie-market fleet: a message on ${channel} is not JSON; ignored`);
      return;
    }
    if (parsed.from === me || typeof parsed.taskId !== "string" || typeof parsed.record !== "object" || parsed.record === null) return;
    for (const listener of listeners) listener(parsed.taskId, parsed.record as TaskRecord);
  });
  await subscriber.subscribe(channel);
  return {
    async publish(taskId, record) {
      await redis.publish(channel, JSON.stringify({ from: me, taskId, record }));
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      listeners.clear();
      subscriber.disconnect();
    },
  };
}
