import { AbortError } from "./errors.js";

/** Rejects with the client's {@link AbortError} when `signal` has fired. */
export function throwIfAborted(signal: AbortSignal | undefined) {
  if (signal?.aborted) throw new AbortError("The operation was aborted", { cause: signal.reason });
}

/** Waits `ms`, ending early with {@link AbortError} as soon as `signal` fires. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new AbortError("The operation was aborted", { cause: signal.reason }));
    const onAbort = () => {
      clearTimeout(timer);
      reject(new AbortError("The operation was aborted", { cause: signal?.reason }));
    };
    const timer = setTimeout(
      () => {
        signal?.removeEventListener("abort", onAbort);
        resolve();
      },
      Math.max(0, ms),
    );
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
