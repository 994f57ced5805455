import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { bundleCatalog, bundleModel } from "./bundle.js";
import { readCatalog } from "./catalog.js";
import { emitDocs } from "./emit-docs.js";
import { emitTypes } from "./emit-types.js";
import { emitValidators } from "./emit-validators.js";
import { stableJson } from "./openapi.js";
import { Output } from "./output.js";
import { emitPricing } from "./pricing/emit-pricing.js";

export interface GenerateOptions {
  /** Folder holding `market/` and `common/`. */
  specsDir: string;
  /** Repository root that the generated paths are relative to. */
  outDir: string;
  /** Report what would change without writing. */
  check?: boolean;
  /** `info.version` of the bundled documents. */
  version?: string;
}

/** Runs the whole spec → code pipeline and returns the files it wrote (or would change, with `check`). */
export async function generate(options: GenerateOptions) {
  const catalog = readCatalog(options.specsDir);
  const version = options.version ?? "1.0.0";
  const output = new Output(options.outDir, options.check);
  const bundle = bundleCatalog(catalog, version);
  // The bundles are build output (git-ignored), published in @kie-market/specs.
  const dist = new Output(options.outDir, false);
  dist.write("specs/dist/kie-market.openapi.json", stableJson(bundle));
  for (const model of catalog.models) {
    dist.write(`specs/dist/market/${model.id}.openapi.json`, stableJson(bundleModel(catalog, model, version)));
  }
  dist.write(
    "specs/dist/catalog.json",
    stableJson({
      models: catalog.models.map((model) => ({
        id: model.id,
        title: model.title,
        category: model.category,
        spec: `market/${model.id}.openapi.json`,
        ...(model.resultCount ? { resultCount: model.resultCount } : {}),
      })),
    }),
  );
  await emitTypes(catalog, bundle, output);
  emitValidators(catalog, bundle, output);
  emitPricing(catalog, options.specsDir, output);
  const untypedFile = join(options.specsDir, "known-untyped.json");
  emitDocs(catalog, output, existsSync(untypedFile) ? JSON.parse(readFileSync(untypedFile, "utf8")).models : []);
  return { catalog, written: output.written, changed: output.changed };
}

export const defaultSpecsDir = (root: string) => join(root, "specs");
