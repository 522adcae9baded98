import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadDataset } from "../../src/data/load.ts";
import { DataValidationError, formatIssue } from "../../src/data/issue.ts";

const fixtures = join(import.meta.dirname, "../fixtures");
const good = join(fixtures, "good");
const dirs: string[] = [];

function datasetWith(replace: Record<string, Uint8Array | null>): string {
  const dir = mkdtempSync(join(tmpdir(), "zj-data-"));
  dirs.push(dir);
  cpSync(good, dir, { recursive: true });
  for (const [file, bytes] of Object.entries(replace)) {
    if (bytes === null) rmSync(join(dir, file));
    else writeFileSync(join(dir, file), bytes);
  }
  return dir;
}

function problems(dir: string): string[] {
  try {
    loadDataset(dir);
  } catch (e) {
    if (e instanceof DataValidationError) return e.issues.map((i) => formatIssue({ ...i, file: relative(dir, i.file) || i.file }));
    throw e;
  }
  return [];
}

afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe("loadDataset on the good fixture", () => {
  it("loads every table with typed values", () => {
    const data = loadDataset(good);
    expect(data.observations).toHaveLength(3);
    const pm = data.observations.find((o) => o.indicator_id === "pm25" && o.year === 2021);
    expect(pm).toMatchObject({ value: 24, unit: "μg/m³", corroborating_source_ids: [], flags: [], note: null });
    expect(data.targets.find((t) => t.id === "fyp14-t2-r2")).toMatchObject({ target_value: null, estimated: false });
  });

  it("reads a file saved by Excel (UTF-8 BOM, CRLF) exactly as the plain file", () => {
    const plain = readFileSync(join(good, "sources.csv"), "utf-8");
    const excel = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(plain.replaceAll("\n", "\r\n"), "utf-8")]);
    expect(loadDataset(datasetWith({ "sources.csv": excel })).sources).toEqual(loadDataset(good).sources);
  });

  it("fails when a table's file is missing", () => {
    expect(problems(datasetWith({ "series.csv": null }))).toContainEqual(
      expect.stringMatching(/series\.csv: the table "series" is missing.*\[rule: missing-file\]/),
    );
  });

  it("refuses a derived column typed into data/, and accepts it in a released table", () => {
    const csv = readFileSync(join(good, "indicators.csv"), "utf-8").split("\n");
    // A column name_ascii appended to every row (empty values): what a release carries, never data/.
    const withDerived = csv.map((line, i) => (line === "" ? line : `${line},${i === 0 ? "name_ascii" : ""}`)).join("\n");
    const dir = datasetWith({ "indicators.csv": new TextEncoder().encode(withDerived) });
    expect(problems(dir)).toContainEqual(expect.stringMatching(/indicators\.csv:1 column "name_ascii".*unknown column.*\[rule: header\]/));
    expect(loadDataset(dir, { released: true }).indicators).toEqual(loadDataset(good).indicators);
  });

  it("reports problems of several files together, not only the first", () => {
    const bad = (name: string) => readFileSync(join(fixtures, "bad-data", name));
    const found = problems(
      datasetWith({ "observations.csv": bad("unit--observations.csv"), "sources.csv": bad("url--sources.csv") }),
    );
    expect(found.some((m) => m.includes("[rule: unit]"))).toBe(true);
    expect(found.some((m) => m.includes("[rule: url]"))).toBe(true);
  });
});

