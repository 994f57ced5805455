import { capturedAt, prices, source } from "./generated/pricing.gen.js";
import type { ModelPrices, PriceField, PriceUnit, PriceVariant } from "./pricing-table.js";

export type { ModelPrices, PriceField, PriceTable, PriceUnit, PriceVariant } from "./pricing-table.js";
export { capturedAt as pricesCapturedAt, source as pricesSource };

/**
 * What a task should cost, from upstream's public pricing page as captured on `capturedAt`. An
 * estimate, never a charge: upstream bills what its own pricing says at the time of the task, and
 * reports it afterwards (`creditsConsumed` on the record).
 */
export interface CostEstimate {
  model: string;
  /** Credits the task should cost; `undefined` when the snapshot cannot say (see `reason`). */
  credits: number | undefined;
  /** The same in US dollars, as the pricing page states it; `undefined` when the page gives none. */
  usd: number | undefined;
  /** The rows and quantities the estimate is made of ("kling 2.6, text-to-video, with audio-10.0s: 220 credits per video"). */
  basis: string;
  /** Why there is no estimate: no price for the model, a price per token, an input that does not say what decides the price... */
  reason?: string;
  /** The day the pricing page was read. */
  capturedAt: string;
  /** Always false: a dated public page, not upstream's bill. */
  authoritative: false;
}

export interface EstimateRequest {
  model: string;
  input?: Record<string, unknown>;
}

/** A model's prices, or undefined (an own key only: "constructor" is not a model). */
const tableOf = (model: string): ModelPrices | undefined => (Object.hasOwn(prices, model) ? prices[model] : undefined);

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;
const str = (value: unknown) =>
  typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? String(value) : undefined;

/** A field's value as the rows name it: the input's, else the spec's default, through the overlay's value map. */
function fieldValue(input: Record<string, unknown>, field: PriceField | undefined): unknown {
  if (!field) return undefined;
  const given = Object.hasOwn(input, field.field) ? input[field.field] : field.default;
  const key = str(given);
  if (field.values && key !== undefined) return Object.hasOwn(field.values, key) ? field.values[key] : undefined;
  return given;
}

const seconds = (value: unknown) => {
  const parsed = typeof value === "number" ? value : typeof value === "string" ? Number.parseFloat(value) : Number.NaN;
  return Number.isFinite(parsed) && parsed > 0 ? parsed : undefined;
};

/** How many items a field holds: a list's length, one for a non-empty string. */
const items = (value: unknown) => (Array.isArray(value) ? value.length : typeof value === "string" && value.trim() ? 1 : 0);

interface Facts {
  resolution?: string;
  tier?: string;
  audio?: boolean;
  videoInput?: boolean;
  seconds?: number;
  count?: number;
  images: number;
  text?: number;
}

function factsOf(table: ModelPrices, input: Record<string, unknown>): Facts {
  const resolution = str(fieldValue(input, table.resolution));
  const tier = str(fieldValue(input, table.tier));
  const audio = fieldValue(input, table.audio);
  const count = seconds(fieldValue(input, table.count));
  const text = table.text ? input[table.text.field] : undefined;
  return {
    resolution: resolution?.toLowerCase().replace(/\s+/g, ""),
    tier: tier?.toLowerCase(),
    audio: typeof audio === "boolean" ? audio : undefined,
    videoInput: table.videos ? table.videos.some((field) => items(input[field]) > 0) : undefined,
    seconds: seconds(fieldValue(input, table.duration)),
    count: count !== undefined ? Math.ceil(count) : undefined,
    images: (table.images ?? []).reduce((sum, field) => sum + items(input[field]), 0),
    text: typeof text === "string" ? text.length : undefined,
  };
}

type Dimension = "resolution" | "tier" | "audio" | "videoInput" | "seconds";
const DIMENSIONS: Dimension[] = ["resolution", "tier", "audio", "videoInput", "seconds"];
const NAMES: Record<Dimension, string> = {
  resolution: "resolution",
  tier: "tier",
  audio: "audio",
  videoInput: "a video input",
  seconds: "duration",
};

type Row = ModelPrices["rows"][number];

