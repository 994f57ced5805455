import type { SharedV3Warning } from "@ai-sdk/provider";
import { type ModelField, type ModelRole, modelFacts, roleFields } from "@kie-market/client";

/** What the catalogue knows of one input field. */
export type FieldFact = ModelField;

/** The parts a field can play (see `roles` in the client's `modelFields`). */
export type Role = ModelRole;

/** A model as the provider sees it: its fields by name and the field of each role. */
export interface ModelFacts {
  id: string;
  category: string;
  fields: Map<string, FieldFact>;
  roles: Partial<Record<Role, string>>;
  /** False for an id outside the catalogue: nothing is known, settings go by the role table's first names. */
  known: boolean;
}

/**
 * For a model outside the catalogue, the roles the common settings most often take, each by the role
 * table's first name, as a best guess (the API refuses what does not fit).
 */
const GUESS: Partial<Record<Role, string>> = Object.fromEntries(
  (["prompt", "image", "duration", "aspectRatio", "resolution", "seed"] as const).map((role) => [role, roleFields[role][0]]),
);

export function factsOf(modelId: string): ModelFacts {
  const entry = modelFacts(modelId);
  if (!entry) return { id: modelId, category: "unknown", fields: new Map(), roles: GUESS, known: false };
  return {
    id: modelId,
    category: entry.category,
    fields: new Map(entry.fields.map((field) => [field.name, field])),
    roles: entry.roles,
    known: true,
  };
}

/** A value converted to a field's own form, and whether it had to move to the nearest allowed value. */
interface Converted {
  value: unknown;
  exact: boolean;
}

const numeric = (value: unknown) => (typeof value === "number" ? value : Number.parseFloat(String(value)));

/**
 * A number (a duration, a count) in the field's form: the enum member that equals it (`5` → `"5"`), else
 * the nearest one; a number clamped to the field's limits (and rounded for an integer); text for a string.
 */
export function numberFor(field: FieldFact | undefined, value: number): Converted {
  if (field?.enum?.length) {
    const same = field.enum.find((member) => numeric(member) === value);
    if (same !== undefined) return { value: same, exact: true };
    const nearest = [...field.enum]
      .filter((member) => Number.isFinite(numeric(member)))
      .sort((a, b) => Math.abs(numeric(a) - value) - Math.abs(numeric(b) - value))[0];
    return nearest === undefined ? { value, exact: false } : { value: nearest, exact: false };
  }
  if (field?.type === "string") return { value: String(value), exact: true };
  let converted = field?.type === "integer" ? Math.round(value) : value;
  if (field?.minimum !== undefined) converted = Math.max(field.minimum, converted);
  if (field?.maximum !== undefined) converted = Math.min(field.maximum, converted);
  return { value: converted, exact: converted === value };
}

/** The width/height ratio an enum member names: `16:9`, `landscape_16_9`, `portrait_4_3` (3:4), `square_hd` (1:1). */
export function ratioOf(member: unknown): number | undefined {
  const text = String(member).toLowerCase();
  if (text.startsWith("square")) return 1;
  const match = /(\d+(?:\.\d+)?)[:_x/](\d+(?:\.\d+)?)/.exec(text);
  if (!match) return undefined;
  const [a, b] = [Number(match[1]), Number(match[2])];
  if (!a || !b) return undefined;
  return text.startsWith("portrait") ? Math.min(a, b) / Math.max(a, b) : a / b;
}

/** An aspect ratio (`16:9`, or `adaptive`) as the field takes it: the member naming the same ratio, else the nearest. */
export function aspectRatioFor(field: FieldFact | undefined, aspectRatio: string): Converted {
  if (!field?.enum?.length) return { value: aspectRatio, exact: true };
  if (field.enum.includes(aspectRatio)) return { value: aspectRatio, exact: true };
  const wanted = ratioOf(aspectRatio);
  if (wanted === undefined) return { value: field.default ?? field.enum[0], exact: false };
  let best: { member: unknown; distance: number } | undefined;
  for (const member of field.enum) {
    const ratio = ratioOf(member);
    if (ratio === undefined) continue;
    const distance = Math.abs(Math.log(ratio / wanted));
    if (!best || distance < best.distance) best = { member, distance };
  }
  if (!best) return { value: aspectRatio, exact: false };
  return { value: best.member, exact: best.distance < 1e-9 };
}

