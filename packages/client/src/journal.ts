import {
  ApiError,
  BudgetExceededError,
  AbortError as ClientAbortError,
  ConnectionError,
  IdempotencyConflictError,
  InputValidationError,
  type KieError,
  OutcomeUnknownError,
  StoreUnavailableError,
} from "./errors.js";
import type { JournalEvent, JournalStore } from "./journal-store.js";
import type { Logger } from "./logger.js";
import type { SuccessTaskRecord, TaskRecord } from "./record.js";
import type { CreatedTask, CreateOptions, RecoveryReport } from "./tasks.js";
import type { WaitOptions } from "./wait.js";

/**
 * Where a journaled task stands:
 * - `sending`: its createTask is in flight in this process;
 * - `outcome-unknown`: its createTask was sent and no answer came (or the process that sent it died):
 *   it may exist and be billed. Nothing re-sends it: look in the account's logs, then `tasks.resolve`
 *   or `tasks.abandon` it;
 * - `running`: accepted, not seen finished yet; `succeeded`, `failed`: seen finished;
 * - `refused`: createTask was refused, no task exists; `abandoned`: you said so.
 */
export type JournalStatus = "sending" | "outcome-unknown" | "running" | "succeeded" | "failed" | "refused" | "abandoned";

/** One task of the journal, as its events add up. */
export interface JournalEntry {
  /** The journal's own id of this create (the task id is known only once it is accepted). */
  id: string;
  status: JournalStatus;
  model: string;
  inputHash: string;
  callBackUrl?: string;
  idempotencyKey?: string;
  /** When the create was journaled (Unix ms). */
  createdAt: number;
  updatedAt: number;
  taskId?: string;
  /** The last state seen while waiting. */
  lastState?: string;
  resultUrls?: string[];
  /** Credits the finished record says it consumed, when it says. */
  credits?: number;
  /** Why a create was refused or its outcome is unknown, or why the task failed. */
  reason?: string;
}

const FINISHED: ReadonlySet<JournalStatus> = new Set(["succeeded", "failed", "refused", "abandoned"]);

/** Whether a failed createTask may still have created (and billed) the task. */
export function mayHaveCreated(error: unknown): boolean {
  // Refused before anything was sent: a bad input, a budget, a store that could not record, an idempotency
  // key whose first create is unknown or was for another request.
  if (
    error instanceof InputValidationError ||
    error instanceof BudgetExceededError ||
    error instanceof StoreUnavailableError ||
    error instanceof OutcomeUnknownError ||
    error instanceof IdempotencyConflictError
  )
    return false;
  if (error instanceof ConnectionError || error instanceof ClientAbortError)
    return (error as KieError & { maybeProcessed?: boolean }).maybeProcessed !== false;
  // Answered refusals create nothing; a 5xx or an unreadable answer may have come after the task was made.
  if (error instanceof ApiError && error.apiCode !== undefined && error.apiCode < 500) return false;
  return true;
}

/** SHA-256 (hex) of a request's input, as JSON: the journal keeps it to tell one request from another. */
export async function hashInput(input: unknown): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(JSON.stringify(input ?? null)));
  return hex(new Uint8Array(digest));
}

/** The journal a client writes: the store's events, folded into entries, kept current as it appends. */
export class Journal {
  private readonly entries = new Map<string, JournalEntry>();
  private readonly byTask = new Map<string, string>();
  private readonly byKey = new Map<string, string>();
  /** Creates in flight in this process (their `sending` is not an unknown outcome). */
  readonly inFlight = new Set<string>();
  problems: string[] = [];

  constructor(
    private readonly store: JournalStore,
    private readonly logger?: Logger,
  ) {}

  /** This client's name on the store's leases. */
  private readonly holder = randomId();
  /** Entries whose lease this client holds (renewed until they end). */
  private readonly held = new Set<string>();
  private renewing: ReturnType<typeof setInterval> | undefined;

