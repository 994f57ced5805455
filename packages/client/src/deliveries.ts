import type { TaskRecord } from "./record.js";

/**
 * Tells the waits of this process about their tasks: a record read from recordInfo (by the callback
 * handler, say), or a bare wake-up that makes them read recordInfo now. Nothing from a callback's body
 * goes through here unless the user opted out of confirming it.
 */
export class Deliveries {
  private readonly listeners = new Map<string, Set<(record?: TaskRecord) => void>>();

  /** Calls `listener` on each delivery or wake-up for `taskId`; returns the unsubscribe function. */
  listen(taskId: string, listener: (record?: TaskRecord) => void): () => void {
    const set = this.listeners.get(taskId) ?? new Set();
    set.add(listener);
    this.listeners.set(taskId, set);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(taskId);
    };
  }

  /** Hands a record of `taskId` (read from recordInfo) to its waits; returns how many received it. */
  deliver(taskId: string, record?: TaskRecord): number {
    const set = this.listeners.get(taskId);
    for (const listener of [...(set ?? [])]) listener(record);
    return set?.size ?? 0;
  }

  /** Whether a wait in this process is listening for `taskId`. */
  has(taskId: string): boolean {
    return this.listeners.has(taskId);
  }
}
