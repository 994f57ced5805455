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

/** Loads every model of the published catalogue, each with its own Prism validator. */
export async function loadModels(specsDir?: string): Promise<Map<string, ModelEntry>> {
  const catalog = JSON.parse(readFileSync(catalogPath(specsDir), "utf8")) as { models: { id: string; title: string }[] };
  const entries = await Promise.all(
    catalog.models.map(async ({ id, title }) => {
      const document = JSON.parse(readFileSync(modelSpecPath(id, specsDir), "utf8")) as Schema;
      // One read and parse per model: Prism takes the document and dereferences it in place, and the
      // messages below read the same, now dereferenced, document.
      const validator = await createPrismValidator(document);
      const operation = (document.paths as Record<string, { post: { requestBody: { content: Record<string, { schema: Schema }> } } }>)[
        "/api/v1/jobs/createTask"
      ].post;
      const root = operation.requestBody.content["application/json"].schema;
      const describe = (violation: Violation) => {
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
      return [id, { id, title, validator, describe }] as const;
    }),
  );
  return new Map(entries);
}