  /** Reads the store (once, before anything else); its problems (a torn or corrupted entry) are reported, never thrown. */
  async load(): Promise<void> {
    this.take(await this.store.read());
  }

  /** Reads what other processes appended since (a store shared by processes); nothing for a store of one. */
  async refresh(): Promise<void> {
    if (this.store.readNew) this.take(await this.store.readNew());
  }

  private take({ events, problems }: { events: JournalEvent[]; problems: string[] }) {
    for (const event of events) this.apply(event);
    this.problems.push(...problems);
    for (const problem of problems) this.log.warn?.(`kie-market journal: ${problem}`);
  }

  private get log(): Logger {
    return this.logger ?? globalThis.console;
  }

  /** Applies an event to the entries now (so that a second create with the same key sees it at once), then stores it. */
  async record(event: JournalEvent): Promise<void> {
    this.apply(event);
    try {
      await this.store.append(event);
    } finally {
      // Its end seen here, this process follows it no more: even if the store missed the event, another
      // process's recover() may then take it up (and record its end).
      if (event.type !== "intent" && event.type !== "accepted" && event.type !== "resolved" && event.type !== "state")
        await this.letGo(event.id);
    }
  }

  /**
   * Takes (or renews) this client's lease on an entry; true when it holds it now, or when the store has no
   * leases (one process). Held leases are renewed every `leaseMs / 3` until the entry ends here.
   */
  async hold(id: string): Promise<boolean> {
    if (!this.store.lease) return true;
    if (!(await this.store.lease(id, this.holder))) return false;
    this.held.add(id);
    if (!this.renewing) {
      this.renewing = setInterval(() => this.renew(), Math.max(20, (this.store.leaseMs ?? 30_000) / 3));
      (this.renewing as { unref?: () => void }).unref?.();
    }
    return true;
  }

  holds(id: string): boolean {
    return this.held.has(id);
  }

  private renew() {
    for (const id of this.held)
      this.store.lease?.(id, this.holder).then(
        (kept) => {
          if (kept || !this.held.delete(id)) return;
          this.log.warn?.(`kie-market journal: the lease on entry ${id} was lost (another process may follow it now)`);
        },
        (error: Error) => this.log.warn?.(`kie-market journal: could not renew the lease on entry ${id}: ${error.message}`),
      );
  }

  /** Gives up this client's lease on an entry (it ended here, or is no longer followed here). */
  async letGo(id: string): Promise<void> {
    if (!this.held.delete(id)) return;
    if (this.held.size === 0 && this.renewing) {
      clearInterval(this.renewing);
      this.renewing = undefined;
    }
    await this.store
      .unlease?.(id, this.holder)
      .catch((error: Error) => this.log.warn?.(`kie-market journal: could not release the lease on entry ${id}: ${error.message}`));
  }

  /**
   * Applies `event` in memory only. Events may arrive twice (a shared store hands this process its own
   * back): an intent for a known entry and anything after an entry's end change nothing.
   */
  apply(event: JournalEvent) {
    if (event.type === "intent") {
      if (this.entries.has(event.id)) return;
      this.entries.set(event.id, {
        id: event.id,
        status: "sending",
        model: event.model,
        inputHash: event.inputHash,
        ...(event.callBackUrl ? { callBackUrl: event.callBackUrl } : {}),
        ...(event.idempotencyKey !== undefined ? { idempotencyKey: event.idempotencyKey } : {}),
        createdAt: event.at,
        updatedAt: event.at,
      });
      if (event.idempotencyKey !== undefined) this.byKey.set(event.idempotencyKey, event.id);
      return;
    }
    const entry = this.entries.get(event.id);
    if (!entry || FINISHED.has(entry.status)) return;
    entry.updatedAt = event.at;
    switch (event.type) {
      case "accepted":
      case "resolved":
        entry.taskId = event.taskId;
        entry.status = "running";
        this.byTask.set(event.taskId, entry.id);
        break;
      case "unknown":
        entry.status = "outcome-unknown";
        entry.reason = event.reason;
        break;
      case "refused":
        entry.status = "refused";
        entry.reason = event.reason;
        break;
      case "state":
        entry.lastState = event.state;
        break;
      case "settled":
        entry.status = event.state === "success" ? "succeeded" : "failed";
        entry.lastState = event.state;
        if (event.resultUrls) entry.resultUrls = event.resultUrls;
        if (event.credits !== undefined) entry.credits = event.credits;
        if (event.failMsg) entry.reason = event.failMsg;
        break;
      case "abandoned":
        entry.status = "abandoned";
        break;
    }
  }