/** Whether a row's value for one dimension admits the fact (a row or a fact without one admits anything). */
function admits(row: Row, dimension: Dimension, facts: Facts): boolean {
  const variant = row[4];
  if (dimension === "seconds" && row[2] !== "per video") return true;
  const wanted = variant[dimension];
  const fact = facts[dimension];
  if (wanted === undefined || fact === undefined) return true;
  return Array.isArray(wanted) ? wanted.includes(fact as string) : wanted === fact;
}

const shown = (value: PriceVariant[keyof PriceVariant]) => (Array.isArray(value) ? value.join("/") : String(value));

/** The quantity a row's unit is multiplied by for this input, or why it cannot be known. */
function quantity(table: ModelPrices, unit: PriceUnit, facts: Facts): number | string {
  switch (unit) {
    case "per second":
      if (facts.seconds !== undefined) return facts.seconds;
      return table.duration
        ? `it is priced per second, and the input gives no ${table.duration.field}`
        : "it is priced per second of media whose length the input does not state (an uploaded video or audio)";
    case "per image":
      return facts.count ?? 1;
    case "per 2 images":
      return Math.ceil((facts.count ?? table.results ?? 2) / 2);
    case "per 1000 characters":
      return facts.text !== undefined && facts.text > 0
        ? facts.text / 1000
        : `it is priced per 1000 characters of ${table.text ? `"${table.text.field}"` : "text the input holds in a list"}, which the estimate cannot count`;
    case "per megapixel":
      return "it is priced per megapixel of the output, whose size in pixels the input does not state";
    case "per million tokens":
      return "it is priced per million tokens, which are known only after the task ran";
    default:
      return 1;
  }
}

const unknown = (model: string, reason: string): CostEstimate => ({
  model,
  credits: undefined,
  usd: undefined,
  basis: "",
  reason,
  capturedAt,
  authoritative: false,
});

/**
 * What `input` should cost on `model`, from the pricing snapshot shipped with this package: the row
 * whose resolution, tier, audio, video input and clip length match the input (or the spec's defaults),
 * times the quantity its unit asks for (seconds, images, characters), plus per-input surcharges.
 * `credits` is undefined, with the `reason`, whenever the snapshot cannot say: never a guess.
 */
