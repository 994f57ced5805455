import { defineConfig } from "vitest/config";

// One root config listing every project; each package's own config names it and sets its tier.
export default defineConfig({
  test: {
    projects: ["packages/*", "apps/*", "snippets"],
  },
});
