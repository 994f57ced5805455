import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

/** How the harness runs a snippet. */
export type SnippetKind = "script" | "next" | "hono" | "express" | "fastify" | "node" | "vitest-setup" | "vitest-test";
export const KINDS: readonly SnippetKind[] = ["script", "next", "hono", "express", "fastify", "node", "vitest-setup", "vitest-test"];

/** A ```ts fence of a README, with what its `<!-- snippet: <id> <kind> -->` comment says. */
export interface Snippet {
  id: string;
  kind: SnippetKind;
  /** README path relative to the repository root, and the fence's first line. */
  where: string;
  code: string;
}

/** The READMEs whose snippets users copy: the repository's and every package's. */
export function readmes(root: string): string[] {
  const folders = ["packages", "apps"].flatMap((parent) => readdirSync(join(root, parent)).map((name) => join(root, parent, name)));
  return [root, join(root, "specs"), ...folders].map((folder) => join(folder, "README.md")).filter((file) => existsSync(file));
}

/**
 * Every ```ts fence of the READMEs. A fence must follow a `<!-- snippet: <id> <kind> -->` line (blank lines
 * between allowed); one without is reported in `problems`, so that no snippet goes untested.
 */
export function extractSnippets(root: string): { snippets: Snippet[]; problems: string[] } {
  const snippets: Snippet[] = [];
  const problems: string[] = [];
  for (const file of readmes(root)) {
    const lines = readFileSync(file, "utf8").split("\n");
    let annotation: { id: string; kind: string } | undefined;
    for (let index = 0; index < lines.length; index++) {
      const line = lines[index];
      const comment = /^<!-- snippet: ([\w-]+) ([\w-]+) -->$/.exec(line.trim());
      if (comment) {
        annotation = { id: comment[1], kind: comment[2] };
        continue;
      }
      if (/^```(ts|typescript)\s*$/.test(line)) {
        const where = `${relative(root, file)}:${index + 1}`;
        const end = lines.indexOf("```", index + 1);
        const code = `${lines.slice(index + 1, end).join("\n")}\n`;
        if (!annotation) problems.push(`${where}: a ts fence without <!-- snippet: <id> <kind> --> above it`);
        else if (!KINDS.includes(annotation.kind as SnippetKind)) problems.push(`${where}: unknown snippet kind "${annotation.kind}"`);
        else snippets.push({ id: annotation.id, kind: annotation.kind as SnippetKind, where, code });
        annotation = undefined;
        index = end;
        continue;
      }
      if (line.trim() !== "" && annotation) annotation = undefined;
    }
  }
  const ids = snippets.map((snippet) => snippet.id);
  for (const id of new Set(ids.filter((id, index) => ids.indexOf(id) !== index))) problems.push(`snippet id "${id}" is used twice`);
  return { snippets, problems };
}
