import { defineConfig } from "vitest/config";

// Two projects: `unit` needs nothing but the sources; `built` reads the site that `astro build` wrote to dist/.
export default defineConfig({
  test: {
    projects: [
      // Unit tests include whole in-memory releases (XLSX, ZIPs, per-indicator files): seconds each on 2 busy cores.
      { test: { name: "unit", include: ["tests/unit/**/*.test.ts", "tests/golden/**/*.test.ts"], testTimeout: 60_000, hookTimeout: 120_000 } },
      { test: { name: "built", include: ["tests/built/**/*.test.ts"], testTimeout: 120_000, hookTimeout: 120_000 } },
    ],
  },
});
