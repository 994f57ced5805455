import { requestExample, type SpecCatalog } from "./catalog.js";
import { type FieldInfo, inputFields } from "./fields.js";
import { markdownHeader } from "./header.js";
import type { Output } from "./output.js";

const cell = (text: string) => text.replaceAll("|", "\\|").replaceAll("\n", " ");
const code = (value: unknown) => `\`${typeof value === "string" ? value : JSON.stringify(value)}\``;

function limits(field: FieldInfo): string {
  const parts: string[] = [];
  if (field.enum) parts.push(`one of ${field.enum.map(code).join(", ")}`);
  if (field.minimum !== undefined) parts.push(`≥ ${field.minimum}`);
  if (field.maximum !== undefined) parts.push(`≤ ${field.maximum}`);
  if (field.minLength !== undefined) parts.push(`at least ${field.minLength} characters`);
  if (field.maxLength !== undefined) parts.push(`at most ${field.maxLength} characters`);
  return parts.join("; ");
}

const CATEGORIES = ["video", "image", "audio", "other"] as const;

interface UntypedModel {
  id: string;
  category: string;
  docs: string;
  required: string[];
  /** Why it is not typed (e.g. no copy of its page found). */
  why?: string;
}

/**
 * The catalogue a user picks a model from, shipped in `@kie-market/specs` (`docs/models.md`): an index
 * by category (id, upstream name, required fields), then each model's fields, rules and an example.
 */
export function emitDocs(catalog: SpecCatalog, output: Output, untyped: UntypedModel[] = []) {
  const anchor = (id: string) => id.replace(/[^a-z0-9]+/gi, "-").toLowerCase();
  const required = (model: SpecCatalog["models"][number]) =>
    inputFields(model)
      .fields.filter((field) => field.required)
      .map((field) => `\`${field.name}\``)
      .join(", ") || "none";
  const counts = CATEGORIES.map((category) => `${catalog.models.filter((model) => model.category === category).length} ${category}`).join(
    ", ",
  );
  const index = CATEGORIES.map((category) => {
    const models = catalog.models.filter((model) => model.category === category);
    if (!models.length) return "";
    const rows = models.map(
      (model) =>
        `| [\`${model.id}\`](#${anchor(model.id)}) | ${cell(model.title)}${model.deprecated ? ` (deprecated since ${model.deprecated.since})` : ""} | ${required(model)} |`,
    );
    return `### ${category[0].toUpperCase()}${category.slice(1)}\n\n| model | upstream name | required fields |\n|---|---|---|\n${rows.join("\n")}\n`;
  }).filter(Boolean);
  const sections = catalog.models.map((model) => {
    const { fields, rules } = inputFields(model);
    const rows = fields.map((field) => {
      const defaultText = field.default === undefined ? "" : code(field.default) + (field.sendDefault ? " (always sent)" : "");
      return `| \`${field.name}\` | ${field.type} | ${field.required ? "yes" : "no"} | ${cell(limits(field))} | ${cell(defaultText)} | ${cell(field.description ?? "")} |`;
    });
    const ruleLines = rules.length ? `\nRules across fields:\n\n${rules.map((rule) => `- ${rule.message}`).join("\n")}\n` : "";
    const notes = model.document.info["x-kie-upstream-notes"];
    const noteLines =
      Array.isArray(notes) && notes.length ? `\nUpstream notes:\n\n${notes.map((note) => `- ${String(note)}`).join("\n")}\n` : "";
    const corrections = model.document.info["x-kie-corrections"];
    const correctionLines =
      Array.isArray(corrections) && corrections.length
        ? `\nWhere this spec departs from upstream's page:\n\n${corrections.map((entry) => `- ${cell(String((entry as { what: string }).what))}: ${cell(String((entry as { why: string }).why))}`).join("\n")}\n`
        : "";
    return `<a id="${anchor(model.id)}"></a>
### \`${model.id}\`

${model.deprecated ? `**Deprecated since ${model.deprecated.since}** (${model.deprecated.why}); it will be removed in a later breaking release.\n\n` : ""}${model.title} (${model.category}). Upstream page: ${model.docs ?? "unknown"}. Spec: \`market/${model.file.replace(/^market\//, "")}\`.

| field | type | required | allowed | default | description |
|---|---|---|---|---|---|
${rows.join("\n")}
${ruleLines}
Example request:

\`\`\`json
${JSON.stringify(requestExample(model), null, 2)}
\`\`\`
${noteLines}${correctionLines}`;
  });
  const untypedRows = untyped.map(
    (model) =>
      `| \`${model.id}\` | ${model.category} | ${model.required.map((name) => `\`${name}\``).join(", ") || "unknown"} | ${model.docs} | ${cell(model.why ?? "")} |`,
  );
  const untypedSection = untyped.length
    ? `\n## Known upstream, not typed yet\n\nUpstream lists these ids, but no copy of their page has been imported: call them with \`kie.tasks.createUntyped({ model, input })\` (no local validation), or import their page with \`pnpm spec:import <page URL>\`.\n\n| model | category | required (upstream's list) | page | why untyped |\n|---|---|---|---|---|\n${untypedRows.join("\n")}\n`
    : "";
  output.write(
    "specs/docs/models.md",
    `${markdownHeader(["specs/market/**", "specs/known-untyped.json"])}
# Models

${catalog.models.length} typed models (${counts})${untyped.length ? `, and ${untyped.length} known upstream but not typed yet` : ""}. Every createTask body is
\`{ model, input, callBackUrl? }\`; the tables describe \`input\`. Unknown fields are refused by the validators
(a typo would otherwise be ignored upstream while credits are spent). Specs are in \`market/<model id>.json\`
of this package.

## Index
${index.join("\n")}${untypedSection}
## Models

${sections.join("\n")}`,
  );
}
