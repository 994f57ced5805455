import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { ModelPrices, PriceField } from "../../../schemas/src/pricing-table.js";
import type { ModelSpec, SpecCatalog } from "../catalog.js";
import { type FieldInfo, inputFields } from "../fields.js";
import { generatedHeader } from "../header.js";
import type { Json } from "../openapi.js";
import type { Output } from "../output.js";
import { modelRoles } from "../roles.js";
import { jsonCode, literal } from "../safety/code-text.js";
import { normalResolution } from "./label.js";
import type { PriceSnapshot } from "./snapshot.js";

export const PRICING_MODULE = "packages/schemas/src/generated/pricing.gen.ts";

/** An overlay decision for one model: which field plays which part, where the role table cannot tell. */
export interface ModelPricingRule {
  resolution?: PriceField | null;
  tier?: PriceField | null;
  duration?: PriceField | null;
  audio?: PriceField | null;
  count?: PriceField | null;
  why: string;
}

const number = (value: Json | undefined): number | undefined => {
  const parsed = typeof value === "number" ? value : typeof value === "string" ? Number.parseFloat(value) : Number.NaN;
  return Number.isFinite(parsed) ? parsed : undefined;
};

/** The largest value a numeric (or numeric-string) field allows: its enum's, else its maximum. */
const largest = (field: FieldInfo): number | undefined => {
  const values = (field.enum ?? []).map(number).filter((value): value is number => value !== undefined);
  return values.length ? Math.max(...values) : field.maximum;
};

function priceField(model: ModelSpec, fields: Map<string, FieldInfo>, name: string | undefined, decided?: PriceField | null) {
  if (decided === null) return undefined;
  const field = fields.get(decided?.field ?? name ?? "");
  if (!field) {
    if (decided) throw new Error(`specs/pricing/overlay.json: ${model.id} has no input field "${decided.field}"`);
    return undefined;
  }
  const result: PriceField = { field: field.name };
  if (field.default !== undefined) result.default = field.default;
  if (decided?.values) result.values = decided.values;
  return result;
}

const RESOLUTION = /^(\d{3,4}p|\d(\.\d)?k)$/;

/** The field whose values are resolutions: the role's, else one whose every value (but "auto") is one ("quality": 360p…1080p). */
function resolutionField(fields: Map<string, FieldInfo>, role: string | undefined): string | undefined {
  if (role) return role;
  for (const field of fields.values()) {
    const values = (field.enum ?? []).map((value) => normalResolution(String(value))).filter((value) => value !== "auto");
    if (values.length && values.every((value) => RESOLUTION.test(value))) return field.name;
  }
  return undefined;
}

/** The field whose values name every tier the rows name ("rendering_speed": TURBO/BALANCED/QUALITY). */
function tierField(fields: Map<string, FieldInfo>, rows: PriceSnapshot["rows"]): string | undefined {
  const tiers = new Set(rows.map((row) => row.variant.tier).filter((tier): tier is string => tier !== undefined));
  if (!tiers.size) return undefined;
  for (const field of fields.values()) {
    const values = new Set((field.enum ?? []).map((value) => String(value).toLowerCase()));
    if ([...tiers].every((tier) => values.has(tier))) return field.name;
  }
  return undefined;
}

function modelPrices(model: ModelSpec, rows: PriceSnapshot["rows"], rule: ModelPricingRule | undefined): ModelPrices {
  const fields = new Map(inputFields(model).fields.map((field) => [field.name, field]));
  const roles = modelRoles(model);
  const prices: ModelPrices = { rows: [] };
  const resolution = priceField(model, fields, resolutionField(fields, roles.resolution), rule?.resolution);
  if (resolution) prices.resolution = resolution;
  const tier = priceField(model, fields, tierField(fields, rows), rule?.tier);
  if (tier) prices.tier = tier;
  // "audio" (a boolean) is kling 3.0 omni's switch; the role table keeps it out because other models name an audio file so.
  const audioName = roles.audio ?? (fields.get("audio")?.type === "boolean" ? "audio" : undefined);
  const audio = priceField(model, fields, audioName, rule?.audio);
  if (audio) prices.audio = audio;
  const duration = priceField(model, fields, roles.duration, rule?.duration);
  if (duration) {
    const max = largest(fields.get(duration.field) as FieldInfo);
    prices.duration = { ...duration, ...(max !== undefined ? { max } : {}) };
  }
  const count = priceField(model, fields, roles.count, rule?.count);
  if (count) {
    const max = largest(fields.get(count.field) as FieldInfo);
    prices.count = { ...count, ...(max !== undefined ? { max } : {}) };
  }
  if (roles.prompt) {
    const max = fields.get(roles.prompt)?.maxLength;
    prices.text = { field: roles.prompt, ...(max !== undefined ? { max } : {}) };
  }
  const names = [...fields.keys()];
  const videos = names.filter((name) => name === roles.video || name === roles.videos || /video_?(urls?|list)$/.test(name));
  if (videos.length) prices.videos = videos;
  const images = names.filter((name) => [roles.image, roles.images, roles.lastFrame].includes(name) || /image_?urls?$/.test(name));
  if (images.length) prices.images = images;
  if (model.resultCount) prices.results = model.resultCount;
  // The snapshot's variants are already normalised (parseLabel writes them).
  for (const row of rows) prices.rows.push([row.credits, row.usd, row.unit, row.label, row.variant]);
  return prices;
}

/** `packages/schemas/src/generated/pricing.gen.ts`: each priced model's rows and the fields that decide them. */
export function emitPricing(catalog: SpecCatalog, specsDir: string, output: Output) {
  const snapshotFile = join(specsDir, "pricing/kie-pricing.json");
  const overlayFile = join(specsDir, "pricing/overlay.json");
  if (!existsSync(snapshotFile)) return;
  const snapshot = JSON.parse(readFileSync(snapshotFile, "utf8")) as PriceSnapshot;
  const overlay = existsSync(overlayFile)
    ? (JSON.parse(readFileSync(overlayFile, "utf8")) as { models?: Record<string, ModelPricingRule> })
    : {};
  const byModel = new Map<string, PriceSnapshot["rows"]>();
  for (const row of snapshot.rows) for (const id of row.models) byModel.set(id, [...(byModel.get(id) ?? []), row]);
  const table: Record<string, ModelPrices> = {};
  for (const model of catalog.models) {
    const rows = byModel.get(model.id);
    if (rows) table[model.id] = modelPrices(model, rows, overlay.models?.[model.id]);
  }
  for (const id of Object.keys(overlay.models ?? {}))
    if (!table[id]) throw new Error(`specs/pricing/overlay.json: models.${id} has no price row in the snapshot`);
  output.write(
    PRICING_MODULE,
    `${generatedHeader(["specs/pricing/kie-pricing.json", "specs/pricing/overlay.json", "specs/market/"])}
import type { PriceTable } from "../pricing-table.js";

/** When upstream's public pricing page was read. */
export const capturedAt: string = ${literal(snapshot.capturedAt)};
/** Where the prices come from. */
export const source: string = ${literal(snapshot.source)};

/** Each priced model's rows, and the input fields that decide which row applies. */
export const prices: PriceTable = ${jsonCode(table)};
`,
  );
}
