/**
 * Build-time guard: the data must still quote the plan verbatim. Reads the plan source (through the
 * importer, src/plan/build.ts) and the CSV files (for line numbers), then applies the pure checks of
 * src/plan/quotes.ts. Call {@link assertPlanQuotes} after loading the dataset so that the build fails
 * if a quote_zh, name_zh or description_zh is no longer found in its paragraph.
 */
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { buildPlan } from "../plan/build.ts";
import { parseErrata } from "../plan/errata.ts";
import { findQuoteProblems, planText, type PlanText, type QuotedTable, type RecordLocator } from "../plan/quotes.ts";
import { tables } from "../schema/tables.ts";
import { decodeCsv } from "./csv.ts";
import { DataValidationError, type DataIssue } from "./issue.ts";
import type { Dataset } from "./load.ts";

/** content/plan-source/, resolved like DATA_DIR (src/data/dataset.ts) from the working directory. */
export const PLAN_SOURCE_DIR = join(process.cwd(), "content", "plan-source");

/** The plan's anchored text, as the importer parses it from the source text and errata. */
export function readPlanText(sourceDir: string = PLAN_SOURCE_DIR): PlanText {
  const source = readFileSync(join(sourceDir, "zj-eco-14fyp.zh.txt"), "utf8");
  const errata = parseErrata(JSON.parse(readFileSync(join(sourceDir, "errata.json"), "utf8")) as unknown);
  return planText(buildPlan(source, errata).document);
}

/** Locates records by id by re-reading the table's CSV file (file named as the loader names it). */
export function csvLocator(dataDir: string): RecordLocator {
  const lines = new Map<QuotedTable, { file: string; byId: Map<string, number> }>();
  return (table, id) => {
    let entry = lines.get(table);
    if (entry === undefined) {
      const def = tables.find((t) => t.name === table);
      if (def === undefined) throw new Error(`unknown table ${table}`);
      const path = join(dataDir, def.file);
      const file = relative(process.cwd(), path) || path;
      const byId = new Map<string, number>();
      for (const row of decodeCsv(file, readFileSync(path)).table?.rows ?? []) {
        const rowId = row.cells["id"];
        if (rowId !== undefined && !byId.has(rowId)) byId.set(rowId, row.line);
      }
      entry = { file, byId };
      lines.set(table, entry);
    }
    return { file: entry.file, line: entry.byId.get(id) ?? 0 };
  };
}

/** Every quotation problem of a loaded dataset (empty when all quotes are verbatim). */
export function planQuoteIssues(data: Dataset, dataDir: string, sourceDir: string = PLAN_SOURCE_DIR): DataIssue[] {
  return findQuoteProblems(readPlanText(sourceDir), data.targets, data.projects, csvLocator(dataDir));
}

/** Throws a DataValidationError listing every quotation problem, so that the site build fails. */
export function assertPlanQuotes(data: Dataset, dataDir: string, sourceDir: string = PLAN_SOURCE_DIR): void {
  const issues = planQuoteIssues(data, dataDir, sourceDir);
  if (issues.length > 0) throw new DataValidationError(issues);
}
