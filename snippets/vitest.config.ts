import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "snippets",
    // Snippets run in this process (they read the environment and the working directory): one fork per file.
    pool: "forks",
    // A bound for a busy 2-core machine, not a race: every wait below is for an event or a count.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    include: ["test/**/*.test.ts"],
  },
});
