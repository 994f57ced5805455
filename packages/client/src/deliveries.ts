import type { TaskRecord } from "./record.js";

/** Hands records that arrive by callback to the waits on those tasks. */
export class Deliveries {
  private readonly listeners = new Map<string, Set<(record: TaskRecord) => void>>();

  /** Calls `listener` when a record for `taskId` is delivered; returns the unsubscribe function. */
  listen(taskId: string, listener: (record: TaskRecord) => void): () => void {
    const set = this.listeners.get(taskId) ?? new Set();
    set.add(listener);
    this.listeners.set(taskId, set);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(taskId);
    };
  }

  /** Delivers a record; returns how many waits received it. */
  deliver(record: TaskRecord): number {
    const set = this.listeners.get(record.taskId);
    for (const listener of [...(set ?? [])]) listener(record);
    return set?.size ?? 0;
  }
}
