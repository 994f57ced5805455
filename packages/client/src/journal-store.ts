/**
 * The task journal: the record of every task a client pays for, kept in a store you choose. A task is
 * billed the moment createTask accepts it and upstream has no idempotency key, no list and no cancel:
 * the journal is how a task id survives a crash, and how a repeated request finds the task it already paid for.
 *
 * Events are appended, never rewritten. What each kind says:
 * - `intent`: a createTask is about to be sent (written, durably, before it is);
 * - `accepted`: createTask answered with this task id;
 * - `unknown`: the answer never came (a reset, a timeout, an abort after sending): the task may exist and be billed;
 * - `refused`: createTask was answered with a refusal: no task exists;
 * - `state`: a state the client saw while waiting;
 * - `settled`: the task finished (success or fail), with its result URLs and credits when the record carries them;
 * - `resolved`: you found the task id of an `unknown` create (e.g. in the account's logs);
 * - `abandoned`: you decided an `unknown` create is not to be followed.
 */
export type JournalEvent =
  | {
      type: "intent";
      id: string;
      at: number;
      model: string;
      /** SHA-256 (hex) of the createTask body's `input`, as sent. */
      inputHash: string;
      callBackUrl?: string;
      idempotencyKey?: string;
    }
  | { type: "accepted"; id: string; at: number; taskId: string }
  | { type: "unknown"; id: string; at: number; reason: string }
  | { type: "refused"; id: string; at: number; reason: string }
  | { type: "state"; id: string; at: number; state: string }
  | {
      type: "settled";
      id: string;
      at: number;
      state: "success" | "fail";
      resultUrls?: string[];
      credits?: number;
      failMsg?: string;
    }
  | { type: "resolved"; id: string; at: number; taskId: string }
  | { type: "abandoned"; id: string; at: number };

/**
 * Where the journal lives. Implement it for your own database with these guarantees:
 * - `append` resolves only once the event would survive a crash of this process (the client sends
 *   createTask only after the `intent` append resolved);
 * - `read` returns every event appended so far, in append order; an entry it cannot decode is left out
 *   and named in `problems`, never thrown.
 * Stores shipped: `memoryJournal()` (this process only, the default behaviour) and `fileJournal(path)`
 * from `@kie-market/client/file-journal` (one process, crash-safe).
 */
export interface JournalStore {
  append(event: JournalEvent): Promise<void>;
  read(): Promise<{ events: JournalEvent[]; problems: string[] }>;
  /** Releases what the store holds (a file lock, a connection). */
  close?(): Promise<void>;
  /**
   * A store shared by several processes implements the rest. `readNew` returns the events appended (by any
   * process) since this store object's last `read` or `readNew`, in append order; the client calls it
   * before it looks anything up (an idempotency key, `pending`, `recover`).
   */
  readNew?(): Promise<{ events: JournalEvent[]; problems: string[] }>;
  /**
   * Leases on unsettled entries, so that one live process follows each: `lease` takes the entry's lease for
   * `holder` (or renews it if `holder` has it) and says whether `holder` has it now; a lease not renewed
   * expires after `leaseMs` (its process died). The client holds a lease from a create's intent to its end,
   * renewing it every `leaseMs / 3`, and `recover()` follows only the entries whose lease it gets.
   */
  lease?(id: string, holder: string): Promise<boolean>;
  /** Gives up `holder`'s lease on `id` (nothing if another holds it). */
  unlease?(id: string, holder: string): Promise<void>;
  /** How long a lease lasts without renewal, in ms. */
  readonly leaseMs?: number;
  /**
   * Reserves an idempotency key for a journal id, atomically across processes: resolves with the id that
   * holds the key (`id` when this call got it). `freeKey` lets it go again (its create was refused or abandoned).
   */
  reserveKey?(key: string, id: string): Promise<string>;
  freeKey?(key: string, id: string): Promise<void>;
}

/** A journal kept in this process's memory: lost with the process (what the client does without a journal). */
export function memoryJournal(): JournalStore {
  const events: JournalEvent[] = [];
  return {
    append: async (event) => {
      events.push(structuredClone(event));
    },
    read: async () => ({ events: structuredClone(events), problems: [] }),
  };
}

/** Whether `value` looks like a journal event (a store's line may be anything). */
export function isJournalEvent(value: unknown): value is JournalEvent {
  if (typeof value !== "object" || value === null) return false;
  const event = value as Record<string, unknown>;
  if (typeof event.id !== "string" || !event.id || typeof event.at !== "number") return false;
  switch (event.type) {
    case "intent":
      return typeof event.model === "string" && typeof event.inputHash === "string";
    case "accepted":
    case "resolved":
      return typeof event.taskId === "string" && event.taskId !== "";
    case "unknown":
    case "refused":
      return typeof event.reason === "string";
    case "state":
      return typeof event.state === "string";
    case "settled":
      return event.state === "success" || event.state === "fail";
    case "abandoned":
      return true;
    default:
      return false;
  }
}
