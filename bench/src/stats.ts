/** One measured figure, with its ratio to the baseline measured in the same run. */
export interface Row {
  bench: string;
  name: string;
  value: number;
  unit: string;
  /** value / baseline value, when this row is compared with a baseline of the same bench. */
  ratio?: number;
  baseline?: boolean;
  /** The target, in words, and whether this row meets it. */
  target?: string;
  met?: boolean;
  note?: string;
}

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

export const round = (value: number, digits = 2) => Number(value.toFixed(digits));

/** Adds ratios against the row marked `baseline` (or the named one). */
export function withRatios(rows: Row[], baselineName?: string): Row[] {
  const base = rows.find((row) => (baselineName ? row.name === baselineName : row.baseline));
  if (!base) return rows;
  return rows.map((row) => ({ ...row, ratio: round(row.value / base.value, 3) }));
}

/** Runs `body` once per sample and returns the elapsed ms of each sample. */
export async function sample(samples: number, body: () => Promise<void> | void): Promise<number[]> {
  const times: number[] = [];
  for (let index = 0; index < samples; index++) {
    const started = process.hrtime.bigint();
    await body();
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return times;
}
