/** The units of upstream's pricing page that an estimate applies to an input. */
export type PriceUnit =
  | "per second"
  | "per video"
  | "per image"
  | "per 2 images"
  | "per request"
  | "per generation"
  | "per upscale"
  | "per 1000 characters"
  | "per megapixel"
  | "per million tokens";

/** An input field that decides which price row applies. */
export interface PriceField {
  field: string;
  default?: unknown;
  /** Input value → the row's value (a resolution, a tier, seconds), where the names differ. */
  values?: Record<string, string | number | boolean>;
  /** The largest value the field allows (durations, counts). */
  max?: number;
}

/** What a price row applies to, read from its label on upstream's pricing page. */
export interface PriceVariant {
  resolution?: string[];
  seconds?: number;
  audio?: boolean;
  videoInput?: boolean;
  tier?: string;
  surcharge?: "image" | "video";
  firstFree?: true;
  tokens?: string;
}

/** One model's price rows and the input fields that decide them (generated from the snapshot and the spec). */
export interface ModelPrices {
  resolution?: PriceField;
  tier?: PriceField;
  duration?: PriceField;
  audio?: PriceField;
  count?: PriceField;
  text?: { field: string; max?: number };
  videos?: string[];
  images?: string[];
  results?: number;
  /** [credits, usd, unit, label, variant] */
  rows: [number, number | null, PriceUnit, string, PriceVariant][];
}

export type PriceTable = Record<string, ModelPrices>;
