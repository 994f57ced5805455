/** `load`, run once and shared by every caller; run again on the next call if it failed (a chunk that did not arrive, say). */
export function lazy<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    if (!pending) {
      pending = load();
      pending.catch(() => {
        pending = undefined;
      });
    }
    return pending;
  };
}

/** {@link lazy} per key: `load(key)` once per key, forgotten when it fails. */
export function lazyByKey<K, T>(load: (key: K) => Promise<T>): (key: K) => Promise<T> {
  const loads = new Map<K, Promise<T>>();
  return (key) => {
    let pending = loads.get(key);
    if (!pending) {
      pending = load(key);
      pending.catch(() => loads.delete(key));
      loads.set(key, pending);
    }
    return pending;
  };
}
