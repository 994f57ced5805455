import { readFileSync } from "node:fs";
import { catalogPath, createPrismValidator, modelSpecPath, type PrismValidator, type Violation } from "./prism.js";

type Schema = { $ref?: string; properties?: Record<string, Schema>; enum?: unknown[] } & Record<string, unknown>;

/** One model of the catalogue: its spec, and Prism validating requests against that spec only. */
export interface ModelEntry {
  id: string;
  title: string;
  validator: PrismValidator;
  /** A readable message for a violation, e.g. `input.duration must be one of "6", "10"`. */
  describe(violation: Violation): string;
}

function schemaAt(document: Schema, root: Schema, path: string[]): Schema | undefined {
  const deref = (node: Schema | undefined): Schema | undefined =>
    node?.$ref
      ? deref(
          node.$ref
            .slice(2)
            .split("/")
            .reduce<Schema>((at, key) => at[key] as Schema, document),
        )
      : node;
  let node = deref(root);
  for (const key of path) node = deref(node?.properties?.[key]);
  return node;
}

/** A readable message for each violation, from the (dereferenced) model document. */
function describer(document: Schema) {
  const operation = (document.paths as Record<string, { post: { requestBody: { content: Record<string, { schema: Schema }> } } }>)[
    "/api/v1/jobs/createTask"
  ].post;
  const root = operation.requestBody.content["application/json"].schema;
  return (violation: Violation) => {
    const at = violation.path.join(".") || "body";
    if (violation.code === "enum") {
      const allowed = schemaAt(document, root, violation.path)?.enum;
      if (allowed) return `${at} must be one of ${allowed.map((value) => JSON.stringify(value)).join(", ")}`;
    }
    if (violation.code === "additionalProperties") return `${at} is not a known field`;
    if (violation.code === "required") return `${at} is required`;
    if (violation.code === "not") {
      const rule = schemaAt(document, root, violation.path)?.not as Schema | undefined;
      return `${at}: ${String(rule?.["x-kie-message"] ?? "breaks a rule across fields")}`;
    }
    return `${at} ${violation.message.replace(new RegExp(`^${at.replace(/[.]/g, "\\.")}\\s*`), "")}`;
  };
}

/**
 * The models of the published catalogue, each validated by Prism against its own spec. A model's spec
 * is read and its validator built on its first request: start-up does not grow with the catalogue.
 */
export async function loadModels(specsDir?: string): Promise<Map<string, ModelEntry>> {
  const catalog = JSON.parse(readFileSync(catalogPath(specsDir), "utf8")) as { models: { id: string; title: string }[] };
  const entries = catalog.models.map(({ id, title }) => {
    let loaded: Promise<{ validator: PrismValidator; describe: (violation: Violation) => string }> | undefined;
    const load = () => {
      loaded ??= (async () => {
        // One read and parse per model: Prism dereferences the document in place, and the messages read it too.
        const document = JSON.parse(readFileSync(modelSpecPath(id, specsDir), "utf8")) as Schema;
        return { validator: await createPrismValidator(document), describe: describer(document) };
      })();
      return loaded;
    };
    let describe: (violation: Violation) => string = (violation) => `${violation.path.join(".") || "body"} ${violation.message}`;
    const entry: ModelEntry = {
      id,
      title,
      validator: {
        validate: async (request) => {
          const model = await load();
          describe = model.describe;
          return model.validator.validate(request);
        },
      },
      describe: (violation) => describe(violation),
    };
    return [id, entry] as const;
  });
  return new Map(entries);
}
