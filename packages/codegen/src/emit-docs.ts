import type { SpecCatalog } from "./catalog.js";
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

/** `docs/models.md`: every model with its fields, types, enums, defaults and limits. */
export function emitDocs(catalog: SpecCatalog, output: Output) {
  const anchor = (id: string) => id.replace(/[^a-z0-9]+/gi, "-").toLowerCase();
  const index = catalog.models.map((model) => `| [\`${model.id}\`](#${anchor(model.id)}) | ${cell(model.title)} | ${model.category} |`);
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
    return `<a id="${anchor(model.id)}"></a>
## \`${model.id}\`

${model.title}. Spec: [\`specs/${model.file}\`](../specs/${model.file}).

| field | type | required | allowed | default | description |
|---|---|---|---|---|---|
${rows.join("\n")}
${ruleLines}${noteLines}`;
  });
  output.write(
    "docs/models.md",
    `${markdownHeader(["specs/market/**"])}
# Models

${catalog.models.length} models. Every createTask body is \`{ model, input, callBackUrl? }\`; the tables describe \`input\`.
Unknown fields are refused by the validators (a typo would otherwise be ignored upstream while credits are spent).

| model | title | category |
|---|---|---|
${index.join("\n")}

${sections.join("\n")}`,
  );
}