/**
 * A size of the member as pixels for comparison with `WxH`: `720p` is the short side, `2K` about 2048 on
 * the long side, `1280x720` itself. Undefined when the member names no size.
 */
function sizeOf(member: unknown): { short?: number; long?: number } | undefined {
  const text = String(member).toLowerCase();
  const pixels = /^(\d+)\s*[x*×]\s*(\d+)$/.exec(text);
  if (pixels) {
    const [w, h] = [Number(pixels[1]), Number(pixels[2])];
    return { short: Math.min(w, h), long: Math.max(w, h) };
  }
  const p = /^(\d+)p$/.exec(text);
  if (p) return { short: Number(p[1]) };
  const k = /^(\d+(?:\.\d+)?)k$/.exec(text);
  if (k) return { long: Number(k[1]) * 1024 };
  return undefined;
}

/** A resolution (`1280x720`) as the field takes it: `720p`, `2K`, or the nearest such member. */
export function resolutionFor(field: FieldFact | undefined, resolution: string): Converted {
  if (!field?.enum?.length) return { value: resolution, exact: true };
  if (field.enum.includes(resolution)) return { value: resolution, exact: true };
  const wanted = sizeOf(resolution);
  if (!wanted?.short || !wanted.long) return { value: field.default ?? field.enum[0], exact: false };
  let best: { member: unknown; distance: number } | undefined;
  for (const member of field.enum) {
    const size = sizeOf(member);
    if (!size) continue;
    const distance =
      size.short !== undefined
        ? Math.abs(size.short - wanted.short) / wanted.short
        : Math.abs((size.long ?? 0) - wanted.long) / wanted.long;
    if (!best || distance < best.distance) best = { member, distance };
  }
  if (!best) return { value: field.default ?? field.enum[0], exact: false };
  return { value: best.member, exact: best.distance < 0.02 };
}

/** Collects a model's input from the AI SDK's settings, and the warnings for what it cannot take as asked. */
export class InputBuilder {
  readonly input: Record<string, unknown> = {};
  readonly warnings: SharedV3Warning[] = [];

  constructor(readonly facts: ModelFacts) {}

  /** The field of a role, or undefined after warning that the model cannot take the setting. */
  field(role: Role, feature: string): string | undefined {
    const name = this.facts.roles[role];
    if (!name) this.warnings.push({ type: "unsupported", feature, details: `${this.facts.id} has no field for ${feature}` });
    return name;
  }

  fact(name: string): FieldFact | undefined {
    return this.facts.fields.get(name);
  }

  /** Sets a role's field to a converted value, warning when the value had to move to the nearest allowed one. */
  set(role: Role, feature: string, asked: unknown, convert: (field: FieldFact | undefined) => Converted) {
    const name = this.field(role, feature);
    if (!name) return;
    const { value, exact } = convert(this.fact(name));
    if (!exact)
      this.warnings.push({
        type: "compatibility",
        feature,
        details: `${this.facts.id} takes ${name} ${describe(this.fact(name))}: ${JSON.stringify(asked)} was sent as ${JSON.stringify(value)}`,
      });
    this.input[name] = value;
  }

  /** Puts URLs in a role's field: a list field takes them all, a single one the first (warning about the rest). */
  urls(single: Role, list: Role, feature: string, urls: string[]) {
    if (!urls.length) return;
    const many = this.facts.roles[list];
    const one = this.facts.roles[single];
    if (many) {
      const existing = Array.isArray(this.input[many]) ? (this.input[many] as string[]) : [];
      this.input[many] = [...existing, ...urls];
      return;
    }
    if (one) {
      this.input[one] = urls[0];
      if (urls.length > 1)
        this.warnings.push({
          type: "other",
          message: `${this.facts.id} takes one ${feature} (${one}): ${urls.length - 1} more were not sent`,
        });
      return;
    }
    this.warnings.push({ type: "unsupported", feature, details: `${this.facts.id} has no field for ${feature}` });
  }
}

function describe(field: FieldFact | undefined): string {
  if (field?.enum?.length) return `one of ${field.enum.map((member) => JSON.stringify(member)).join(", ")}`;
  if (field?.minimum !== undefined || field?.maximum !== undefined) return `from ${field.minimum ?? "-∞"} to ${field.maximum ?? "∞"}`;
  return field?.type ?? "a value";
}
