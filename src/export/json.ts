/** JSON files: two-space indentation, keys in column order, a final line end. */
import { jsonRecord, type ExportTable, type Value } from "./fields.ts";

export const jsonText = (value: unknown) => JSON.stringify(value, null, 2) + "\n";

/** A table as a JSON array of records: lists as arrays, missing values as null, numbers as numbers. */
export const tableRecords = (table: ExportTable): Record<string, Value>[] => table.rows.map((row) => jsonRecord(table, row));

export const toJson = (table: ExportTable) => jsonText(tableRecords(table));
