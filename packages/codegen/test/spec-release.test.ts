import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { readCatalog } from "../src/catalog.js";
import { checkChangesets, SPEC_PACKAGES, writeSpecChangeset } from "../src/release-plan.js";
import { catalogAtRef, diffCatalogs, overallLevel } from "../src/spec-diff.js";

// A copy of the repo's specs in a throwaway git workspace, taken through two spec edits and two releases.
const repo = resolve(import.meta.dirname, "../../..");
let work: string;
const git = (...args: string[]) => execFileSync("git", ["-C", work, ...args], { encoding: "utf8" });
const changeset = (...args: string[]) =>
  execFileSync(process.execPath, [join(repo, "node_modules/@changesets/cli/bin.js"), ...args], { cwd: work, encoding: "utf8" });
const version = (name: string) => JSON.parse(readFileSync(join(work, SPEC_PACKAGES[name], "package.json"), "utf8")).version;
const spec = () => join(work, "specs/market/hailuo/2-3-image-to-video-standard.json");
// biome-ignore lint/suspicious/noExplicitAny: tests edit spec documents freely
const editSpec = (edit: (document: Record<string, any>) => void) => {
  const document = JSON.parse(readFileSync(spec(), "utf8"));
  edit(document.components.schemas.Hailuo23ImageToVideoStandardInput);
  writeFileSync(spec(), JSON.stringify(document, null, 2));
};

async function release() {
  const changes = diffCatalogs(catalogAtRef(work, "HEAD"), readCatalog(join(work, "specs")));
  expect(await checkChangesets(work, changes)).not.toEqual([]); // CI would refuse the spec change as it stands
  const id = await writeSpecChangeset(work, changes);
  expect(await checkChangesets(work, changes)).toEqual([]);
  const written = readFileSync(join(work, ".changeset", `${id}.md`), "utf8");
  changeset("version");
  git("add", "-A");
  git("commit", "-qm", "release");
  return { level: overallLevel(changes), written };
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "kie-release-"));
  cpSync(join(repo, "specs/market"), join(work, "specs/market"), { recursive: true });
  cpSync(join(repo, "specs/common"), join(work, "specs/common"), { recursive: true });
  symlinkSync(join(repo, "node_modules"), join(work, "node_modules"));
  writeFileSync(join(work, "package.json"), JSON.stringify({ name: "release-test", private: true }));
  writeFileSync(
    join(work, "pnpm-workspace.yaml"),
    `packages:\n${Object.values(SPEC_PACKAGES)
      .map((folder) => `  - ${folder}`)
      .join("\n")}\n`,
  );
  mkdirSync(join(work, ".changeset"));
  cpSync(join(repo, ".changeset/config.json"), join(work, ".changeset/config.json"));
  for (const [name, folder] of Object.entries(SPEC_PACKAGES)) {
    mkdirSync(join(work, folder), { recursive: true });
    writeFileSync(join(work, folder, "package.json"), JSON.stringify({ name, version: "0.1.0" }, null, 2));
  }
  execFileSync("git", ["init", "-q", "-b", "main", work]);
  git("add", "-A");
  git("-c", "user.name=test", "-c", "user.email=test@example.invalid", "commit", "-qm", "0.1.0");
  git("config", "user.name", "test");
  git("config", "user.email", "test@example.invalid");
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

// Each release runs git and `changeset version` in child processes: about 1 s alone, several seconds when
// every package tests at once on a busy 2-core machine. The bound is generous; nothing here races it.
describe("a spec change flows to a correctly versioned release", { timeout: 60_000 }, () => {
  test("adding an enum value is a minor change: 0.1.0 → 0.1.1", async () => {
    editSpec((input) => input.properties.duration.enum.push("8"));
    const { level, written } = await release();
    expect(level).toBe("minor");
    expect(written).toContain('"@kie-market/client": patch');
    expect(written).toContain('input.duration: value added: "8"');
    for (const name of Object.keys(SPEC_PACKAGES)) expect(version(name)).toBe("0.1.1");
    expect(readFileSync(join(work, "packages/client/CHANGELOG.md"), "utf8")).toContain("## 0.1.1");
  });

  test("removing a field is a major change: 0.1.1 → 0.2.0 (breaking bumps the minor while 0.x)", async () => {
    editSpec((input) => {
      delete input.properties.resolution;
      input.not = undefined;
    });
    const { level, written } = await release();
    expect(level).toBe("major");
    expect(written).toContain('"@kie-market/specs": minor');
    expect(written).toContain("input.resolution: property remove");
    for (const name of Object.keys(SPEC_PACKAGES)) expect(version(name)).toBe("0.2.0");
    const changelog = readFileSync(join(work, "specs/CHANGELOG.md"), "utf8");
    expect(changelog).toMatch(/## 0\.2\.0[\s\S]*Minor Changes[\s\S]*input\.resolution[\s\S]*## 0\.1\.1/);
  });
});
