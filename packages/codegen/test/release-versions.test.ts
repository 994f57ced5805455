import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { expect, test } from "vitest";

// The release the committed changesets would make, computed by changesets itself: each package's next
// version must be what its own changesets ask for. A 0.x package never turns 1.0.0 by accident (an
// optional peer going out of range used to make changesets bump the CLI to a major).
const require = createRequire(import.meta.url);
const readChangesets: typeof import("@changesets/read").default = require("@changesets/read").default;
const repo = resolve(import.meta.dirname, "../../..");
const PUBLIC = [
  "@kie-market/specs",
  "@kie-market/schemas",
  "@kie-market/client",
  "@kie-market/mock",
  "@kie-market/ai-sdk",
  "@kie-market/cli",
  "@kie-market/redis",
];
const ORDER = ["none", "patch", "minor", "major"] as const;

function bump(version: string, type: (typeof ORDER)[number]): string {
  const [major, minor, patch] = version.split(".").map(Number);
  if (type === "major") return `${major + 1}.0.0`;
  if (type === "minor") return `${major}.${minor + 1}.0`;
  if (type === "patch") return `${major}.${minor}.${patch + 1}`;
  return version;
}

test("every public package's next version is what its own changesets ask for, and no 0.x package reaches 1.0.0", async () => {
  const dir = mkdtempSync(join(tmpdir(), "kie-plan-"));
  try {
    execFileSync(process.execPath, [join(repo, "node_modules/@changesets/cli/bin.js"), "status", "--output", join(dir, "plan.json")], {
      cwd: repo,
      stdio: "ignore",
    });
    const plan = JSON.parse(readFileSync(join(dir, "plan.json"), "utf8")) as {
      releases: { name: string; oldVersion: string; newVersion: string }[];
    };
    const asked = new Map<string, (typeof ORDER)[number]>();
    for (const changeset of await readChangesets(repo))
      for (const release of changeset.releases) {
        const before = asked.get(release.name) ?? "none";
        if (ORDER.indexOf(release.type) > ORDER.indexOf(before)) asked.set(release.name, release.type);
      }
    const versions = Object.fromEntries(plan.releases.map((release) => [release.name, release]));
    for (const name of PUBLIC) {
      const current = JSON.parse(
        readFileSync(
          join(
            repo,
            { "@kie-market/specs": "specs", "@kie-market/mock": "apps/mock" }[name] ?? `packages/${name.split("/")[1]}`,
            "package.json",
          ),
          "utf8",
        ),
      ).version as string;
      // One starting line for the first release: every public package is at the same 0.x version.
      expect(current, name).toBe(JSON.parse(readFileSync(join(repo, "packages/client/package.json"), "utf8")).version);
      const own = asked.get(name);
      const want = own ? bump(current, own) : (versions[name]?.newVersion ?? current);
      expect(versions[name]?.newVersion ?? current, name).toBe(want);
      if (current.startsWith("0.")) expect(versions[name]?.newVersion ?? current, name).toMatch(/^0\./);
    }
    // Today's changesets: the CLI's own is a minor.
    expect(versions["@kie-market/cli"]?.newVersion).toMatch(/^0\.(1\.\d+|2\.0)$/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
