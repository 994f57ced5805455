interface Deadline {
  at: number;
  /** Cleared once the attempt ends or the deadline has passed. */
  expire: (() => void) | undefined;
}

const now = () => performance.now();
// Timers take at most 2^31 - 1 ms (Node fires a longer one after 1 ms, with a warning): later deadlines re-arm.
const MAX_DELAY = 2 ** 31 - 1;

/** The per-attempt timeouts of one client; see {@link createTimeouts}. */
export interface Timeouts {
  /** The timeout of every attempt, in ms. */
  readonly ms: number;
  /** Calls `expire` once `ms` have passed, unless the returned function is called first. */
  start(expire: () => void): () => void;
  /** How many deadlines are still held (for tests: ended attempts must not pile up). */
  readonly size: number;
}

/**
 * The per-attempt timeouts of one client, on a single timer. A `setTimeout` plus `clearTimeout` per
 * request costs Node about 8 µs, a measurable share of a call to a nearby server. Every attempt of a
 * client lasts the same `ms`, so deadlines arrive in order: one timer, armed for the earliest
 * deadline still pending, serves them all, and an attempt that ends only marks its entry as done.
 *
 * The timer is unref'd: it never keeps a process alive by itself (the request's socket does).
 * (Closures rather than a class: a class's property names survive minification.)
 */
export function createTimeouts(ms: number): Timeouts {
  let pending: Deadline[] = [];
  let head = 0;
  let armed = false;

  const skipDone = () => {
    while (head < pending.length && pending[head].expire === undefined) head++;
    if (head === pending.length) {
      pending.length = 0;
      head = 0;
    } else if (head >= 1024 && head * 2 >= pending.length) {
      pending = pending.slice(head);
      head = 0;
    }
  };

  const fire = () => {
    armed = false;
    const time = now();
    const due: Deadline[] = [];
    while (head < pending.length && pending[head].at <= time) due.push(pending[head++]);
    skipDone();
    if (head < pending.length) arm(pending[head].at - time);
    // Expiring aborts a request, which may start another attempt: the queue is consistent by now.
    for (const deadline of due) {
      const expire = deadline.expire;
      deadline.expire = undefined;
      expire?.();
    }
  };

  const arm = (delay: number) => {
    armed = true;
    const timer: unknown = setTimeout(fire, Math.min(MAX_DELAY, Math.max(1, Math.ceil(delay))));
    if (typeof timer === "object" && timer !== null && "unref" in timer) (timer as { unref(): void }).unref();
    else (globalThis as { Deno?: { unrefTimer?(id: unknown): void } }).Deno?.unrefTimer?.(timer);
  };

  return {
    ms,
    start(expire) {
      const deadline: Deadline = { at: now() + ms, expire };
      pending.push(deadline);
      if (!armed) arm(ms);
      return () => {
        deadline.expire = undefined;
        skipDone();
      };
    },
    get size() {
      return pending.length - head;
    },
  };
}
