/** Bad data must fail the real build, with the loader's located message. */
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";

it("astro build fails on a data error and prints file, line, column, value and rule", () => {
  const dir = mkdtempSync(join(tmpdir(), "zj-bad-build-"));
  const out = mkdtempSync(join(tmpdir(), "zj-bad-dist-"));
  try {
    cpSync(join(process.cwd(), "tests/fixtures/good"), dir, { recursive: true });
    cpSync(join(process.cwd(), "tests/fixtures/bad-data/unit--observations.csv"), join(dir, "observations.csv"));
    // Through npx so the build runs on the project's Node 22, like `npm run build`.
    const run = spawnSync("npx", ["astro", "build", "--outDir", out], {
      env: { ...process.env, TRACKER_DATA_DIR: dir },
      encoding: "utf-8",
    });
    expect(run.status).not.toBe(0);
    expect(run.stdout + run.stderr).toContain(`observations.csv:3 column "unit" = "%": the indicator "pm25" is measured in "μg/m³" [rule: unit]`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  }
});