  /** The entry for an idempotency key: the latest create that used it, unless refused or abandoned. */
  forKey(key: string): JournalEntry | undefined {
    const id = this.byKey.get(key);
    const entry = id === undefined ? undefined : this.entries.get(id);
    return entry && entry.status !== "refused" && entry.status !== "abandoned" ? this.view(entry) : undefined;
  }

  /** The entry of a task id, or of a journal id. */
  find(id: string): JournalEntry | undefined {
    return this.get(this.byTask.get(id) ?? id);
  }

  get(id: string): JournalEntry | undefined {
    const entry = this.entries.get(id);
    return entry && this.view(entry);
  }

  /** Every entry not finished: sending, outcome unknown or running. */
  unsettled(): JournalEntry[] {
    return [...this.entries.values()].filter((entry) => !FINISHED.has(entry.status)).map((entry) => this.view(entry));
  }

  /**
   * Records what a read of a journaled task showed: a new state, or its end. Never throws (a failed write is
   * logged). Answers the task's journal id, when the journal knows the task.
   */
  async observe(record: TaskRecord): Promise<string | undefined> {
    // A finished task another process journaled (a callback on a replica, a serverless instance): read
    // what the shared store has since, so that its end is recorded here.
    if (!this.byTask.has(record.taskId) && (record.state === "success" || record.state === "fail"))
      await this.refresh().catch((error: Error) => this.log.warn?.(`kie-market journal: could not read the store: ${error.message}`));
    const id = this.byTask.get(record.taskId);
    const entry = id === undefined ? undefined : this.entries.get(id);
    if (!entry || FINISHED.has(entry.status)) return id;
    const at = Date.now();
    const state = record.state === "unknown" ? record.rawState : record.state;
    let event: JournalEvent | undefined;
    if (record.state === "success" || record.state === "fail") {
      const credits = record.creditsConsumed;
      event = {
        type: "settled",
        id: entry.id,
        at,
        state: record.state,
        ...(record.state === "success" ? { resultUrls: record.resultUrls } : {}),
        ...(typeof credits === "number" && Number.isFinite(credits) ? { credits } : {}),
        ...(record.state === "fail" && record.failMsg ? { failMsg: record.failMsg } : {}),
      };
    } else if (state !== entry.lastState) event = { type: "state", id: entry.id, at, state };
    if (!event) return id;
    try {
      await this.record(event);
    } catch (error) {
      this.log.error?.(`kie-market journal: could not record task ${record.taskId} as ${state}: ${(error as Error).message}`);
    }
    return id;
  }

  /** An entry as callers see it: a `sending` entry no create of this process is sending is an unknown outcome. */
  private view(entry: JournalEntry): JournalEntry {
    const copy = structuredClone(entry);
    if (copy.status === "sending" && !this.inFlight.has(copy.id)) copy.status = "outcome-unknown";
    return copy;
  }
}

/** What the client's tasks need of the journal: loaded only by a client given one. */
export interface JournalDependencies {
  /** Sends the create of journal entry `journalId` (a budget names its reservation after it). */
  send: (body: Record<string, unknown>, model: string, options: CreateOptions, journalId: string) => Promise<string>;
  wait: (taskId: string, options: WaitOptions) => Promise<SuccessTaskRecord>;
}

