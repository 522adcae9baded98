/**
 * The workbook: a README sheet, then one sheet per table with the same header and cells as its CSV.
 * Numbers are stored as numbers and booleans as booleans; lists are `;`-joined text (an empty list is a
 * blank cell, like a missing value, not an empty string); every other value is text (so a year-only date such as 2021 stays the text "2021"). The bytes are deterministic: the
 * document dates are the release date and the ZIP container is rewritten with a fixed timestamp.
 */
import ExcelJS from "exceljs";
import { unzipSync, zipSync, type Zippable } from "fflate";
import { cellText, jsonValue, type ExportTable } from "./fields.ts";
import { zipTime } from "./zip.ts";

/** Rows of the README sheet: each an array of cells (text or numbers). */
export type SheetRows = readonly (readonly (string | number)[])[];

const HEADER_FONT = { bold: true } as const;

/** A cell's value; a missing value and an empty list are a blank cell, never an empty string. */
function cellValue(value: unknown, where: string): string | number | boolean | null {
  const v = jsonValue(value, where);
  if (v === null || typeof v === "number" || typeof v === "boolean") return v;
  const text = cellText(v, where);
  return text === "" ? null : text;
}

const width = (texts: readonly string[]) => Math.min(60, Math.max(6, ...texts.map((t) => [...t].reduce((n, ch) => n + (/[\u2E80-\uFFFF]/.test(ch) ? 2 : 1), 0)))) + 2;

export async function toXlsx(tables: readonly ExportTable[], readme: SheetRows, meta: { title: string; date: string | null; creator: string }): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const when = meta.date ? new Date(`${meta.date}T00:00:00Z`) : new Date(Date.UTC(1980, 0, 1));
  wb.creator = meta.creator;
  wb.lastModifiedBy = meta.creator;
  wb.title = meta.title;
  wb.created = when;
  wb.modified = when;

  const about = wb.addWorksheet("README");
  for (const row of readme) about.addRow([...row]);
  about.getColumn(1).width = 24;
  about.getColumn(2).width = 90;
  about.getRow(1).font = HEADER_FONT;

  for (const table of tables) {
    const sheet = wb.addWorksheet(table.def.name, { views: [{ state: "frozen", ySplit: 1 }] });
    const names = table.fields.map((f) => f.name);
    sheet.addRow(names).font = HEADER_FONT;
    for (const row of table.rows) {
      sheet.addRow(table.fields.map((f) => cellValue(row[f.name], `${table.def.name}.${f.name}`)));
    }
    table.fields.forEach((f, i) => {
      sheet.getColumn(i + 1).width = width([f.name, ...table.rows.slice(0, 200).map((r) => cellText(r[f.name]))]);
    });
    if (table.rows.length > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: names.length } };
  }

  const written = new Uint8Array(await wb.xlsx.writeBuffer());
  // exceljs stamps each ZIP entry with the current time; rewrite the container with a fixed one.
  const entries = unzipSync(written);
  const fixed: Zippable = {};
  for (const [name, bytes] of Object.entries(entries)) fixed[name] = [bytes, { level: 6, mtime: zipTime(meta.date) }];
  return zipSync(fixed);
}
