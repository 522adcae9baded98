/**
 * Cutting releases, in temporary folders: the script validates, refuses what it must, writes deterministic
 * files with checksums that `sha256sum -c` accepts, and the manifest check catches any change to a
 * released file.
 */
import { spawnSync } from "node:child_process";
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadDataset } from "../../src/data/load.ts";
import { dataVersion } from "../../src/data/version.ts";
import { checkReleases, cutRelease, listFiles, requiredBump } from "../../src/export/store.ts";
import { formatSums, sha256 } from "../../src/export/checksums.ts";
import { DATA_DIR, licenceText } from "./export-support.ts";

const temp = mkdtempSync(join(tmpdir(), "zj-release-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }), 60_000); // many copies of a release of ~650 files

// Spawning the script (through npx) and writing whole releases takes seconds on a busy two-core machine.
/** A copy of data/'s tables (without its releases) in a fresh folder. */
function dataCopy(name: string): string {
  const dir = join(temp, name);
  mkdirSync(dir, { recursive: true });
  for (const f of readdirSync(DATA_DIR)) if (f.endsWith(".csv")) cpSync(join(DATA_DIR, f), join(dir, f));
  return dir;
}
const cli = (...args: string[]) => spawnSync("npx", ["node", "scripts/release.ts", ...args], { encoding: "utf-8" });
const cut = (dataDir: string, version: string, date: string, outDir = join(dataDir, "releases")) =>
  cutRelease({ dataDir, outDir, version, date, changesZh: "测试。", changesEn: "Test.", licenceText: licenceText(), citationPath: join(dataDir, "CITATION.cff") });
const sha256sumCheck = (cwd: string) => spawnSync("sha256sum", ["--check", "--strict", "--quiet", "SHA256SUMS"], { cwd, encoding: "utf-8" });

describe("cutting a release", { timeout: 120_000 }, () => {
  const dir = dataCopy("a");
  const releases = join(dir, "releases");

  it("writes the release, releases.json, the manifest and CITATION.cff; the check passes", async () => {
    expect(checkReleases(releases)).toEqual([]); // nothing yet is fine
    expect(dataVersion(dir)).toBe("unreleased");
    const { files } = await cut(dir, "1.0.0", "2025-07-01");
    expect(listFiles(join(releases, "v1.0.0"))).toEqual([...files.keys()]);
    expect(JSON.parse(readFileSync(join(releases, "releases.json"), "utf-8"))).toEqual([{ version: "1.0.0", date: "2025-07-01", changes_zh: "测试。", changes_en: "Test." }]);
    expect(checkReleases(releases)).toEqual([]);
    const cff = readFileSync(join(dir, "CITATION.cff"), "utf-8");
    expect(cff).toContain('version: "1.0.0"');
    expect(cff).toContain("date-released: 2025-07-01");
    expect(cff).toContain("/data/v1.0.0/zj-eco-tracker.zip");
  });

  it("GNU sha256sum verifies the release folder and the manifest", () => {
    const inRelease = sha256sumCheck(join(releases, "v1.0.0"));
    expect(inRelease.stderr + inRelease.stdout).toBe("");
    expect(inRelease.status).toBe(0);
    const manifest = sha256sumCheck(releases);
    expect(manifest.status, manifest.stderr).toBe(0);
  });

  it("the released tables load with the loader to the data they were cut from", () => {
    expect(loadDataset(join(releases, "v1.0.0"), { released: true })).toEqual(loadDataset(dir));
  });

  it("the data version is the release while data/ equals it, and <release>+unreleased once data/ changes", () => {
    expect(dataVersion(dir)).toBe("1.0.0");
    const path = join(dir, "sources.csv");
    const before = readFileSync(path, "utf-8");
    writeFileSync(path, before.replace("浙江日报", "浙江日报社"));
    try {
      expect(dataVersion(dir)).toBe("1.0.0+unreleased");
    } finally {
      writeFileSync(path, before);
    }
  });

  it("refuses the same version, a smaller one, an earlier date, a malformed version", async () => {
    await expect(cut(dir, "1.0.0", "2025-07-02")).rejects.toThrow(/already been released/);
    await expect(cut(dir, "0.9.0", "2025-07-02")).rejects.toThrow(/not greater than the newest release, 1.0.0/);
    await expect(cut(dir, "1.0.1", "2025-06-30")).rejects.toThrow(/before the newest release's date/);
    await expect(cut(dir, "1.1", "2025-07-02")).rejects.toThrow(/MAJOR.MINOR.PATCH/);
    await expect(cut(dir, "1.0.1", "2025-02-30")).rejects.toThrow(/not a date/);
    expect(readdirSync(releases).sort()).toEqual(["SHA256SUMS", "releases.json", "v1.0.0"]);
  });

  it("refuses a patch that adds rows (that needs a minor version) and accepts the minor version", async () => {
    const places = join(dir, "places.csv");
    const before = readFileSync(places, "utf-8");
    appendFileSync(places, "testville,339999,city,测试市,Testville\n");
    try {
      await expect(cut(dir, "1.0.1", "2025-07-02")).rejects.toThrow(/patch step, but the changes need a minor step[\s\S]*1 rows added to places/);
      await cut(dir, "1.1.0", "2025-07-02");
      expect(checkReleases(releases)).toEqual([]);
      expect(dataVersion(dir)).toBe("1.1.0");
    } finally {
      writeFileSync(places, before);
    }
  });

  it("accepts a correction as a patch", async () => {
    // data/ is back to the 1.0.0 rows: one row fewer than 1.1.0 is a correction, not a schema break.
    await cut(dir, "1.1.1", "2025-07-03");
    expect(checkReleases(releases)).toEqual([]);
    expect(sha256sumCheck(releases).status).toBe(0);
  });

  it("asks for a major version when a column or table disappears or changes type", () => {
    const descriptor = (fields: { name: string; type: string }[], tables = ["t"]) =>
      new TextEncoder().encode(JSON.stringify({ resources: tables.map((name) => ({ name, path: `${name}.csv`, schema: { fields } })) }));
    const csv = new TextEncoder().encode("a\n1\n");
    const files = (d: Uint8Array) => new Map([["datapackage.json", d], ["t.csv", csv], ["u.csv", csv]]);
    const prev = (d: Uint8Array) => (p: string) => files(d).get(p)!;
    const ab = descriptor([{ name: "a", type: "string" }, { name: "b", type: "integer" }]);
    expect(requiredBump(prev(ab), files(descriptor([{ name: "a", type: "string" }]))).bump).toBe("major");
    expect(requiredBump(prev(ab), files(descriptor([{ name: "a", type: "string" }, { name: "b", type: "number" }]))).bump).toBe("major");
    expect(requiredBump(prev(ab), files(descriptor([{ name: "a", type: "string" }, { name: "b", type: "integer" }, { name: "c", type: "string" }]))).bump).toBe("minor");
    expect(requiredBump(prev(ab), files(descriptor([{ name: "a", type: "string" }, { name: "b", type: "integer" }], ["t", "u"]))).bump).toBe("minor");
    expect(requiredBump(prev(ab), files(ab)).bump).toBe("patch");
  });
});

describe("the release script (command line)", { timeout: 120_000 }, () => {
  it("cuts a release whose files are byte-identical to one cut by another run (deterministic)", async () => {
    const one = dataCopy("b1");
    const two = dataCopy("b2");
    const run = cli("1.0.0", "--date", "2025-07-01", "--zh", "测试。", "--en", "Test.", "--data-dir", one, "--out-dir", join(one, "releases"), "--no-citation");
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain("Released 1.0.0");
    await new Promise((r) => setTimeout(r, 1100)); // a later second: no timestamp may leak into the files
    await cut(two, "1.0.0", "2025-07-01");
    const a = join(one, "releases", "v1.0.0");
    const b = join(two, "releases", "v1.0.0");
    expect(listFiles(a)).toEqual(listFiles(b));
    for (const f of listFiles(a)) expect(sha256(readFileSync(join(a, f))), f).toBe(sha256(readFileSync(join(b, f))));
    expect(existsSync(join(one, "CITATION.cff"))).toBe(false);
  });

  it("refuses invalid data with the loader's located message, and writes nothing", () => {
    const bad = dataCopy("c");
    // Without earlier releases, so that the data (not the version number) is what gets refused.
    rmSync(join(bad, "releases"), { recursive: true, force: true });
    cpSync(join(process.cwd(), "tests/fixtures/bad-data/unit--observations.csv"), join(bad, "observations.csv"));
    const run = cli("1.0.0", "--date", "2025-07-01", "--zh", "测试。", "--en", "Test.", "--data-dir", bad, "--out-dir", join(bad, "releases"), "--no-citation");
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("Release refused");
    expect(run.stderr).toContain('[rule: unit]');
    expect(existsSync(join(bad, "releases"))).toBe(false);
  });

  it("answers a missing argument with its usage, and --check with the state of the releases", () => {
    expect(cli("1.0.0", "--date", "2025-07-01").status).toBe(2);
    const ok = cli("--check", "--out-dir", join(temp, "a", "releases"));
    expect(ok.status, ok.stderr).toBe(0);
  });
});

describe("immutability: the manifest check catches any change to a released file", { timeout: 120_000 }, () => {
  const source = join(temp, "a", "releases");
  const copy = (name: string) => {
    const dir = join(temp, name);
    cpSync(source, dir, { recursive: true });
    return dir;
  };

  it("passes on an untouched copy", () => {
    expect(checkReleases(copy("d0"))).toEqual([]);
  });

  it("fails when one record of a released CSV changes", () => {
    const dir = copy("d1");
    const path = join(dir, "v1.0.0", "observations.csv");
    writeFileSync(path, readFileSync(path, "utf-8").replace(',"μg/m³",', ',"mg/m³",'));
    expect(checkReleases(dir)).toContainEqual(expect.stringMatching(/^v1\.0\.0\/observations\.csv: its SHA-256 differs/));
    expect(sha256sumCheck(join(dir, "v1.0.0")).status).not.toBe(0);
  });

  it("fails even when the release's own SHA256SUMS is rewritten to match the change", () => {
    const dir = copy("d2");
    const folder = join(dir, "v1.0.0");
    const path = join(folder, "targets.csv");
    writeFileSync(path, readFileSync(path, "utf-8").replace("全面消除", "基本消除"));
    const files = listFiles(folder).filter((f) => f !== "SHA256SUMS");
    writeFileSync(join(folder, "SHA256SUMS"), formatSums(files.map((f) => ({ path: f, sha256: sha256(readFileSync(join(folder, f))) }))));
    const problems = checkReleases(dir);
    expect(problems).toContainEqual(expect.stringMatching(/^v1\.0\.0\/targets\.csv: its SHA-256 differs/));
    expect(problems).toContainEqual(expect.stringMatching(/^v1\.0\.0\/SHA256SUMS: its SHA-256 differs/));
  });

  it("fails when a released file is removed or a file is added to a release", () => {
    const removed = copy("d3");
    rmSync(join(removed, "v1.0.0", "places.json"));
    expect(checkReleases(removed)).toContainEqual(expect.stringMatching(/v1\.0\.0\/places\.json: listed in SHA256SUMS but missing/));
    const added = copy("d4");
    writeFileSync(join(added, "v1.0.0", "extra.csv"), "a\n1\n");
    expect(checkReleases(added)).toContainEqual(expect.stringMatching(/v1\.0\.0\/extra\.csv: not in SHA256SUMS/));
  });

  it("fails when releases.json is edited to rename or re-date a release", () => {
    const dir = copy("d5");
    const list = JSON.parse(readFileSync(join(dir, "releases.json"), "utf-8")) as { date: string }[];
    list[0]!.date = "2025-06-30";
    writeFileSync(join(dir, "releases.json"), JSON.stringify(list));
    expect(checkReleases(dir)).toContainEqual(expect.stringMatching(/datapackage\.json: created .* disagrees with the date 2025-06-30/));
  });
});
