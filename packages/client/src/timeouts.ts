interface Deadline {
  at: number;
  /** Cleared once the attempt ends or the deadline has passed. */
  expire: (() => void) | undefined;
}

const now = () => performance.now();
const MAX_DELAY = 2 ** 31 - 1;

/**
 * The per-attempt timeouts of one client, on a single timer. A `setTimeout` plus `clearTimeout` per
 * request costs Node about 8 µs, a measurable share of a call to a nearby server. Every attempt of a
 * client lasts the same `ms`, so deadlines arrive in order: one timer, armed for the earliest
 * deadline still pending, serves them all, and an attempt that ends only marks its entry as done.
 *
 * The timer is unref'd: it never keeps a process alive by itself (the request's socket does).
 */
export class Timeouts {
  private pending: Deadline[] = [];
  private head = 0;
  private armed = false;

  constructor(readonly ms: number) {}

  /** Calls `expire` once `ms` have passed, unless the returned function is called first. */
  start(expire: () => void): () => void {
    const deadline: Deadline = { at: now() + this.ms, expire };
    this.pending.push(deadline);
    if (!this.armed) this.arm(this.ms);
    return () => {
      deadline.expire = undefined;
      this.skipDone();
    };
  }

  /** How many deadlines are still held (for tests: ended attempts must not pile up). */
  get size(): number {
    return this.pending.length - this.head;
  }

  private skipDone(): void {
    const { pending } = this;
    while (this.head < pending.length && pending[this.head].expire === undefined) this.head++;
    if (this.head === pending.length) {
      pending.length = 0;
      this.head = 0;
    } else if (this.head >= 1024 && this.head * 2 >= pending.length) {
      this.pending = pending.slice(this.head);
      this.head = 0;
    }
  }

  private readonly fire = (): void => {
    this.armed = false;
    const time = now();
    const due: Deadline[] = [];
    while (this.head < this.pending.length && this.pending[this.head].at <= time) due.push(this.pending[this.head++]);
    this.skipDone();
    if (this.head < this.pending.length) this.arm(this.pending[this.head].at - time);
    // Expiring aborts a request, which may start another attempt: the queue is consistent by now.
    for (const deadline of due) {
      const expire = deadline.expire;
      deadline.expire = undefined;
      expire?.();
    }
  };

  private arm(delay: number): void {
    this.armed = true;
    // Timers take at most 2^31 - 1 ms (Node fires a longer one after 1 ms): a later deadline re-arms.
    const timer: unknown = setTimeout(this.fire, Math.min(MAX_DELAY, Math.max(1, Math.ceil(delay))));
    if (typeof timer === "object" && timer !== null && "unref" in timer) (timer as { unref(): void }).unref();
    else (globalThis as { Deno?: { unrefTimer?(id: unknown): void } }).Deno?.unrefTimer?.(timer);
  }
}
