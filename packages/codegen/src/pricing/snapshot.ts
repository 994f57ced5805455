import type { PriceUnit } from "../../../schemas/src/pricing-table.js";
import { modelIdProblem } from "../safety/model-id.js";
import { normalLabel, type PriceVariant, parseLabel } from "./label.js";

/** One record of upstream's pricing feed (`POST /client/v1/model-pricing/page`), as it arrives. */
export interface FeedRecord {
  modelDescription: string;
  interfaceType?: string;
  provider?: string;
  creditPrice: string | number;
  creditUnit: string;
  usdPrice?: string | number;
  anchor?: string;
}

/** The units the estimate knows how to apply (its `PriceUnit`); any other unit leaves its row unmapped (reported). */
export const UNITS: readonly PriceUnit[] = [
  "per second",
  "per video",
  "per image",
  "per 2 images",
  "per request",
  "per generation",
  "per upscale",
  "per 1000 characters",
  "per megapixel",
  "per million tokens",
];
export type { PriceUnit };

/** The feed's spellings of its units, as seen in captures ("per vedio", "per milion tokens", trailing spaces). */
const UNIT_SPELLINGS: Record<string, PriceUnit> = {
  "per vedio": "per video",
  "per milion tokens": "per million tokens",
  "per million toke": "per million tokens",
  "per million": "per million tokens",
};

export const normalUnit = (unit: string): PriceUnit | undefined => {
  const text = unit.replace(/\s+/g, " ").trim().toLowerCase();
  return (UNITS as readonly string[]).includes(text) ? (text as PriceUnit) : UNIT_SPELLINGS[text];
};

/** A price row of the snapshot: one feed record mapped to the catalogue ids it prices. */
export interface PriceRow {
  label: string;
  interfaceType: string;
  credits: number;
  usd: number | null;
  unit: PriceUnit;
  models: string[];
  /** How the ids were found: the anchor's `?model=`, or a rule of the pricing overlay. */
  mapping: "anchor" | "overlay";
  variant: PriceVariant;
  /** What the page gets wrong on this row, flagged rather than resolved (credits and USD that disagree). */
  flags?: string[];
}

/** What one credit costs: every row of the captures but one agrees (creditPrice × 0.005 = usdPrice within 2 %). */
export const CREDIT_USD = 0.005;

/** A feed record no id was found for, or that was refused, and why. */
export interface UnmappedRow {
  label: string;
  interfaceType: string;
  credits: number | null;
  unit: string;
  why: string;
}

export interface PriceSnapshot {
  /** The day the feed was read (UTC), or the day a dump says it was read. */
  capturedAt: string;
  source: string;
  rows: PriceRow[];
  unmapped: UnmappedRow[];
  /** Rows of interface types that are no Market model (chat), counted per type; the overlay says why. */
  skipped: Record<string, number>;
}

/** A decision of `specs/pricing/overlay.json` for labels the anchor does not map (or maps wrongly). */
export interface LabelRule {
  /** The whole label (after collapsing whitespace), case-insensitive. */
  label?: string;
  /** Or every label that starts with these comma-separated segments, case-insensitive. */
  prefix?: string;
  /** The ids the row prices; `null` for a row the project decided not to map. */
  models: string[] | null;
  why: string;
}

export interface PricingOverlay {
  /** Interface types whose rows are not Market models at all (chat), and why. */
  skipInterfaceTypes?: Record<string, string>;
  labels: LabelRule[];
  /** Per model: the input fields that decide its price where the role table cannot tell (read by \`pnpm generate\`). */
  models?: Record<string, unknown>;
}

const MAX_LABEL = 300;
const lowerLabel = (label: string) => normalLabel(label).toLowerCase();

/** The rule of the overlay for this label: an exact label first, then the longest prefix. */
export function ruleFor(overlay: PricingOverlay, label: string): LabelRule | undefined {
  const text = lowerLabel(label);
  const exact = overlay.labels.find((rule) => rule.label !== undefined && lowerLabel(rule.label) === text);
  if (exact) return exact;
  let best: LabelRule | undefined;
  for (const rule of overlay.labels) {
    if (rule.prefix === undefined) continue;
    const prefix = lowerLabel(rule.prefix);
    const matches = text === prefix || text.startsWith(`${prefix},`) || text.startsWith(`${prefix} ,`);
    if (matches && (!best || prefix.length > lowerLabel(best.prefix ?? "").length)) best = rule;
  }
  return best;
}

/** The `?model=` of an anchor link, or why there is none. */
function anchorModel(anchor: unknown): string | undefined {
  if (typeof anchor !== "string" || anchor.length > 2000) return undefined;
  try {
    return new URL(anchor).searchParams.get("model") ?? undefined;
  } catch {
    return undefined;
  }
}

const number = (value: unknown): number | null => {
  const parsed = typeof value === "number" ? value : typeof value === "string" && value.trim() !== "" ? Number(value.trim()) : Number.NaN;
  return Number.isFinite(parsed) && parsed >= 0 && parsed < 1e9 ? parsed : null;
};

/** What a record is missing or gets wrong, before it is mapped; undefined when it can be read. */
export function recordProblem(record: unknown): string | undefined {
  if (typeof record !== "object" || record === null || Array.isArray(record)) return "not an object";
  const value = record as Record<string, unknown>;
  if (typeof value.modelDescription !== "string" || !value.modelDescription.trim()) return "no modelDescription";
  if (value.modelDescription.length > MAX_LABEL) return `modelDescription longer than ${MAX_LABEL} characters`;
  if (typeof value.creditUnit !== "string" || value.creditUnit.length > 100) return "no creditUnit";
  if (number(value.creditPrice) === null) return `creditPrice ${JSON.stringify(value.creditPrice)?.slice(0, 40)} is not a price`;
  return undefined;
}

