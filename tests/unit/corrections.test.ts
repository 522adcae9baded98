import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { correctionsLog } from "../../src/about/corrections.ts";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe("the corrections log", () => {
  it("lists the releases' changes newest first (releases.json is oldest first)", () => {
    const dir = mkdtempSync(join(tmpdir(), "zj-corrections-"));
    dirs.push(dir);
    const entry = (version: string, date: string) => ({ version, date, changes_zh: `改动 ${version}`, changes_en: `changes ${version}` });
    writeFileSync(join(dir, "releases.json"), JSON.stringify([entry("1.0.0", "2026-11-28"), entry("1.1.0", "2026-12-10")]));
    expect(correctionsLog(dir).map((r) => r.version)).toEqual(["1.1.0", "1.0.0"]);
  });

  it("is empty before the first release", () => {
    const dir = mkdtempSync(join(tmpdir(), "zj-corrections-"));
    dirs.push(dir);
    expect(correctionsLog(dir)).toEqual([]);
  });
});
