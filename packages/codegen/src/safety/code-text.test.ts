import { cpSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { afterEach, describe, expect, test } from "vitest";
import { DocsSite, modelPage, repo, scratchRepo } from "../../test/docs-site.js";
import { generate } from "../generate.js";
import { syncSpecs } from "../sync/spec-sync.js";
import { commentText, jsonCode, literal } from "./code-text.js";

/** Strings a docs page may hold that would break out of a string literal, a template or a comment. */
const HOSTILE = [
  '"+(globalThis.pwned=1)+"',
  "back\\slash",
  "new\nline",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the text a template literal must not interpolate
  "${globalThis.pwned=1}",
  "*/globalThis.pwned=1/*",
  "sep\u2028arator",
  "`tick`",
];

describe("the one escaping function", () => {
  test.each(HOSTILE)("literal(%j) evaluates to the same string and nothing else", (value) => {
    expect(new Function(`return ${literal(value)}`)()).toBe(value);
    expect(new Function(`return ${jsonCode({ [value]: [value] })}`)()).toEqual({ [value]: [value] });
    expect((globalThis as { pwned?: number }).pwned).toBeUndefined();
  });

  test.each(HOSTILE)("commentText(%j) stays one comment", (value) => {
    expect(new Function(`/** ${commentText(value)} */ // ${commentText(value)}\nreturn 1`)()).toBe(1);
    expect(commentText(value)).not.toMatch(/\*\/|[\n\r\u2028\u2029]/);
  });
});

describe("generated code from a spec full of hostile strings", () => {
  const docs = new DocsSite();
  let work = "";
  afterEach(async () => {
    await docs.close();
    rmSync(work, { recursive: true, force: true });
  });

  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)]));
  /** Every string literal's value in a TypeScript file, and its syntax errors. */
  function parse(file: string) {
    const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.ES2022, true);
    const strings: string[] = [];
    const visit = (node: ts.Node) => {
      if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) strings.push(node.text);
      ts.forEachChild(node, visit);
    };
    visit(source);
    return { strings, errors: (source as unknown as { parseDiagnostics: ts.Diagnostic[] }).parseDiagnostics };
  }

  test("every generated module parses, and each hostile string is one literal holding exactly it", async () => {
    work = scratchRepo();
    cpSync(join(repo, "packages/schemas/src"), join(work, "packages/schemas/src"), {
      recursive: true,
      filter: (path) => !path.includes("generated"),
    });
    const properties = Object.fromEntries(
      HOSTILE.map((value, index) => [`f${index}${value}`, { type: "string", enum: [value], description: value }]),
    );
    const example = Object.fromEntries(HOSTILE.map((value, index) => [`f${index}${value}`, value]));
    docs.pages = { "/market/acme/x.md": modelPage("acme/x", { type: "object", properties }, example) };
    docs.pages["/llms.txt"] = "- [x](/market/acme/x.md)";
    const report = await syncSpecs({ source: await docs.serve(), repoRoot: work, write: true });
    expect(report.failures).toEqual([]);
    await generate({ specsDir: join(work, "specs"), outDir: work });
    const generated = files(join(work, "packages")).filter((file) => file.endsWith(".gen.ts") || file.endsWith(".gen.test-d.ts"));
    expect(generated.length).toBeGreaterThan(3);
    const strings = new Set<string>();
    for (const file of generated) {
      const parsed = parse(file);
      expect(parsed.errors, file).toEqual([]);
      for (const value of parsed.strings) strings.add(value);
    }
    for (const [index, value] of HOSTILE.entries()) {
      expect(strings).toContain(value);
      expect(strings).toContain(`f${index}${value}`);
    }
    // The validator, run for real: the hostile values are accepted as themselves and nothing was injected.
    const module = await import(join(work, "packages/schemas/src/generated/market/acme/x.gen.ts"));
    expect(module.validator.validate({ model: "acme/x", input: example }).issues).toBeUndefined();
    expect((globalThis as { pwned?: number }).pwned).toBeUndefined();
  });
});
