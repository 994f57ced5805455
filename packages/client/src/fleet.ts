import type { TaskRecord } from "./record.js";

/**
 * What a client needs from the other processes of a fleet, kept to interfaces so that the client itself
 * depends on no store: `@kie-market/redis` implements them on Redis; implement them for another engine
 * with the guarantees written on each.
 */
export interface KieFleet {
  /** Hands confirmed records to every process's waits (see {@link TaskBus}). */
  bus?: TaskBus;
  /** Makes `onEvent` run once per finished task across the fleet (see {@link CallbackClaims}). */
  claims?: CallbackClaims;
}

/**
 * A channel between the processes of a fleet. The callback handler that confirmed a finished task (by
 * its recordInfo read) publishes the record; every other process hands it to its waits on that task, so
 * that one read serves the whole fleet. Delivery may be lost (waits keep polling); what arrives must be
 * what a process of this fleet published.
 */
export interface TaskBus {
  /** Publishes a record read from recordInfo. Resolves once sent; rejects if it could not be (the waits then poll). */
  publish(taskId: string, record: TaskRecord): Promise<void>;
  /** Calls `listener` with each record another process published; returns the unsubscribe function. */
  subscribe(listener: (taskId: string, record: TaskRecord) => void): () => void;
}

/** What a claim on a task's callback found. */
export type ClaimResult =
  /** This delivery holds the claim: it confirms the task and calls `onEvent`, then `finish` or `release`. */
  | { status: "claimed"; finish(): Promise<void>; release(): Promise<void> }
  /** `onEvent` already ran for this task (somewhere in the fleet): a duplicate. */
  | { status: "done" }
  /** Another delivery holds the claim right now: this one is answered 503 and upstream delivers again. */
  | { status: "busy" };

/**
 * Claims on finished tasks' callbacks, shared by the fleet. `claim` must be atomic (of any number of
 * concurrent claims on one task id, at most one is `claimed`), a claim must expire by itself after
 * `leaseMs` (a process that died holding it), and `finish` must make every later claim `done` for
 * `doneTtlMs`. A claim that cannot be made (the store is down) rejects: the delivery is answered 503.
 */
export interface CallbackClaims {
  claim(taskId: string, options: { leaseMs: number; doneTtlMs: number }): Promise<ClaimResult>;
}
