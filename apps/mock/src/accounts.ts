import type { MockTask } from "./task-store.js";

/** Credits are kept to the cent: live balances are fractional (5916.25), and sums of floats drift. */
const cents = (value: number) => Math.round(value * 100) / 100;

/** One API key's credits and create window: upstream applies both per account. */
export class Account {
  private charged = 0;
  private refunded = 0;
  /** Tasks that will fail: their credits come back when they do. */
  private pendingRefunds: MockTask[] = [];
  /** Times of the creates inside the current rate-limit window. */
  private readonly creates: number[] = [];

  constructor(
    private readonly startingCredits: number,
    private readonly now: () => number = Date.now,
  ) {}

  balance(): number {
    const now = this.now();
    // Refund each failing task once it has failed; keep the others for later.
    this.pendingRefunds = this.pendingRefunds.filter((task) => {
      const failed = task.createTime + task.durationMs <= now;
      if (failed) this.refunded += task.credits;
      return !failed;
    });
    return cents(this.startingCredits - this.charged + this.refunded);
  }

  charge(task: MockTask) {
    this.charged += task.credits;
    if (task.failCode) this.pendingRefunds.push(task);
  }

  /** Takes a slot of the create window, or says how many seconds until one frees (Retry-After). */
  takeCreateSlot(limit: { limit: number; intervalMs: number }): { retryAfterSeconds?: number } {
    const now = this.now();
    while (this.creates.length && this.creates[0] <= now - limit.intervalMs) this.creates.shift();
    if (this.creates.length >= limit.limit)
      return { retryAfterSeconds: Math.max(1, Math.ceil((this.creates[0] + limit.intervalMs - now) / 1000)) };
    this.creates.push(now);
    return {};
  }
}

/** The accounts of every API key seen so far, each opened with the starting balance on first use. */
export class Accounts {
  private readonly byKey = new Map<string, Account>();

  constructor(
    private readonly startingCredits: number,
    private readonly now: () => number = Date.now,
  ) {}

  of(apiKey: string): Account {
    const account = this.byKey.get(apiKey) ?? new Account(this.startingCredits, this.now);
    this.byKey.set(apiKey, account);
    return account;
  }

  /** A key's balance; without a key, the only key's (or the starting balance before any request). */
  balance(apiKey?: string): number {
    if (apiKey !== undefined) return this.of(apiKey).balance();
    if (this.byKey.size > 1)
      throw new Error(`credits(): ${this.byKey.size} API keys have used the mock, each with its own balance; name one: credits("<key>")`);
    return this.byKey.values().next().value?.balance() ?? cents(this.startingCredits);
  }
}
