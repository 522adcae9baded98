/** The workbook read back with exceljs equals the CSV files; numbers are numbers; its bytes are deterministic. */
import ExcelJS from "exceljs";
import { afterEach, describe, expect, it, vi } from "vitest";
import { exportDefs, exportTables } from "../../src/export/tables.ts";
import { fieldsOf } from "../../src/export/fields.ts";
import { toXlsx } from "../../src/export/xlsx.ts";
import { parseCsv, release } from "./export-support.ts";

const { site, files } = await release();
const wb = new ExcelJS.Workbook();
await wb.xlsx.load(Buffer.from(files.get("zj-eco-tracker.xlsx")!) as unknown as ArrayBuffer);

/** A cell as the CSV writes it. */
function asCsv(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (typeof value === "string") return value;
  throw new Error(`unexpected cell ${JSON.stringify(value)}`);
}

describe("XLSX", () => {
  it("leaves missing values and empty lists blank: no cell holds an empty string", () => {
    for (const def of exportDefs) {
      wb.getWorksheet(def.name)!.eachRow((row, r) => row.eachCell((cell, c) => expect(cell.value, `${def.name} R${r}C${c}`).not.toBe("")));
    }
    // The check can fail: observations has rows with no corroborating source, and their cells must be null.
    const sheet = wb.getWorksheet("observations")!;
    const col = fieldsOf(exportDefs.find((d) => d.name === "observations")!).findIndex((f) => f.name === "corroborating_source_ids") + 1;
    const empties = site.data.observations.flatMap((o, i) => (o.corroborating_source_ids.length === 0 ? [i + 2] : []));
    expect(empties.length).toBeGreaterThan(0);
    for (const r of empties) expect(sheet.getRow(r).getCell(col).value, `row ${r}`).toBeNull();
  });

  it("has a README sheet first, then one sheet per table", () => {
    expect(wb.worksheets.map((s) => s.name)).toEqual(["README", ...exportDefs.map((d) => d.name)]);
    const readme = wb.getWorksheet("README")!;
    const texts = readme.getSheetValues().flat().filter((v) => typeof v === "string") as string[];
    expect(texts.some((t) => t.includes("CC BY 4.0") || t.includes("Creative Commons Attribution 4.0"))).toBe(true);
    for (const def of exportDefs) for (const f of fieldsOf(def)) expect(texts, `${def.name}.${f.name} documented`).toContain(f.doc.en);
  });

  for (const def of exportDefs) {
    it(`sheet ${def.name} equals ${def.file}, cell by cell, with numbers stored as numbers`, () => {
      const sheet = wb.getWorksheet(def.name)!;
      const csv = parseCsv(files.get(def.file)!);
      const fields = fieldsOf(def);
      const width = csv.header.length;
      const rows: string[][] = [];
      sheet.eachRow({ includeEmpty: true }, (row) => {
        rows.push(Array.from({ length: width }, (_, i) => asCsv(row.getCell(i + 1).value)));
        fields.forEach((f, i) => {
          const v = row.getCell(i + 1).value;
          if (row.number > 1 && v !== null && v !== undefined && (f.doc.type === "number" || f.doc.type === "integer")) {
            expect(typeof v, `${def.name}!${row.getCell(i + 1).address}`).toBe("number");
          }
          if (row.number > 1 && (f.doc.type === "string" || f.doc.type === "date" || f.doc.type === "list") && v !== null && v !== undefined) {
            expect(typeof v, `${def.name}!${row.getCell(i + 1).address}`).toBe("string");
          }
        });
      });
      expect(rows).toEqual([csv.header, ...csv.rows]);
    });
  }
});

describe("XLSX bytes", () => {
  afterEach(() => vi.useRealTimers());
  it("do not depend on when the workbook is written", async () => {
    const tables = exportTables(site);
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2030-01-02T03:04:05Z"));
    const a = await toXlsx(tables, [["a", 1]], { title: "t", date: "2025-07-01", creator: "c" });
    vi.setSystemTime(new Date("2031-06-07T08:09:10Z"));
    const b = await toXlsx(tables, [["a", 1]], { title: "t", date: "2025-07-01", creator: "c" });
    expect(Buffer.compare(Buffer.from(a), Buffer.from(b))).toBe(0);
  });
});
