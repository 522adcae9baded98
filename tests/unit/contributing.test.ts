/**
 * CONTRIBUTING.md's template and worked example, checked with the same loader as the site: the template's
 * columns are the schema's, the template filled with a fixture value validates (and unfilled it does not),
 * and the worked example is a real row of data/, not an invented one.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Papa from "papaparse";
import { afterEach, describe, expect, it } from "vitest";
import { checkData, describeIssue, report } from "../../src/data/check.ts";
import { observationsTable } from "../../src/schema/observations.ts";
import { sourcesTable } from "../../src/schema/sources.ts";
import { templateRow } from "../../src/data/contributionTemplate.ts";

const root = join(import.meta.dirname, "../..");
const guide = readFileSync(join(root, "CONTRIBUTING.md"), "utf-8");
const good = join(root, "tests/fixtures/good");
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** The CSV block that follows `<!-- kind: file -->` in CONTRIBUTING.md. */
function block(kind: "template" | "example", file: string): string[] {
  const marker = `<!-- ${kind}: ${file} -->\n\`\`\`csv\n`;
  const start = guide.indexOf(marker);
  expect(start, `${kind} for ${file} in CONTRIBUTING.md`).toBeGreaterThan(-1);
  const body = guide.slice(start + marker.length, guide.indexOf("\n```", start + marker.length));
  return body.split("\n");
}

const csvCell = (v: string) => (/[",]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const fill = (row: string, values: Record<string, string>) =>
  row.replace(/\{([a-z_]+)\}/g, (_, name: string) => {
    expect(values, `a fixture value for {${name}}`).toHaveProperty(name);
    return csvCell(values[name]!);
  });

/** A copy of the good fixture with rows appended to observations.csv and sources.csv. */
function fixtureWith(observation: string, source: string): string {
  const dir = mkdtempSync(join(tmpdir(), "zj-contrib-"));
  dirs.push(dir);
  cpSync(good, dir, { recursive: true });
  for (const [file, row] of [["observations.csv", observation], ["sources.csv", source]] as const) {
    const text = readFileSync(join(dir, file), "utf-8");
    writeFileSync(join(dir, file), `${text.endsWith("\n") ? text : `${text}\n`}${row}\n`);
  }
  return dir;
}

// A value for the fixture dataset (tests/fixtures/good has PM2.5 for 2020 and 2021 only), not real data.
const observationValues = {
  indicator_id: "pm25", place_id: "zhejiang", year: "2022", value: "24.0", value_text: "24.0", unit: "μg/m³",
  series_id: "pm25--main", source_id: "fixture-bulletin", note: "Fixture value, comma included.", note_zh: "测试用数值，含逗号。",
};
const sourceValues = {
  id: "fixture-bulletin", publisher: "浙江省生态环境厅", publisher_en: "Department of Ecology and Environment of Zhejiang Province",
  title: "测试用公报", title_en: "Test bulletin", date: "2023-06", url: "https://example.org/fixture-bulletin", access: "reprint",
  kind: "environment-bulletin", note: "Fixture source, not real.", note_zh: "测试用来源，非真实出版物。",
};

describe("CONTRIBUTING.md", () => {
  it("has templates whose header is exactly each table's columns, and the same rows the site offers under evidence gaps", () => {
    expect(block("template", "observations.csv")[0]!.split(",")).toEqual(Object.keys(observationsTable.schema.shape));
    expect(block("template", "sources.csv")[0]!.split(",")).toEqual(Object.keys(sourcesTable.schema.shape));
    expect(block("template", "observations.csv")[1]).toBe(templateRow(observationsTable));
    expect(block("template", "sources.csv")[1]).toBe(templateRow(sourcesTable));
  });

  it("has templates that validate once filled with a fixture value", () => {
    const dir = fixtureWith(fill(block("template", "observations.csv")[1]!, observationValues), fill(block("template", "sources.csv")[1]!, sourceValues));
    const result = checkData(dir);
    expect(result.ok, result.ok ? "" : report(result)).toBe(true);
    if (result.ok) expect([result.rows.observations, result.rows.sources]).toEqual([4, 4]);
  });

  it("has templates that fail, on the appended lines, when left unfilled", () => {
    const dir = fixtureWith(block("template", "observations.csv")[1]!, block("template", "sources.csv")[1]!);
    const result = checkData(dir);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      const where = result.issues.map((i) => `${i.file.split(/[\\/]/).at(-1)}:${i.line}:${i.column}`);
      expect(where).toContain("observations.csv:5:indicator_id");
      expect(where).toContain("sources.csv:5:id");
      expect(describeIssue(result.issues[0]!)).toMatch(/line 5, column ".+": You wrote: "\{.+\}"/);
    }
  });

  it("has a worked example that is a real row of data/, with its source", () => {
    const [observation] = block("example", "observations.csv");
    const [source] = block("example", "sources.csv");
    expect(readFileSync(join(root, "data/observations.csv"), "utf-8").split("\n")).toContain(observation);
    expect(readFileSync(join(root, "data/sources.csv"), "utf-8").split("\n")).toContain(source);
    const cells = (line: string) => Papa.parse<string[]>(line).data[0]!;
    expect(cells(observation!)[7]).toBe(cells(source!)[0]);
  });
});
