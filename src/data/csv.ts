/**
 * Decoding of the project's CSV files. Files edited in Excel come back with a UTF-8 BOM and CRLF line
 * ends (read correctly) or in a legacy code page such as GBK (refused: silently misread Chinese would
 * be worse than no build).
 */
import Papa from "papaparse";
import type { DataIssue } from "./issue.ts";

export interface CsvTable {
  header: string[];
  /** Rows as objects keyed by header, with the 1-based line each starts on. */
  rows: { line: number; cells: Record<string, string> }[];
}

const BOM = [0xef, 0xbb, 0xbf];

export function decodeCsv(file: string, bytes: Uint8Array): { table?: CsvTable; issues: DataIssue[] } {
  const issues: DataIssue[] = [];
  const whole = (rule: string, message: string) => ({ issues: [{ file, line: 0, rule, message }] });

  if (bytes.length === 0) return whole("empty-file", "the file is empty: it needs at least a header row and one record");
  const hasBom = BOM.every((b, i) => bytes[i] === b);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(hasBom ? bytes.subarray(3) : bytes);
  } catch {
    return whole(
      "encoding",
      "is not valid UTF-8 (perhaps saved by Excel as GBK/ANSI); save it as “CSV UTF-8 (逗号分隔)”",
    );
  }
  const crlf = (text.match(/\r\n/g) ?? []).length;
  const lf = (text.match(/\n/g) ?? []).length;
  if (crlf > 0 && crlf !== lf) return whole("line-endings", "mixes CRLF and LF line endings; save it with one kind");
  if (/\r(?!\n)/.test(text)) return whole("line-endings", "contains a bare CR line ending (old Mac format); use LF or CRLF");
  const newline = crlf > 0 ? "\r\n" : "\n";
  if (text.endsWith(newline)) text = text.slice(0, -newline.length);

  const parsed = Papa.parse<string[]>(text, { newline, delimiter: ",", quoteChar: '"', skipEmptyLines: false });
  for (const error of parsed.errors) {
    issues.push({ file, line: (error.row ?? 0) + 1, rule: "csv-syntax", message: `CSV syntax: ${error.message}` });
  }
  const [header, ...records] = parsed.data;
  if (!header || header.every((h) => h === "")) return whole("empty-file", "has no header row");
  if (records.length === 0) return whole("empty-file", "has a header but no records");

  const seen = new Set<string>();
  for (const name of header) {
    if (seen.has(name)) issues.push({ file, line: 1, column: name, value: name, rule: "header", message: "column appears twice" });
    seen.add(name);
  }
  // Records may not contain line breaks (the field rules refuse them), so record i starts on line i + 2.
  const rows = records.map((cells, index) => {
    const line = index + 2;
    if (cells.length !== header.length) {
      issues.push({
        file,
        line,
        rule: "column-count",
        message: `has ${cells.length} cells but the header has ${header.length} columns`,
        value: cells.join(","),
      });
    }
    return { line, cells: Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ""])) };
  });
  return { table: { header, rows }, issues };
}
