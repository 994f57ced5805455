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

/** What a price row applies to, read from its label on upstream's pricing page (only what the label states). */
export interface PriceVariant {
  /** Output resolutions the row covers, normalised (`720p`, `1080p`, `1k`, `2k`, `4k`); "1/2K" covers two. */
  resolution?: string[];
  /** The clip length a per-video row is for ("-5.0s", "10s"). */
  seconds?: number;
  /** With (true) or without (false) generated audio. */
  audio?: boolean;
  /** Priced for a request that does (true) or does not (false) send a video. */
  videoInput?: boolean;
  /** A quality tier the label names (`fast`, `quality`, `lite`, `pro`, `standard`...), lower case. */
  tier?: string;
  /** A surcharge per input item on top of the output price ("input image", "Qwen image 3.0, input, 1K"). */
  surcharge?: "image" | "video";
  /** The surcharge spares the first item ("First image free"). */
  firstFree?: true;
  /** A token class of a per-token row ("input", "audio output"). */
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
