/**
 * A story states numbers only through data components, so a change in the data that takes away a value a
 * story cites, or moves it to another series (caliber), must fail the real build and point at the story's
 * file and line. Each case copies data/, breaks one cited value, and builds.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";

function buildWith(change: (observations: string) => string) {
  const temp = mkdtempSync(join(tmpdir(), "zj-story-build-"));
  const data = join(temp, "data");
  try {
    cpSync("data", data, { recursive: true, filter: (src) => !src.includes("releases") });
    const file = join(data, "observations.csv");
    const before = readFileSync(file, "utf-8");
    const after = change(before);
    expect(after, "the fixture change must change the data").not.toBe(before);
    writeFileSync(file, after);
    const run = spawnSync("npx", ["astro", "build", "--outDir", join(temp, "dist")], { env: { ...process.env, TRACKER_DATA_DIR: data }, encoding: "utf-8" });
    return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

it("fails the build at the story's line when a value it cites disappears", () => {
  // The air story cites PM₂.₅ 2015 (44 μg/m³) on line 12 of both language versions.
  const { status, output } = buildWith((csv) => csv.replace(/^pm25,zhejiang,2015,.*\n/m, ""));
  expect(status).not.toBe(0);
  expect(output).toMatch(/content\/stories\/air\.(zh|en)\.mdx:12:\d+ <Obs series="pm25--main" year=\{2015\}>: no value for 2015 at zhejiang on series "pm25--main"/);
}, 300_000);

it("fails the build at the story's line when a value it cites changes caliber (series)", () => {
  // The water story cites the 2015 share on the 221-section caliber on line 20 of both versions.
  const { status, output } = buildWith((csv) =>
    csv.replace(/^(surface-water-good,zhejiang,2015,.*?,)surface-water-good--221-sections,/m, "$1surface-water-good--296-sections,"),
  );
  expect(status).not.toBe(0);
  expect(output).toMatch(
    /content\/stories\/water\.(zh|en)\.mdx:20:\d+ <Obs series="surface-water-good--221-sections" year=\{2015\}>: the 2015 value of zhejiang is now on another series \(caliber\): "surface-water-good--296-sections"/,
  );
}, 300_000);
