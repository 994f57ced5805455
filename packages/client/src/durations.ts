/** The spread of a model's recent task durations. */
export interface DurationEstimate {
  /** Median, in ms. */
  typicalMs: number;
  /** Shortest recent duration (ignoring outliers once there are enough samples), in ms. */
  lowMs: number;
  /** Longest recent duration (ignoring outliers once there are enough samples), in ms. */
  highMs: number;
  samples: number;
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))))];

/**
 * Learns how long each model's tasks take, from the tasks this client has seen finish. Model names come
 * from servers and callbacks, so the store is bounded: past `maxModels` the least recently seen model is
 * forgotten (the catalogue has about 200).
 */
export class DurationModel {
  private readonly samples = new Map<string, number[]>();

  constructor(
    private readonly keep = 20,
    hints: Record<string, number> = {},
    private readonly maxModels = 512,
  ) {
    for (const [model, ms] of Object.entries(hints)) this.record(model, ms);
  }

  /** Adds one observed duration (ms) for `model`. */
  record(model: string, ms: number) {
    if (!(ms > 0) || !Number.isFinite(ms) || typeof model !== "string" || !model) return;
    const list = this.samples.get(model) ?? [];
    list.push(ms);
    if (list.length > this.keep) list.shift();
    // Re-inserting moves the model to the end: the Map's first key is then the least recently seen.
    this.samples.delete(model);
    this.samples.set(model, list);
    if (this.samples.size > this.maxModels) this.samples.delete(this.samples.keys().next().value as string);
  }

  /** How many models the store holds. */
  get size(): number {
    return this.samples.size;
  }

  estimate(model: string | undefined): DurationEstimate | undefined {
    const list = model === undefined ? undefined : this.samples.get(model);
    if (!list?.length) return undefined;
    const sorted = [...list].sort((a, b) => a - b);
    // With few samples every one counts; with more, the 10th-90th percentile band resists outliers.
    const [lowQ, highQ] = sorted.length >= 10 ? [0.1, 0.9] : [0, 1];
    return { typicalMs: quantile(sorted, 0.5), lowMs: quantile(sorted, lowQ), highMs: quantile(sorted, highQ), samples: sorted.length };
  }

  /** Everything learned so far, e.g. to persist between processes and pass back as `polling.expectedDurations`. */
  toJSON(): Record<string, number> {
    return Object.fromEntries(
      [...this.samples].map(([model, list]) => [
        model,
        quantile(
          [...list].sort((a, b) => a - b),
          0.5,
        ),
      ]),
    );
  }
}