/** Each bad-data fixture replaces one file of the good dataset; the expected message names where and why. */
const expected: Record<string, string> = {
  "empty-file--sources.csv": `sources.csv: the file is empty`,
  "encoding--sources.csv": `sources.csv: is not valid UTF-8`,
  "line-endings--observations.csv": `observations.csv: mixes CRLF and LF line endings`,
  "csv-syntax--observations.csv": `observations.csv:4: CSV syntax`,
  "header--observations.csv": `observations.csv:1 column "series_id" = "": required column "series_id" is missing`,
  "column-count--observations.csv": `observations.csv:3: has 13 cells but the header has 12 columns`,
  "required--observations.csv": `observations.csv:3 column "source_id" = "": must not be empty [rule: required]`,
  "number--observations.csv": `observations.csv:3 column "value" = "24μg": must be a plain number`,
  "integer--observations.csv": `observations.csv:3 column "year" = "2021.5": must be a whole number`,
  "enum--indicators.csv": `indicators.csv:2 column "direction" = "down": must be one of: higher, lower [rule: enum]`,
  "boolean--targets.csv": `targets.csv:2 column "estimated" = "no": must be true or false [rule: boolean]`,
  "id-format--indicators.csv": `indicators.csv:2 column "id" = "PM2.5": must be lower-case letters`,
  "date-format--sources.csv": `sources.csv:3 column "date" = "2022/06/18": must be a date written YYYY-MM-DD`,
  "url--sources.csv": `sources.csv:3 column "url" = "zjrb.zjol.com.cn/html/2022-06/18/content_3564407.htm?div=-1": must be an absolute http(s) URL [rule: url]`,
  "formula-injection--observations.csv": `observations.csv:3 column "note" = "=HYPERLINK(\\"http://example.com\\")": text must not begin with = + - or @`,
  "whitespace--sources.csv": `sources.csv:3 column "publisher" = " 浙江日报": has leading or trailing spaces [rule: whitespace]`,
  "line-break--observations.csv": `observations.csv:4 column "note" = "两行\\n备注": contains a line break`,
  "bilingual--observations.csv": `observations.csv:3 column "note_zh" = "": note is filled, so note_zh must be too (English pages show note, Chinese pages note_zh) [rule: bilingual]`,
  "unique--observations.csv": `observations.csv:5 column "year" = "pm25 / zhejiang / 2021 / pm25--main": duplicate observation (indicator, place, year, series); first seen on line 3 [rule: unique]`,
  "reference--observations.csv": `observations.csv:3 column "source_id" = "zjrb-2099-01-01": no sources record has the id "zjrb-2099-01-01" [rule: reference]`,
  "year-range--observations.csv": `observations.csv:4 column "year" = "2009": year must be between 2010 and 2035 [rule: year-range]`,
  "share-range--observations.csv": `observations.csv:4 column "value" = "161.17": "forest-cover" is a share: values must be between 0 and 100 [rule: share-range]`,
  "unit--observations.csv": `observations.csv:3 column "unit" = "%": the indicator "pm25" is measured in "μg/m³" [rule: unit]`,
  "series-indicator--observations.csv": `observations.csv:3 column "series_id" = "forest-cover--main": series belongs to indicator "forest-cover", not "pm25" [rule: series-indicator]`,
  "target-value--targets.csv": `targets.csv:2 column "target_value" = "35": a target assigned by the national government (国家下达指标) has no value in the plan`,
  "period--targets.csv": `targets.csv:3 column "target_year" = "2019": the target year must come after the baseline year [rule: period]`,
  "plan-overlap--plans.csv": `plans.csv:3 column "period_start" = "2025": the period overlaps plan "fyp14" (2021–2025); plans must follow one another [rule: plan-overlap]`,
  "former-path--plans.csv": `plans.csv:2 column "former_path" = "/old/scorecard/": must be one path segment between slashes, like /scorecard/ [rule: former-path]`,
  "later-target--later_targets.csv": `later_targets.csv:2 column "role" = "sets-value": the plan prints a value for "fyp14-t2-r12": a later document can only confirm it (role confirms)`,
  "value-text--later_targets.csv": `later_targets.csv:2 column "target_value_text" = "62.5": is not the same number as the value 61.5`,
  "baseline-agrees--targets.csv": `targets.csv:2 column "baseline_value" = "26": differs from the observation for 2020 in series "pm25--main" (25,`,
};

describe("bad-data fixtures: one per rule, each with its message", () => {
  const files = readdirSync(join(fixtures, "bad-data")).filter((f) => f.endsWith(".csv"));

  it("has an expected message for every fixture and a fixture for every expected message", () => {
    expect(files.sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(files)("%s", (name) => {
    const table = name.split("--")[1]!;
    const found = problems(datasetWith({ [table]: readFileSync(join(fixtures, "bad-data", name)) }));
    const rule = name.split("--")[0]!;
    expect(found.filter((m) => m.includes(`[rule: ${rule}]`)).length, found.join("\n")).toBeGreaterThan(0);
    expect(found.some((m) => m.includes(expected[name]!)), `expected "${expected[name]}" in:\n${found.join("\n")}`).toBe(true);
  });
});
