/** Edit distance (insertions, deletions, substitutions, adjacent swaps), in three rolling rows. */
export function editDistance(a: string, b: string): number {
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) current[j] = Math.min(current[j], before[j - 2] + 1);
    }
    before = previous;
    previous = current;
  }
  return previous[b.length];
}

const counts = new Int32Array(128);
const slot = (text: string, index: number) => Math.min(text.charCodeAt(index), 127);

/**
 * A lower bound of {@link editDistance}, in linear time: every edit changes the multiset of
 * characters by at most one in each direction (a swap not at all). Characters past ASCII share a slot,
 * which only lowers the bound.
 */
export function bagDistance(a: string, b: string): number {
  for (let index = 0; index < a.length; index++) counts[slot(a, index)]++;
  for (let index = 0; index < b.length; index++) counts[slot(b, index)]--;
  let surplus = 0;
  let missing = 0;
  // Each slot is read once, then cleared for the next call.
  for (const text of [a, b])
    for (let index = 0; index < text.length; index++) {
      const count = counts[slot(text, index)];
      if (count > 0) surplus += count;
      else missing -= count;
      counts[slot(text, index)] = 0;
    }
  return Math.max(surplus, missing);
}

/** The known name closest to `name`, if it is close enough to be a likely typo. */
export function nearest(name: string, known: readonly string[]): string | undefined {
  const lower = name.toLowerCase();
  const limit = Math.max(2, Math.floor(name.length / 3));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of known) {
    // Lengths, then letters, that differ by more than the limit cannot be close enough.
    if (Math.abs(candidate.length - name.length) >= bestDistance) continue;
    const other = candidate.toLowerCase();
    if (bagDistance(lower, other) >= bestDistance) continue;
    const distance = editDistance(lower, other);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
