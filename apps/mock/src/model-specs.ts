import { readFileSync } from "node:fs";
import { catalogPath, createPrismValidator, modelSpecPath, type PrismValidator, type Violation } from "./prism.js";

type Schema = { $ref?: string; properties?: Record<string, Schema>; enum?: unknown[] } & Record<string, unknown>;

/** What the mock makes of a createTask body for one model. */
export interface ModelCheck {
  /** What breaks the model's spec (with unknown fields taken out, unless strict). */
  violations: Violation[];
  /** Fields the model does not document, ignored as upstream ignores them (empty when strict). */
  ignored: string[];
  /** A readable message for each violation, e.g. `input.duration must be one of "6", "10"`. */
  messages: string[];
}

/** One model of the catalogue: its spec, and Prism validating requests against that spec only. */
export interface ModelEntry {
  id: string;
  title: string;
  /** video, image, audio or other (analysis), from the catalogue. */
  category: string;
  /** How many result files a success holds (1 unless the catalogue says, from an overlay fact). */
  resultCount: number;
  /** Validates a createTask body; `strict` refuses fields the model does not document instead of ignoring them. */
  check(body: unknown, headers: Record<string, string>, strict: boolean): Promise<ModelCheck>;
}

const CREATE = "/api/v1/jobs/createTask";

/** The createTask request body's schema in a model's document. */
function createBodySchema(document: Schema): Schema {
  const paths = document.paths as Record<string, { post: { requestBody: { content: Record<string, { schema: Schema }> } } }>;
  return paths[CREATE].post.requestBody.content["application/json"].schema;
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

/** Every property name the model's input may have, across its union branches; undefined when it names none. */
function inputFieldsOf(document: Schema, root: Schema): Set<string> | undefined {
  const names = new Set<string>();
  const visit = (node: Schema | undefined) => {
    const schema = schemaAt(document, node ?? {}, []);
    for (const name of Object.keys(schema?.properties ?? {})) names.add(name);
    for (const key of ["anyOf", "oneOf", "allOf"]) for (const branch of (schema?.[key] as Schema[] | undefined) ?? []) visit(branch);
  };
  visit(schemaAt(document, root, ["input"]));
  return names.size ? names : undefined;
}

/** A readable message for each violation, from the (dereferenced) model document. */
function describer(document: Schema) {
  const root = createBodySchema(document);
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
  const catalog = JSON.parse(readFileSync(catalogPath(specsDir), "utf8")) as {
    models: { id: string; title: string; category: string; resultCount?: number }[];
  };
  const entries = catalog.models.map(({ id, title, category, resultCount }) => {
    let loaded: Promise<{ validator: PrismValidator; describe: (violation: Violation) => string; fields?: Set<string> }> | undefined;
    const load = () => {
      loaded ??= (async () => {
        // One read and parse per model: Prism dereferences the document in place, so what we read of it comes first.
        const document = JSON.parse(readFileSync(modelSpecPath(id, specsDir), "utf8")) as Schema;
        const describe = describer(document);
        const fields = inputFieldsOf(document, createBodySchema(document));
        return { validator: await createPrismValidator(document), describe, fields };
      })();
      return loaded;
    };
    const entry: ModelEntry = {
      id,
      title,
      category,
      resultCount: Number.isInteger(resultCount) && (resultCount as number) >= 1 ? (resultCount as number) : 1,
      async check(body, headers, strict) {
        const model = await load();
        const ignored: string[] = [];
        let checked = body;
        const input = (body as { input?: unknown } | undefined)?.input;
        if (!strict && model.fields && typeof input === "object" && input !== null && !Array.isArray(input)) {
          const unknown = Object.keys(input).filter((name) => !model.fields?.has(name));
          if (unknown.length) {
            ignored.push(...unknown.map((name) => `input.${name}`));
            const kept = Object.fromEntries(Object.entries(input).filter(([name]) => model.fields?.has(name)));
            checked = { ...(body as object), input: kept };
          }
        }
        let violations = await model.validator.validate({ method: "POST", path: CREATE, headers, body: checked });
        if (!strict) {
          // Unknown fields deeper down (or beside model and input) are ignored too.
          for (const violation of violations.filter((item) => item.code === "additionalProperties")) ignored.push(violation.path.join("."));
          violations = violations.filter((item) => item.code !== "additionalProperties");
        }
        return { violations, ignored, messages: violations.map(model.describe) };
      },
    };
    return [id, entry] as const;
  });
  return new Map(entries);
}
