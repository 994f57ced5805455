import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { Output } from "./output.js";

describe("Output.prune", () => {
  let root = "";
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const setUp = () => {
    root = mkdtempSync(join(tmpdir(), "kie-output-"));
    mkdirSync(join(root, "gen"));
    for (const name of ["kept.gen.ts", "gone.gen.ts", "notes.md"]) writeFileSync(join(root, "gen", name), "x");
  };

  test("removes the generated files of a family this run did not write, and nothing else", () => {
    setUp();
    const output = new Output(root);
    output.write("gen/kept.gen.ts", "x");
    output.prune("gen", ".gen.ts");
    expect(existsSync(join(root, "gen/kept.gen.ts"))).toBe(true);
    expect(existsSync(join(root, "gen/gone.gen.ts"))).toBe(false);
    expect(existsSync(join(root, "gen/notes.md"))).toBe(true);
    expect(output.changed).toEqual(["gen/gone.gen.ts"]);
  });

  test("in check mode, reports the stale file and removes nothing", () => {
    setUp();
    const output = new Output(root, true);
    output.write("gen/kept.gen.ts", "x");
    output.prune("gen", ".gen.ts");
    expect(existsSync(join(root, "gen/gone.gen.ts"))).toBe(true);
    expect(output.changed).toEqual(["gen/gone.gen.ts"]);
  });
});
