/** A problem found in a data file, located precisely enough for a person to fix it. */
export interface DataIssue {
  file: string;
  /** 1-based line in the file; 0 when the problem concerns the whole file. */
  line: number;
  column?: string;
  value?: string;
  rule: string;
  message: string;
}

export function formatIssue(issue: DataIssue): string {
  const where = issue.line > 0 ? `${issue.file}:${issue.line}` : issue.file;
  const cell = issue.column === undefined ? "" : ` column "${issue.column}" = ${JSON.stringify(issue.value ?? "")}`;
  return `${where}${cell}: ${issue.message} [rule: ${issue.rule}]`;
}

export class DataValidationError extends Error {
  readonly issues: readonly DataIssue[];
  constructor(issues: readonly DataIssue[]) {
    super(
      `The data in data/ has ${issues.length} problem${issues.length === 1 ? "" : "s"}; nothing was built:\n` +
        issues.map((i) => `  ${formatIssue(i)}`).join("\n"),
    );
    this.name = "DataValidationError";
    this.issues = issues;
  }
}
