/** No cell of any output begins with = + - or @ unless it is a number (spreadsheets would run it as a formula). */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { isFormulaLike } from "../../src/export/fields.ts";
import { toCsv } from "../../src/export/csv.ts";
import { exportTable } from "../../src/export/fields.ts";
import { sourcesTable } from "../../src/schema/sources.ts";
import { parseCsv, release, utf8 } from "./export-support.ts";

const { data, files } = await release();
const FORMULA = /^[=+\-@]/;
const NUMBER = /^-?\d+(\.\d+)?$/;
const dangerous = (s: string) => FORMULA.test(s) && !NUMBER.test(s);

function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === "object") for (const v of Object.values(value)) strings(v, out);
  return out;
}

describe("formula-leading cells", () => {
  it("the test's notion of danger: = + - @ first, unless a number", () => {
    for (const s of ["=1+1", "+86 571", "-x", "@SUM(A1)", "=HYPERLINK(\"http://x\")", "-"]) expect(dangerous(s) && isFormulaLike(s), s).toBe(true);
    for (const s of ["-3.5", "-12", "0", "a=b", "", "浙江"]) expect(dangerous(s) || isFormulaLike(s), s).toBe(false);
  });

  it("no CSV cell of the release (tables and per-indicator files) begins with one", () => {
    for (const path of [...files.keys()].filter((p) => p.endsWith(".csv"))) {
      const csv = parseCsv(files.get(path)!, path);
      for (const cell of [...csv.header, ...csv.rows.flat()]) expect(dangerous(cell), `${path}: ${cell}`).toBe(false);
    }
  });

  it("no string in any JSON file begins with one", () => {
    for (const path of [...files.keys()].filter((p) => p.endsWith(".json"))) {
      for (const s of strings(JSON.parse(utf8(files.get(path)!)))) expect(dangerous(s), `${path}: ${s}`).toBe(false);
    }
  });

  it("no cell of any sheet of the workbook (README included) begins with one or holds a formula", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(files.get("zj-eco-tracker.xlsx")!) as unknown as ArrayBuffer);
    let cells = 0;
    for (const sheet of wb.worksheets) {
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          cells++;
          expect(cell.type, `${sheet.name}!${cell.address}`).not.toBe(ExcelJS.ValueType.Formula);
          if (typeof cell.value === "string") expect(dangerous(cell.value), `${sheet.name}!${cell.address}: ${cell.value}`).toBe(false);
        }),
      );
    }
    expect(cells).toBeGreaterThan(1000);
  });

  it("the writers refuse such a value instead of writing it", () => {
    const bad = { ...data.sources[0]!, note: "=HYPERLINK(\"http://evil\")" };
    expect(() => toCsv(exportTable(sourcesTable, [bad]))).toThrow(/refusing to write a cell beginning with/);
  });
});
