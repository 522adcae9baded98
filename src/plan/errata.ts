/**
 * Reviewed errata: judgement-call repairs of the source text, each pinned to a line.
 *
 * An erratum replaces the exact substring `original` on 1-based source line `line` with
 * `replacement`. Application fails (throws {@link ErrataError}) unless `original` occurs exactly
 * once on that line at the moment it is applied, so a changed source file can never be silently
 * mis-repaired. Errata on the same line apply in list order.
 */

export interface Erratum {
  readonly id: string;
  readonly line: number;
  readonly original: string;
  readonly replacement: string;
  readonly reason: string;
}

export interface AppliedErratum {
  readonly id: string;
  readonly line: number;
  readonly before: string;
  readonly after: string;
}

export class ErrataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ErrataError";
  }
}

const ID = /^E\d{2,}$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Validate the shape of a parsed errata.json (an array of errata with unique ids). */
export function parseErrata(value: unknown): Erratum[] {
  if (!Array.isArray(value)) throw new ErrataError("errata: expected a JSON array of errata");
  const seen = new Set<string>();
  return value.map((entry: unknown, index): Erratum => {
    const where = `errata[${index}]`;
    if (!isRecord(entry)) throw new ErrataError(`${where}: expected an object`);
    const keys = Object.keys(entry).sort().join(",");
    if (keys !== "id,line,original,reason,replacement") {
      throw new ErrataError(`${where}: expected exactly the keys id, line, original, replacement, reason (got ${keys})`);
    }
    const { id, line, original, replacement, reason } = entry;
    if (typeof id !== "string" || !ID.test(id)) throw new ErrataError(`${where}: id must look like "E01"`);
    if (seen.has(id)) throw new ErrataError(`${where}: duplicate id ${id}`);
    seen.add(id);
    if (typeof line !== "number" || !Number.isInteger(line) || line < 1) {
      throw new ErrataError(`${id}: line must be a positive integer`);
    }
    if (typeof original !== "string" || original === "") throw new ErrataError(`${id}: original must be a non-empty string`);
    if (typeof replacement !== "string") throw new ErrataError(`${id}: replacement must be a string`);
    if (replacement === original) throw new ErrataError(`${id}: replacement equals original`);
    if (typeof reason !== "string" || reason.trim() === "") throw new ErrataError(`${id}: reason must be given`);
    return { id, line, original, replacement, reason };
  });
}

function occurrences(haystack: string, needle: string): number {
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) count += 1;
  return count;
}

/** Apply errata to the source lines (index 0 = line 1). Returns new lines; input is not modified. */
export function applyErrata(
  lines: readonly string[],
  errata: readonly Erratum[],
): { lines: string[]; applied: AppliedErratum[] } {
  const out = [...lines];
  const applied: AppliedErratum[] = [];
  for (const erratum of errata) {
    const current = out[erratum.line - 1];
    if (current === undefined) {
      throw new ErrataError(`${erratum.id}: line ${erratum.line} does not exist (source has ${out.length} lines)`);
    }
    const count = occurrences(current, erratum.original);
    if (count !== 1) {
      throw new ErrataError(
        `${erratum.id}: expected ${JSON.stringify(erratum.original)} exactly once on line ${erratum.line}, found ${count} ` +
          `times; the source has changed or the erratum is wrong. Line ${erratum.line} reads: ${JSON.stringify(current.slice(0, 80))}`,
      );
    }
    const next = current.replace(erratum.original, () => erratum.replacement);
    out[erratum.line - 1] = next;
    applied.push({ id: erratum.id, line: erratum.line, before: erratum.original, after: erratum.replacement });
  }
  return { lines: out, applied };
}