/** The journaled creates, reads and recovery of one client, once the store has been read. */
export async function journalTasks(store: JournalStore, logger: Logger | undefined, deps: JournalDependencies) {
  const journal = new Journal(store, logger);
  await journal.load();

  /** In-flight creates of this process, by journal id: a second call with the key joins the first. */
  const sending = new Map<string, Promise<CreatedTask<string>>>();

  /** What the journal already has for `key`: the first create's task, its in-flight create, or an error. */
  const byKey = (key: string, model: string, inputHash: string): Promise<CreatedTask<string>> | undefined => {
    const first = journal.forKey(key);
    if (!first) return undefined;
    if (first.model !== model || first.inputHash !== inputHash)
      throw new IdempotencyConflictError(
        `idempotencyKey ${JSON.stringify(key)} was used for another request (${first.model}, input ${first.inputHash.slice(0, 12)}…); nothing was sent`,
      );
    const joined = sending.get(first.id);
    if (joined) return joined.then((task) => ({ ...task, replayed: true }));
    if (first.taskId) return Promise.resolve({ taskId: first.taskId, model, createdAt: first.createdAt, replayed: true });
    throw new OutcomeUnknownError(
      `A create with idempotencyKey ${JSON.stringify(key)} (journal entry ${first.id}) was sent and its answer never came: the task may exist and be billed. Nothing was sent now. Check the account's logs, then tasks.resolve("${first.id}", taskId) or tasks.abandon("${first.id}").`,
      { journalId: first.id },
    );
  };

  /** Sends a create; with a journal, its intent is stored first and its outcome after. */
  const create = async (body: Record<string, unknown>, model: string, options: CreateOptions): Promise<CreatedTask<string>> => {
    const key = options.idempotencyKey;
    const inputHash = await hashInput(body.input);
    if (key !== undefined) {
      // A shared journal: what other processes did with the key counts too.
      await journal.refresh();
      // From here to the intent in memory nothing awaits: two creates with one key in this process cannot both pass.
      const found = byKey(key, model, inputHash);
      if (found) return found;
    }
    const id = randomId();
    if (key !== undefined && store.reserveKey) {
      // Across processes the store decides which create gets the key.
      const owner = await store.reserveKey(key, id);
      if (owner !== id) {
        await journal.refresh();
        const found = byKey(key, model, inputHash);
        if (found) return found;
        throw new OutcomeUnknownError(
          `Another process holds idempotencyKey ${JSON.stringify(key)} (journal entry ${owner}) and its create is not journaled yet: it may be sending it now. Nothing was sent; call again to join it.`,
          { journalId: owner },
        );
      }
    }
    const callBackUrl = typeof body.callBackUrl === "string" ? body.callBackUrl : undefined;
    const intent = journal.record({
      type: "intent",
      id,
      at: Date.now(),
      model,
      inputHash,
      ...(callBackUrl ? { callBackUrl } : {}),
      ...(key !== undefined ? { idempotencyKey: key } : {}),
    });
    journal.inFlight.add(id);
    const freeKey = () =>
      key !== undefined && store.freeKey
        ? store
            .freeKey(key, id)
            .catch((error: Error) => logger?.warn?.(`kie-market journal: could not free idempotencyKey ${key}: ${error.message}`))
        : undefined;
    const attempt = (async (): Promise<CreatedTask<string>> => {
      try {
        try {
          await intent;
          // Held until the task ends here, so that another process's recover() leaves it to this one.
          await journal.hold(id);
        } catch (error) {
          // Not durably journaled: nothing is sent.
          journal.apply({ type: "refused", id, at: Date.now(), reason: "the journal could not record the create" });
          await freeKey();
          throw new StoreUnavailableError(`the journal could not record the create, so nothing was sent: ${(error as Error).message}`, {
            cause: error,
          });
        }
        let taskId: string;
        try {
          taskId = await deps.send(body, model, options, id);
        } catch (error) {
          const unknown = mayHaveCreated(error);
          const reason = error instanceof Error ? error.message : String(error);
          await journal
            .record(unknown ? { type: "unknown", id, at: Date.now(), reason } : { type: "refused", id, at: Date.now(), reason })
            .catch((failure: Error) => logger?.error?.(`kie-market journal: could not record create ${id}: ${failure.message}`));
          if (!unknown) await freeKey();
          throw error;
        }
        try {
          await journal.record({ type: "accepted", id, at: Date.now(), taskId });
        } catch (error) {
          // The task exists and is billed: its id must reach the caller, whatever the journal says.
          (logger ?? globalThis.console)?.error?.(
            `kie-market journal: task ${taskId} was created but could not be recorded (journal entry ${id}): ${(error as Error).message}`,
          );
        }
        return { taskId, model, createdAt: Date.now() };
      } finally {
        journal.inFlight.delete(id);
        sending.delete(id);
      }
    })();
    sending.set(id, attempt);
    return attempt;
  };

  const pending = async (): Promise<JournalEntry[]> => {
    await journal.refresh();
    return journal.unsettled();
  };

  const recover = async (options: Omit<WaitOptions, "model" | "createdAt"> = {}): Promise<RecoveryReport> => {
    await journal.refresh();
    const report: RecoveryReport = { succeeded: [], failed: [], unknown: [], elsewhere: [], problems: [...journal.problems] };
    const entries = journal.unsettled();
    await Promise.all(
      entries.map(async (entry) => {
        if (entry.status === "sending") return; // this process is creating it right now
        // A shared store: only the process holding an entry's lease follows it (its creator while alive).
        const heldBefore = journal.holds(entry.id);
        if (!(await journal.hold(entry.id))) {
          report.elsewhere.push({ entry });
          return;
        }
        try {
          if (!entry.taskId) {
            report.unknown.push({
              entry: { ...entry, status: "outcome-unknown" },
              advice: `its createTask (${entry.model}, journaled ${new Date(entry.createdAt).toISOString()}) got no answer: look for the task in the account's logs, then tasks.resolve("${entry.id}", taskId) or tasks.abandon("${entry.id}")`,
            });
            return;
          }
          report.succeeded.push({
            entry,
            record: await deps.wait(entry.taskId, { ...options, model: entry.model, createdAt: entry.createdAt }),
          });
        } catch (error) {
          report.failed.push({ entry, error });
        } finally {
          if (!heldBefore) await journal.letGo(entry.id);
        }
      }),
    );
    return report;
  };

  const settleByHand = async (method: "resolve" | "abandon", journalId: string, taskId?: string) => {
    await journal.refresh();
    const entry = journal.get(journalId);
    if (!entry) throw new TypeError(`no journal entry ${JSON.stringify(journalId)}`);
    if (entry.status !== "outcome-unknown")
      throw new TypeError(`journal entry ${journalId} is ${entry.status}; only a create whose outcome is unknown can be ${method}d`);
    if (method === "resolve") {
      if (typeof taskId !== "string" || !taskId) throw new TypeError(`tasks.resolve needs the task id; got ${JSON.stringify(taskId)}`);
      await journal.record({ type: "resolved", id: journalId, at: Date.now(), taskId });
    } else {
      await journal.record({ type: "abandoned", id: journalId, at: Date.now() });
      if (entry.idempotencyKey !== undefined) await store.freeKey?.(entry.idempotencyKey, journalId);
    }
  };

  return {
    create,
    observe: (record: TaskRecord) => journal.observe(record),
    lookup: async (id: string) => {
      await journal.refresh();
      return journal.find(id);
    },
    pending,
    recover,
    resolve: (journalId: string, taskId: string) => settleByHand("resolve", journalId, taskId),
    abandon: (journalId: string) => settleByHand("abandon", journalId),
  };
}

/** A journal id: random, so that processes sharing a journal never collide. */
const randomId = () => hex(crypto.getRandomValues(new Uint8Array(12)));

const hex = (bytes: Uint8Array) => Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
