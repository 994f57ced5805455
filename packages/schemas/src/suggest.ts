// Three rolling rows, reused between calls (field names are short; the rows grow when needed).
let rows = new Int32Array(3 * 32);

/**
 * Edit distance (insertions, deletions, substitutions, adjacent swaps). With `max`, it stops as soon
 * as the distance must exceed `max` and returns `max + 1`.
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  const width = b.length + 1;
  if (rows.length < 3 * width) rows = new Int32Array(3 * width);
  const r = rows;
  let before = 0;
  let previous = width;
  let current = 2 * width;
  for (let j = 0; j < width; j++) r[previous + j] = j;
  for (let i = 1; i <= a.length; i++) {
    r[current] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j < width; j++) {
      const bj = b.charCodeAt(j - 1);
      // min(delete, insert, substitute), then an adjacent swap; written out, this loop is the hot path.
      let best = r[previous + j - 1] + (ai === bj ? 0 : 1);
      const deletion = r[previous + j] + 1;
      if (deletion < best) best = deletion;
      const insertion = r[current + j - 1] + 1;
      if (insertion < best) best = insertion;
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj && r[before + j - 2] + 1 < best)
        best = r[before + j - 2] + 1;
      r[current + j] = best;
      if (best < rowMin) rowMin = best;
    }
    if (rowMin > max) return max + 1;
    const spare = before;
    before = previous;
    previous = current;
    current = spare;
  }
  return r[previous + b.length];
}

const counts = new Int32Array(128);

/**
 * A lower bound of {@link editDistance}, in linear time: every edit changes the multiset of
 * characters by at most one in each direction (a swap not at all). Characters past ASCII share a slot,
 * which only lowers the bound.
 */
export function bagDistance(a: string, b: string): number {
  for (let index = 0; index < a.length; index++) counts[Math.min(a.charCodeAt(index), 127)]++;
  for (let index = 0; index < b.length; index++) counts[Math.min(b.charCodeAt(index), 127)]--;
  let surplus = 0;
  let missing = 0;
  for (let index = 0; index < a.length; index++) {
    const code = Math.min(a.charCodeAt(index), 127);
    if (counts[code] > 0) surplus += counts[code];
    counts[code] = 0;
  }
  for (let index = 0; index < b.length; index++) {
    const code = Math.min(b.charCodeAt(index), 127);
    if (counts[code] < 0) missing -= counts[code];
    counts[code] = 0;
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
    const distance = editDistance(lower, other, bestDistance - 1);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * Up to `count` known names close enough to `name` to be likely typos, nearest first (ties in the
 * catalogue's order): what a "did you mean" lists instead of the whole catalogue.
 */
export function nearestNames(name: string, known: readonly string[], count = 3): string[] {
  const lower = name.toLowerCase();
  const limit = Math.max(2, Math.floor(name.length / 3));
  const close: { candidate: string; distance: number; index: number }[] = [];
  for (const [index, candidate] of known.entries()) {
    if (Math.abs(candidate.length - name.length) > limit) continue;
    const other = candidate.toLowerCase();
    if (bagDistance(lower, other) > limit) continue;
    const distance = editDistance(lower, other, limit);
    if (distance <= limit) close.push({ candidate, distance, index });
  }
  return close
    .sort((a, b) => a.distance - b.distance || a.index - b.index)
    .slice(0, count)
    .map((entry) => entry.candidate);
}
