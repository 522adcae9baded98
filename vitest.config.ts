import { defineConfig } from "vitest/config";

// Two projects: `unit` needs nothing but the sources; `built` reads the site that `astro build` wrote to dist/.
export default defineConfig({
  test: {
    projects: [
      { test: { name: "unit", include: ["tests/unit/**/*.test.ts", "tests/golden/**/*.test.ts"] } },
      { test: { name: "built", include: ["tests/built/**/*.test.ts"], testTimeout: 120_000, hookTimeout: 120_000 } },
    ],
  },
});
