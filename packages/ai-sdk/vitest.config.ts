import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "ai-sdk",
    // A bound for a busy 2-core machine, not a race: tests assert outcomes; the mock's tasks end by its clock.
    testTimeout: 30_000,
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
  },
});
