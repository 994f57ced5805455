import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "redis",
    // Bounds for a busy 2-core machine, not races: tests wait for what processes print, the mock or Redis shows.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
  },
});
