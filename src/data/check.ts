/**
 * `npm run data:check`: validates the tables in a data directory with the site's own loader and says what
 * is wrong in plain words, one problem per paragraph, for a contributor who has edited a CSV file.
 */
import { loadDataset, type Dataset } from "./load.ts";
import { DataValidationError, type DataIssue } from "./issue.ts";

export type CheckResult = { ok: true; rows: Record<keyof Dataset, number> } | { ok: false; issues: readonly DataIssue[] };

export function checkData(dir: string): CheckResult {
  try {
    const data = loadDataset(dir);
    return { ok: true, rows: Object.fromEntries(Object.entries(data).map(([name, rows]) => [name, rows.length])) as Record<keyof Dataset, number> };
  } catch (e) {
    if (e instanceof DataValidationError) return { ok: false, issues: e.issues };
    throw e;
  }
}

/** One problem in plain words: where (file, line, column), what was written there, what is wrong. */
export function describeIssue(issue: DataIssue): string {
  const where = [issue.file, issue.line > 0 ? `line ${issue.line}` : null, issue.column !== undefined ? `column "${issue.column}"` : null]
    .filter(Boolean)
    .join(", ");
  const written = issue.column === undefined ? "" : issue.value ? ` You wrote: ${JSON.stringify(issue.value)}.` : " The cell is empty.";
  const message = issue.message.charAt(0).toUpperCase() + issue.message.slice(1);
  return `${where}:${written}\n  ${message}. (rule: ${issue.rule})`;
}

export function report(result: CheckResult): string {
  if (result.ok) {
    const total = Object.values(result.rows).reduce((a, b) => a + b, 0);
    return `The data are valid: ${total} rows in ${Object.keys(result.rows).length} tables (${Object.entries(result.rows).map(([t, n]) => `${t} ${n}`).join(", ")}).`;
  }
  const n = result.issues.length;
  // A row with a bad cell is left out, so rows referring to it are reported too: fixing the first problem
  // of a row often clears the ones after it.
  const header = `Found ${n} problem${n === 1 ? "" : "s"}. Fix ${n === 1 ? "it" : "each"} in the file and line named, then run npm run data:check again. A row with a bad cell is left out, so other rows that refer to it may be reported too.`;
  return [header, ...result.issues.map(describeIssue)].join("\n\n");
}
