import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "codegen",
    // A bound for a busy 2-core machine, not a race: tests assert outcomes, and every timing they need is an event or a count.
    testTimeout: 30_000,
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    typecheck: { enabled: true, include: ["src/**/*.test-d.ts", "test/**/*.test-d.ts"], tsconfig: "./tsconfig.json" },
  },
});