export function estimateCost({ model, input = {} }: EstimateRequest): CostEstimate {
  const table = tableOf(model);
  if (!table) return unknown(model, `upstream's pricing page (as of ${capturedAt}) lists no price for ${model}`);
  const facts = factsOf(table, input);
  const base = table.rows.filter((row) => !row[4].surcharge);
  if (base.length && base.every((row) => row[2] === "per million tokens"))
    return unknown(model, `${model} is priced per million tokens, which are known only after the task ran`);
  let candidates = base.filter((row) => row[2] !== "per million tokens");
  for (const dimension of DIMENSIONS) {
    const left = candidates.filter((row) => admits(row, dimension, facts));
    if (!left.length) {
      const offered = [
        ...new Set(
          candidates
            .map((row) => row[4][dimension])
            .filter((value) => value !== undefined)
            .map(shown),
        ),
      ];
      return unknown(
        model,
        `no price row for ${NAMES[dimension]} ${JSON.stringify(facts[dimension])} (the page prices ${model} for ${offered.join(", ") || "other inputs"})`,
      );
    }
    // A tier the input names picks its rows over the untiered ones (which then price the other tiers):
    // "text-to-image(quality)" beside "text-to-image".
    const named = dimension === "tier" && facts.tier !== undefined ? left.filter((row) => row[4].tier === facts.tier) : [];
    candidates = named.length ? named : left;
  }
  const distinct = new Set(candidates.map((row) => `${row[0]} ${row[2]}`));
  if (distinct.size > 1) {
    // A dimension is open when every row names a value for it and they differ; rows that name none are another price group.
    const open = DIMENSIONS.filter(
      (dimension) =>
        candidates.every((row) => row[4][dimension] !== undefined) && new Set(candidates.map((row) => shown(row[4][dimension]))).size > 1,
    );
    const labels = candidates.slice(0, 4).map((row) => `"${row[3]}" ${row[0]} credits ${row[2]}`);
    return unknown(
      model,
      open.length
        ? `the price of ${model} depends on ${open.map((dimension) => NAMES[dimension]).join(" and ")}, which this input does not decide: ${labels.join("; ")}`
        : `upstream's pricing page lists several prices for this input of ${model}, and does not say which is billed: ${labels.join("; ")}`,
    );
  }
  const row = candidates[0] as Row;
  const parts: { row: Row; quantity: number }[] = [];
  const amount = quantity(table, row[2], facts);
  if (typeof amount === "string") return unknown(model, `${model}: ${amount}`);
  parts.push({ row, quantity: amount });
  const surcharges = table.rows.filter((surcharge) => surcharge[4].surcharge && admits(surcharge, "resolution", facts));
  for (const kind of ["image", "video"] as const) {
    const rows = surcharges.filter((surcharge) => surcharge[4].surcharge === kind);
    const [first] = rows;
    if (!first) continue;
    if (new Set(rows.map((surcharge) => surcharge[0])).size > 1)
      return unknown(model, `the ${kind} input surcharge of ${model} depends on the resolution, which this input does not decide`);
    let count = kind === "image" ? facts.images - (first[4].firstFree ? 1 : 0) : facts.videoInput ? 1 : 0;
    if (count <= 0) continue;
    if (first[2] === "per second") {
      if (facts.seconds === undefined)
        return unknown(model, `${model}: its ${kind} input surcharge is priced per second, and the input gives no duration`);
      count *= facts.seconds;
    }
    parts.push({ row: first, quantity: count });
  }
  const credits = round(
    parts.reduce((sum, part) => sum + part.row[0] * part.quantity, 0),
    4,
  );
  const usd = parts.every((part) => part.row[1] !== null)
    ? round(
        parts.reduce((sum, part) => sum + (part.row[1] as number) * part.quantity, 0),
        6,
      )
    : undefined;
  const basis = parts
    .map((part) => `${part.row[3]}: ${part.row[0]} credits ${part.row[2]}${part.quantity !== 1 ? ` × ${round(part.quantity, 4)}` : ""}`)
    .join(" + ");
  return { model, credits, usd, basis, capturedAt, authoritative: false };
}

/**
 * The most a task of `model` can cost by the snapshot (its dearest row at the longest duration, the
 * largest count, the longest text the spec allows), or undefined when nothing bounds it (a price per
 * token or per megapixel, a duration or a surcharge without a limit). What a budget reserves for a task
 * whose input cannot be estimated.
 */
export function maxCost(model: string): number | undefined {
  const table = tableOf(model);
  if (!table) return undefined;
  if (table.rows.some((row) => row[4].surcharge)) return undefined;
  let most = 0;
  for (const [credits, , unit] of table.rows) {
    let amount: number | undefined;
    if (unit === "per second") amount = table.duration?.max;
    else if (unit === "per image") amount = table.count ? table.count.max : 1;
    else if (unit === "per 2 images") amount = Math.ceil((table.count ? (table.count.max ?? Number.NaN) : (table.results ?? 2)) / 2);
    else if (unit === "per 1000 characters") amount = table.text?.max !== undefined ? table.text.max / 1000 : undefined;
    else if (unit === "per megapixel" || unit === "per million tokens") amount = undefined;
    else amount = 1;
    if (amount === undefined || !Number.isFinite(amount)) return undefined;
    most = Math.max(most, credits * amount);
  }
  return round(most, 4);
}

/** The ids the snapshot prices. */
export const pricedModels = (): string[] => Object.keys(prices);

/** One row of upstream's pricing page, as the snapshot holds it. */
export interface PriceRow {
  credits: number;
  /** Absent where the page gives none. */
  usd?: number;
  unit: PriceUnit;
  /** The row's label on the page (what it applies to, in upstream's words). */
  label: string;
}

/** The rows upstream's pricing page lists for `model`, as of `pricesCapturedAt`; empty when it lists none. */
export function modelPrices(model: string): PriceRow[] {
  const table = tableOf(model);
  return (table?.rows ?? []).map(([credits, usd, unit, label]) => ({ credits, ...(usd === null ? {} : { usd }), unit, label }));
}
