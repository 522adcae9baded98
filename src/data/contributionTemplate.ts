/**
 * The ready-to-fill CSV rows a contributor sends for a missing figure: every column of the table, with
 * `{column}` where something must be written and the optional list/date-note columns left empty. The same
 * rows appear in CONTRIBUTING.md (a test keeps them equal) and, prefilled, under each evidence gap.
 */
import type { TableDef } from "../schema/table.ts";

/** Columns a contributor usually leaves empty (lists and notes on a document number or date). */
const usuallyEmpty = new Set(["corroborating_source_ids", "flags", "document_number", "date_note", "date_note_zh"]);

const csvCell = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

export const templateHeader = (table: TableDef) => Object.keys(table.schema.shape).join(",");

export function templateRow(table: TableDef, prefill: Readonly<Record<string, string>> = {}): string {
  return Object.keys(table.schema.shape)
    .map((column) => (column in prefill ? csvCell(prefill[column]!) : usuallyEmpty.has(column) ? "" : `{${column}}`))
    .join(",");
}
