/**
 * Published precision: a figure printed "92.10" or "89.0" stays "92.10" and "89.0" in every released
 * format (the numeric `value` cannot keep trailing zeros; `value_text` and `target_value_text` do).
 * The figures are real rows of data/: 丽水 public satisfaction 2025 = 92.10 (凤凰网浙江), 宁波
 * good-air days 2022 = 89.0 (2022年宁波市生态环境状况公报), NOx key-project reduction 5.50 万吨
 * (浙政发〔2022〕21号).
 */
import ExcelJS from "exceljs";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadDataset } from "../../src/data/load.ts";
import { tables } from "../../src/schema/tables.ts";
import { parseCsv, recordsOf, release, utf8 } from "./export-support.ts";

const { files } = await release();
const wb = new ExcelJS.Workbook();
await wb.xlsx.load(Buffer.from(files.get("zj-eco-tracker.xlsx")!) as unknown as ArrayBuffer);

const cases = [
  { table: "observations", key: { indicator_id: "public-satisfaction", place_id: "lishui", year: "2025" }, column: "value_text", text: "92.10", number: 92.1 },
  { table: "observations", key: { indicator_id: "air-good-days", place_id: "ningbo", year: "2022" }, column: "value_text", text: "89.0", number: 89 },
  { table: "later_targets", key: { target_id: "fyp14-t2-r7-nox" }, column: "target_value_text", text: "5.50", number: 5.5 },
] as const;
const numberColumn = (column: string) => column.replace(/_text$/, "");
const matches = (row: Record<string, unknown>, key: Record<string, string>) => Object.entries(key).every(([k, v]) => String(row[k]) === v);

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe.each(cases)("$table $column $text", ({ table, key, column, text, number }) => {
  it("CSV: the text column keeps the published form; the number column is the same number", () => {
    const rows = recordsOf(parseCsv(files.get(`${table}.csv`)!)).filter((r) => matches(r, key));
    expect(rows).toHaveLength(1);
    expect(rows[0]![column]).toBe(text);
    expect(Number(rows[0]![numberColumn(column)])).toBe(number);
  });

  it("JSON: the text column is a string with the trailing zero; the number column is a number", () => {
    const rows = (JSON.parse(utf8(files.get(`${table}.json`)!)) as Record<string, unknown>[]).filter((r) => matches(r, key));
    expect(rows).toHaveLength(1);
    expect(rows[0]![column]).toBe(text);
    expect(rows[0]![numberColumn(column)]).toBe(number);
  });

  it("XLSX: the text cell is a text cell with the trailing zero", () => {
    const sheet = wb.getWorksheet(table)!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
    const found: unknown[] = [];
    sheet.eachRow((row, n) => {
      if (n === 1) return;
      const record = Object.fromEntries(header.map((h, i) => [h, row.getCell(i + 1).value]));
      if (matches(record, key)) found.push(record[column]);
    });
    expect(found).toEqual([text]);
  });
});

describe("round trip through the loader", () => {
  it("a released table read back through its schema keeps the published form", () => {
    const dir = mkdtempSync(join(tmpdir(), "zj-precision-"));
    dirs.push(dir);
    for (const def of tables) writeFileSync(join(dir, def.file), files.get(def.file)!);
    const data = loadDataset(dir, { released: true });
    const lishui = data.observations.find((o) => o.indicator_id === "public-satisfaction" && o.place_id === "lishui" && o.year === 2025);
    expect(lishui).toMatchObject({ value: 92.1, value_text: "92.10" });
    expect(data.later_targets.find((l) => l.target_id === "fyp14-t2-r7-nox")).toMatchObject({ target_value: 5.5, target_value_text: "5.50" });
  });
});
