import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { describe, expect, test } from "vitest";

// The root README's quickstart command line, as a user types it: pnpm 10 passes `--` through to the
// script, --help answers, and a mistake is one line that names the fix (no stack trace), exit code 2.
const main = resolve(import.meta.dirname, "../../apps/quickstart/dist/main.js");
const quickstart = (...args: string[]) => {
  const env = { ...process.env };
  delete env.KIE_API_KEY;
  return spawnSync(process.execPath, [main, ...args], { encoding: "utf8", env });
};

describe("the quickstart's command line", () => {
  test.each([[["--help"]], [["--", "--help"]]])("%j prints the usage and exits 0", (args) => {
    const run = quickstart(...args);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("--live");
    expect(run.stdout).toContain("--models");
  });

  test.each([
    [["--", "--live", "--models", "wan/2-2-a14b-image-to-video-turbo"], /--live needs KIE_API_KEY/],
    [["--live"], /--live needs KIE_API_KEY/],
    [["--models", "acme/nope"], /unknown model "acme\/nope"/],
    [["--bogus"], /Unknown option '--bogus' \(see --help\)/],
    [["--task-duration", "soon"], /--task-duration must be a number/],
  ])("%j: one line naming the fix, exit 2, no stack trace", (args, message) => {
    const run = quickstart(...args);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
