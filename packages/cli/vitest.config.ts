import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "cli",
    // A bound for a busy 2-core machine, not a race: tests assert outcomes; the CLI runs as a child process.
    testTimeout: 30_000,
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
  },
});
