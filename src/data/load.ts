/**
 * The one loader: reads every table in data/ through its schema, then cross-checks the tables against
 * each other. All problems are collected and reported together; any problem fails the load.
 */
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { z } from "zod";
import { tables } from "../schema/tables.ts";
import type { Indicator, LaterTarget, Observation, Place, Plan, Project, Series, Source, Target } from "../schema/tables.ts";
import { decodeCsv } from "./csv.ts";
import { DataValidationError, type DataIssue } from "./issue.ts";
import { crossCheck } from "./rules.ts";
import { derivedColumns } from "../export/derived.ts";

export interface Dataset {
  places: readonly Place[];
  sources: readonly Source[];
  plans: readonly Plan[];
  indicators: readonly Indicator[];
  series: readonly Series[];
  targets: readonly Target[];
  later_targets: readonly LaterTarget[];
  observations: readonly Observation[];
  projects: readonly Project[];
}

export type TableName = keyof Dataset;

/** Where each record came from, so that cross-table rules can point at a file and line. */
export type Locator = (record: object) => { file: string; line: number };

function readTable(dir: string, def: (typeof tables)[number], issues: DataIssue[], lines: WeakMap<object, { file: string; line: number }>, released: boolean) {
  const path = join(dir, def.file);
  const file = relative(process.cwd(), path) || path;
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch {
    issues.push({ file, line: 0, rule: "missing-file", message: `the table "${def.name}" is missing: expected the file ${file}` });
    return [];
  }
  const decoded = decodeCsv(file, bytes);
  issues.push(...decoded.issues);
  if (!decoded.table) return [];

  const expected = Object.keys(def.schema.shape);
  const { header } = decoded.table;
  const missing = expected.filter((c) => !header.includes(c));
  // A released table also carries derived columns (src/export/derived.ts): accepted there, and not read,
  // since they follow from the other columns. In data/ they are unknown columns: nobody types them.
  const derived = released ? derivedColumns(def.name).map((d) => d.name) : [];
  const unknown = header.filter((c) => !expected.includes(c) && !derived.includes(c));
  for (const c of missing) issues.push({ file, line: 1, column: c, value: "", rule: "header", message: `required column "${c}" is missing` });
  for (const c of unknown) issues.push({ file, line: 1, column: c, value: c, rule: "header", message: `unknown column (expected: ${expected.join(", ")})` });
  if (missing.length > 0) return [];

  const records: object[] = [];
  for (const row of decoded.table.rows) {
    const result = (def.schema as z.ZodType).safeParse(row.cells);
    if (result.success) {
      const record = Object.freeze(result.data as object);
      lines.set(record, { file, line: row.line });
      records.push(record);
      continue;
    }
    for (const problem of result.error.issues) {
      const column = String(problem.path[0] ?? "");
      const rule = problem.code === "custom" ? String((problem as { params?: { rule?: string } }).params?.rule ?? "custom") : problem.code;
      issues.push({ file, line: row.line, column, value: row.cells[column] ?? "", rule, message: problem.message });
    }
  }
  return records;
}

/**
 * Loads and validates the whole dataset, or throws a DataValidationError listing every problem.
 * `released`: the folder holds a release's (or the working copy's) tables, which carry derived columns.
 */
export function loadDataset(dir: string, { released = false }: { released?: boolean } = {}): Dataset {
  const issues: DataIssue[] = [];
  const lines = new WeakMap<object, { file: string; line: number }>();
  const loaded = Object.fromEntries(tables.map((def) => [def.name, readTable(dir, def, issues, lines, released)])) as unknown as Dataset;
  const locate: Locator = (record) => lines.get(record) ?? { file: "(unknown)", line: 0 };
  issues.push(...crossCheck(loaded, locate));
  if (issues.length > 0) throw new DataValidationError(issues);
  return Object.freeze(loaded);
}
