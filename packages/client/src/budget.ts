import { type BudgetOptions, memoryLedger } from "./budget-ledger.js";
import { BudgetExceededError, StoreUnavailableError } from "./errors.js";
import { mayHaveCreated } from "./journal.js";
import type { Logger } from "./logger.js";
import type { TaskRecord } from "./record.js";

/** One create's reservation, from before it is sent until its task settles. */
export interface BudgetHold {
  /** The create answered with this task id. */
  accepted(taskId: string): void;
  /** The create failed: the reservation goes unless the task may exist. */
  failed(error: unknown): Promise<void>;
}

let holds = 0;

/** The reservation of a journaled create, named after its journal entry. */
const journalHold = (journalId: string) => `journal-${journalId}`;

/** A client's budget: reserves before each create, settles as records show tasks finished. */
export function createBudget(options: BudgetOptions, logger?: Logger) {
  const ledger = options.ledger ?? memoryLedger();
  const limit = options.maxCredits;
  /** Accepted tasks not settled yet: task id → hold id and the credits reserved. */
  const open = new Map<string, { holdId: string; credits: number }>();
  const pricing = import("@kie-market/schemas/pricing");
  // Without a handler the import's failure would be unhandled until the first create asks for it.
  pricing.catch(() => undefined);

  /** Reserves a create's estimate; `journalId` (a journaled create) names the reservation, so any process can settle it. */
  const reserve = async (model: string, input: Record<string, unknown> | undefined, journalId?: string): Promise<BudgetHold> => {
    const { estimateCost, maxCost } = await pricing;
    const estimate = estimateCost({ model, input: input ?? {} });
    let credits = estimate.credits;
    let basis = `estimated ${credits} credits`;
    if (credits === undefined) {
      const most = options.strict ? undefined : maxCost(model);
      if (most === undefined) {
        const totals = await ledger.totals().catch(() => ({ spent: Number.NaN, inFlight: Number.NaN }));
        throw new BudgetExceededError(
          `budget: a ${model} task has no estimate (${estimate.reason}), so the budget of ${limit} credits cannot bound it${options.strict ? " (strict)" : ", and nothing bounds its price"}; nothing was sent`,
          { model, ...totals, limit },
        );
      }
      credits = most;
      basis = `no estimate (${estimate.reason}); reserving the most it can cost, ${most} credits`;
    }
    const holdId = journalId !== undefined ? journalHold(journalId) : `hold-${++holds}-${Math.random().toString(36).slice(2, 10)}`;
    // A ledger that cannot count (a fleet's Redis down) refuses: a budget nobody can count is never passed.
    const result = await ledger.reserve(holdId, credits, limit).catch((error: unknown) => {
      throw new StoreUnavailableError(
        `budget: the ledger could not reserve ${credits} credits, so nothing was sent: ${(error as Error)?.message}`,
        {
          cause: error,
        },
      );
    });
    if (!result.ok)
      throw new BudgetExceededError(
        `budget: a ${model} task (${basis}) would take the client past its budget of ${limit} credits: ${result.spent} spent, ${result.inFlight} in flight; nothing was sent`,
        { model, spent: result.spent, inFlight: result.inFlight, limit, estimate: credits },
      );
    const reserved = credits;
    return {
      accepted(taskId) {
        open.set(taskId, { holdId, credits: reserved });
      },
      async failed(error) {
        // A create that may have made the task stays reserved: it may be billed.
        if (!mayHaveCreated(error)) await ledger.release(holdId).catch(() => undefined);
        else logger?.warn?.(`kie-market budget: a ${model} create's outcome is unknown; its ${reserved} credits stay reserved`);
      },
    };
  };

  /**
   * A record seen finished settles its task: what upstream reported, else the estimate (a failure: 0). A
   * task this client did not create here settles by its journal id, when the journal knows it: a
   * reservation another process (one that died, say) made in a shared ledger. The ledger ignores a
   * reservation it does not hold or has settled already. Without a report its amount is not known here,
   * and it stays counted in flight.
   */
  const settle = async (record: TaskRecord, journalId?: string) => {
    if (record.state !== "success" && record.state !== "fail") return;
    const hold = open.get(record.taskId);
    const reported = record.creditsConsumed;
    let holdId: string;
    let credits: number;
    if (hold) {
      open.delete(record.taskId);
      holdId = hold.holdId;
      credits = reported ?? (record.state === "success" ? hold.credits : 0);
    } else if (journalId !== undefined && (reported !== undefined || record.state === "fail")) {
      holdId = journalHold(journalId);
      credits = reported ?? 0;
    } else return;
    // A settle that fails leaves the task counted in flight: the budget errs on the side of spending less.
    await ledger
      .settle(holdId, credits)
      .catch((error: Error) => logger?.warn?.(`kie-market budget: could not settle task ${record.taskId}: ${error?.message}`));
  };

  /** A journaled create whose outcome was unknown was abandoned (no task, by the account's logs): its reservation goes. */
  const abandoned = (journalId: string) => ledger.release(journalHold(journalId));

  return { reserve, settle, abandoned };
}
