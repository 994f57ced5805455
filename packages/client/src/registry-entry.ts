import type { KieValidator } from "@kie-market/schemas";

/** What the client needs of one catalogue model at run time (generated into `generated/registry/`). */
export interface RegistryEntry {
  /** Loads the model's validator (its own chunk in an app bundle). */
  load: () => Promise<KieValidator<unknown>>;
  /** Fields sent explicitly when the caller leaves them out, because upstream has started to require them. */
  defaults?: Readonly<Record<string, unknown>>;
  /** The result is a `resultObject`, not media URLs. */
  objectOutput?: true;
  /** Gone from upstream's docs: since when and why. */
  deprecated?: string;
}
