/** Running totals of a budget, in credits. */
export interface BudgetTotals {
  /** What settled tasks cost: the credits upstream reported, else their estimate (a failure without a report: 0). */
  spent: number;
  /** Reserved for tasks created and not settled yet, and for creates whose outcome is unknown (they may be billed). */
  inFlight: number;
}

/**
 * Where a budget's totals live. In this process by default; `@kie-market/redis` keeps one for a whole
 * fleet, so that every process's creates count against one limit. A reservation is atomic: it succeeds
 * only when `spent + inFlight + credits <= limit`, counting everything other processes reserved.
 */
export interface BudgetLedger {
  /** Reserves `credits` under `holdId` when the limit allows; the totals as they were either way. */
  reserve(holdId: string, credits: number, limit: number): Promise<BudgetTotals & { ok: boolean }>;
  /** The hold's task is settled: its reservation goes and `credits` are spent. A second call does nothing. */
  settle(holdId: string, credits: number): Promise<void>;
  /** The hold's create was refused or never sent: its reservation goes, nothing is spent. */
  release(holdId: string): Promise<void>;
  totals(): Promise<BudgetTotals>;
}

/** Options of `createKieClient({ budget })`. */
export interface BudgetOptions {
  /** The most credits this client (or, with a shared ledger, the fleet) may spend, in flight included. */
  maxCredits: number;
  /**
   * Refuse a create whose input the pricing snapshot cannot estimate. Otherwise it reserves the most its
   * model can cost (the dearest row at the longest duration...), and is refused only when nothing bounds it.
   * @default false
   */
  strict?: boolean;
  /** Where the totals live. @default this process (`memoryLedger()`) */
  ledger?: BudgetLedger;
}

const round = (value: number) => Math.round(value * 1e4) / 1e4;

/** A budget's totals in this process. */
export function memoryLedger(): BudgetLedger {
  const holds = new Map<string, number>();
  let spent = 0;
  const inFlight = () => round([...holds.values()].reduce((sum, credits) => sum + credits, 0));
  return {
    async reserve(holdId, credits, limit) {
      const totals = { spent: round(spent), inFlight: inFlight() };
      const ok = totals.spent + totals.inFlight + credits <= limit + 1e-9;
      if (ok) holds.set(holdId, credits);
      return { ...totals, ok };
    },
    async settle(holdId, credits) {
      if (!holds.delete(holdId)) return;
      spent = round(spent + credits);
    },
    async release(holdId) {
      holds.delete(holdId);
    },
    async totals() {
      return { spent: round(spent), inFlight: inFlight() };
    },
  };
}
