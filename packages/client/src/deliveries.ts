import type { TaskRecord } from "./record.js";

/**
 * Tells the waits of this process about their tasks: a record read from recordInfo (by the callback
 * handler, say), or a bare wake-up that makes them read recordInfo now. Nothing from a callback's body
 * goes through here unless the user opted out of confirming it.
 */
export class Deliveries {
  private readonly listeners = new Map<string, Set<(record?: TaskRecord) => void>>();
  /** Task ids this process created, newest last (bounded: the oldest are forgotten first). */
  private readonly created = new Set<string>();

  constructor(private readonly remembered = 10_000) {}

  /** Notes a task this process created: its callback is expected, whether or not a wait still listens. */
  remember(taskId: string): void {
    this.created.delete(taskId);
    this.created.add(taskId);
    if (this.created.size > this.remembered) this.created.delete(this.created.values().next().value as string);
  }

  /** Whether this process waits for `taskId` or created it (recently). */
  knows(taskId: string): boolean {
    return this.listeners.has(taskId) || this.created.has(taskId);
  }

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