/**
 * The snapshot of a feed: every record mapped to the catalogue ids it prices (the overlay's rule for its
 * label, else its anchor's `?model=`), parsed, and sorted so that the same prices give the same file
 * whatever order the feed sends them in.
 */
export function buildSnapshot(
  records: FeedRecord[],
  overlay: PricingOverlay,
  catalogue: ReadonlySet<string>,
  meta: { capturedAt: string; source: string },
): PriceSnapshot {
  const rows: PriceRow[] = [];
  const unmapped: UnmappedRow[] = [];
  const skipped: Record<string, number> = {};
  const seen = new Set<string>();
  for (const record of records) {
    const label = normalLabel(record.modelDescription);
    const credits = number(record.creditPrice) as number;
    const interfaceType = typeof record.interfaceType === "string" ? record.interfaceType.trim().slice(0, 40) : "";
    const unit = normalUnit(record.creditUnit);
    const miss = (why: string) => unmapped.push({ label, interfaceType, credits, unit: unit ?? record.creditUnit.trim(), why });
    if (overlay.skipInterfaceTypes && Object.hasOwn(overlay.skipInterfaceTypes, interfaceType)) {
      skipped[interfaceType] = (skipped[interfaceType] ?? 0) + 1;
      continue;
    }
    const key = `${label.toLowerCase()}\u0000${unit}`;
    if (seen.has(key)) {
      miss("the feed lists this label twice; the first row is kept");
      continue;
    }
    seen.add(key);
    if (!unit) {
      miss(`unit "${record.creditUnit.trim()}" is not one the estimate knows`);
      continue;
    }
    const rule = ruleFor(overlay, label);
    let models: string[];
    let mapping: PriceRow["mapping"];
    if (rule) {
      if (rule.models === null) {
        miss(rule.why);
        continue;
      }
      models = rule.models;
      mapping = "overlay";
    } else {
      const id = anchorModel(record.anchor);
      if (id === undefined) {
        miss("no overlay rule for this label, and its anchor has no ?model=");
        continue;
      }
      const problem = modelIdProblem(id);
      if (problem) {
        miss(`its anchor's ?model= is not an id: ${problem}`);
        continue;
      }
      if (!catalogue.has(id)) {
        miss(`its anchor names ${id}, which is not in the catalogue`);
        continue;
      }
      models = [id];
      mapping = "anchor";
    }
    const unknown = models.filter((id) => !catalogue.has(id));
    if (unknown.length) {
      miss(`the overlay maps it to ${unknown.join(", ")}, not in the catalogue`);
      continue;
    }
    const usd = number(record.usdPrice);
    const row: PriceRow = { label, interfaceType, credits, usd, unit, models, mapping, variant: parseLabel(label, unit) };
    const implied = credits * CREDIT_USD;
    if (usd !== null && Math.abs(implied - usd) > Math.max(0.02 * usd, 1e-9))
      row.flags = [`credits and USD disagree: ${credits} credits × $${CREDIT_USD} = $${+implied.toFixed(6)}, but the page says $${usd}`];
    rows.push(row);
  }
  const byText = (a: { label: string }, b: { label: string }) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0);
  rows.sort((a, b) => ((a.models[0] ?? "") < (b.models[0] ?? "") ? -1 : (a.models[0] ?? "") > (b.models[0] ?? "") ? 1 : byText(a, b)));
  unmapped.sort(byText);
  return { capturedAt: meta.capturedAt, source: meta.source, rows, unmapped, skipped };
}

/** A difference between two snapshots, as the sync reports it. */
export interface PriceChange {
  kind: "changed" | "added" | "removed" | "newly priced" | "no longer priced";
  model?: string;
  label: string;
  description: string;
}

const rowKey = (row: PriceRow) => `${row.label.toLowerCase()}\u0000${row.unit}`;

/** What changed between the committed snapshot and a new one: prices, rows, and models with or without a price. */
export function diffSnapshots(before: PriceSnapshot | undefined, after: PriceSnapshot): PriceChange[] {
  const changes: PriceChange[] = [];
  const old = new Map((before?.rows ?? []).map((row) => [rowKey(row), row]));
  const now = new Map(after.rows.map((row) => [rowKey(row), row]));
  for (const [key, row] of now) {
    const was = old.get(key);
    if (!was) changes.push({ kind: "added", model: row.models[0], label: row.label, description: `${row.credits} credits ${row.unit}` });
    else if (was.credits !== row.credits || was.usd !== row.usd || was.models.join() !== row.models.join())
      changes.push({
        kind: "changed",
        model: row.models[0],
        label: row.label,
        description:
          was.models.join() !== row.models.join()
            ? `now prices ${row.models.join(", ")} (was ${was.models.join(", ")})`
            : `${was.credits} → ${row.credits} credits ${row.unit}`,
      });
  }
  for (const [key, row] of old)
    if (!now.has(key))
      changes.push({ kind: "removed", model: row.models[0], label: row.label, description: `was ${row.credits} credits ${row.unit}` });
  const priced = (snapshot: PriceSnapshot | undefined) => new Set((snapshot?.rows ?? []).flatMap((row) => row.models));
  const was = priced(before);
  const is = priced(after);
  for (const id of is) if (!was.has(id)) changes.push({ kind: "newly priced", model: id, label: "", description: `${id} has a price` });
  for (const id of was)
    if (!is.has(id)) changes.push({ kind: "no longer priced", model: id, label: "", description: `${id} has no price any more` });
  return changes;
}
