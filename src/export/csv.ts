/**
 * The CSV dialect of every released file, one for all: UTF-8 without BOM, comma, LF line ends, a header
 * row, RFC 4180 quoting (a field is quoted only when it contains a comma, a double quote or a line
 * break; a double quote inside is doubled), and a line end after the last record.
 */
import { cellText, type ExportTable } from "./fields.ts";

export const CSV_DIALECT = {
  encoding: "utf-8",
  bom: false,
  delimiter: ",",
  lineTerminator: "\n",
  quoteChar: '"',
  doubleQuote: true,
  header: true,
} as const;

const NEEDS_QUOTES = /[",\r\n]/;
export const csvField = (text: string) => (NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

export function csvText(header: readonly string[], records: readonly (readonly string[])[]): string {
  return [header, ...records].map((cells) => cells.map(csvField).join(",")).join("\n") + "\n";
}

/** A table as CSV: the header is the column names, one record per row. */
export function toCsv(table: ExportTable): string {
  return csvText(
    table.fields.map((f) => f.name),
    table.rows.map((row) => table.fields.map((f) => cellText(row[f.name], `${table.def.name}.${f.name}`))),
  );
}
