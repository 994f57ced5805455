import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import ts from "typescript";
import { afterAll, expect, test } from "vitest";

// A library that exports a client it made (`export const kie = createKieClient()`) with `declaration: true`
// must be able to name its type. In a pnpm project openapi-fetch is not the app's own dependency, so a type
// inferred through it could not be named (TS2742: "cannot be named without a reference to
// '.pnpm/openapi-fetch@…'"); the client is a declared interface instead. This lays out a project as pnpm
// does (packages under node_modules/.pnpm, the app's direct dependencies linked from node_modules) with
// the built client, and emits the app's declarations.
const project = mkdtempSync(join(tmpdir(), "kie-declaration-"));
afterAll(() => rmSync(project, { recursive: true, force: true }));

const require = createRequire(import.meta.url);
const packageRoot = (name: string) => dirname(require.resolve(`${name}/package.json`));

/** Copies a package's package.json and dist into the project's store, as pnpm's hard links would. */
function store(name: string, from: string): string {
  const at = join(project, "node_modules/.pnpm", `${name.replace("/", "+")}@0.0.0/node_modules`, name);
  mkdirSync(at, { recursive: true });
  cpSync(join(from, "package.json"), join(at, "package.json"));
  cpSync(join(from, "dist"), join(at, "dist"), { recursive: true });
  return at;
}

test("export const kie = createKieClient() compiles with declaration: true where openapi-fetch is not a direct dependency", () => {
  const client = store("@kie-market/client", resolve(import.meta.dirname, ".."));
  const fetchAt = store("openapi-fetch", packageRoot("openapi-fetch"));
  const schemasAt = store("@kie-market/schemas", packageRoot("@kie-market/schemas"));
  // The client's own dependencies sit beside it in the store; the app links only the client.
  symlinkSync(fetchAt, join(dirname(dirname(client)), "openapi-fetch"), "dir");
  symlinkSync(schemasAt, join(dirname(client), "schemas"), "dir");
  mkdirSync(join(project, "node_modules/@kie-market"), { recursive: true });
  symlinkSync(client, join(project, "node_modules/@kie-market/client"), "dir");
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "app", type: "module" }));
  const file = join(project, "index.ts");
  writeFileSync(
    file,
    'import { createKieClient } from "@kie-market/client";\nexport const kie = createKieClient({ apiKey: "k" });\nexport const handle = kie.callbacks.handler({ hmacKey: "h" });\n',
  );
  const program = ts.createProgram([file], {
    declaration: true,
    emitDeclarationOnly: true,
    outDir: join(project, "out"),
    strict: true,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    skipLibCheck: true,
    types: [],
  });
  const emitted = program.emit();
  const problems = [...ts.getPreEmitDiagnostics(program), ...emitted.diagnostics].map((diagnostic) =>
    ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"),
  );
  expect(problems).toEqual([]);
});
