/**
 * The CSV dialect of every released file, one for all: UTF-8 without BOM, comma, LF line ends, a header
 * row, RFC 4180 quoting, and a line end after the last record. Every header name and every non-empty
 * text cell (string, date and list columns) is quoted, a double quote inside doubled; numbers, booleans
 * and empty (missing) cells are not. Quoting every text cell, not only those that need it, is what lets
 * dialect sniffers (Python's csv.Sniffer, hence csvkit) find the comma and the double quote: left to
 * guess from unquoted text, they picked a space and the apostrophe of a note such as '2021年 94.4%'.
 */
import { cellText, type ExportField, type ExportTable } from "./fields.ts";

export const CSV_DIALECT = {
  encoding: "utf-8",
  bom: false,
  delimiter: ",",
  lineTerminator: "\n",
  quoteChar: '"',
  doubleQuote: true,
  header: true,
} as const;

const quoted = (text: string) => `"${text.replaceAll('"', '""')}"`;
const NEEDS_QUOTES = /[",\r\n]/;
/** A cell of a non-text column: quoted only if it must be (it never must, for numbers and booleans). */
const bare = (text: string) => (NEEDS_QUOTES.test(text) ? quoted(text) : text);

/**
 * CSV text; `text[i]` says whether column i holds text (then every non-empty cell is quoted). The header
 * is always quoted.
 */
export function csvText(header: readonly string[], records: readonly (readonly string[])[], text: readonly boolean[]): string {
  const lines = [header.map(quoted).join(","), ...records.map((cells) => cells.map((c, i) => (c !== "" && text[i] ? quoted(c) : bare(c))).join(","))];
  return lines.join("\n") + "\n";
}

const TEXT_TYPES = new Set(["string", "date", "list"]);
/** Whether a field's cells are text (quoted) rather than numbers or booleans. */
export const isTextField = (f: ExportField) => TEXT_TYPES.has(f.doc.type);

/** A table as CSV: the header is the column names, one record per row. */
export function toCsv(table: ExportTable): string {
  return csvText(
    table.fields.map((f) => f.name),
    table.rows.map((row) => table.fields.map((f) => cellText(row[f.name], `${table.def.name}.${f.name}`))),
    table.fields.map(isTextField),
  );
}
