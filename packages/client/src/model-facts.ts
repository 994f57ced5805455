import { modelFields, type roleFields } from "./generated/models.gen.js";

/** The part a field can play in a model's input (prompt, image, duration...): the keys of `roleFields`. */
export type ModelRole = keyof typeof roleFields;

/** One input field as `modelFields` describes it. */
export interface ModelField {
  name: string;
  type: string;
  required: boolean;
  enum?: readonly unknown[];
  default?: unknown;
  /** Upstream has started to require this field: the client sends the default when it is absent. */
  sendDefault?: boolean;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  /** For a list: the type of its items (`string`, `object`...). */
  items?: string;
}

/** A model as `modelFields` describes it: its fields, cross-field rules and the field of each role. */
export interface ModelFacts {
  title: string;
  category: string;
  fields: readonly ModelField[];
  rules: readonly string[];
  roles: Partial<Record<ModelRole, string>>;
}

/**
 * A catalogue model's facts by id, or undefined for any other id. Only the catalogue's own ids count:
 * `"constructor"` or `"toString"` is no model, whatever an object's prototype holds.
 */
export function modelFacts(id: string): ModelFacts | undefined {
  return Object.hasOwn(modelFields, id) ? (modelFields as unknown as Record<string, ModelFacts>)[id] : undefined;
}
