/** releases.json: the list of data releases, oldest first. Light on purpose: src/data/version.ts reads it. */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { SEMVER } from "./semver.ts";

export interface ReleaseEntry {
  version: string;
  /** YYYY-MM-DD */
  date: string;
  changes_zh: string;
  changes_en: string;
}

export const RELEASES_JSON = "releases.json";
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** A real calendar date written YYYY-MM-DD. */
export const isDate = (s: string) => DATE.test(s) && new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s;

function entryProblems(value: unknown, i: number): string[] {
  const where = `${RELEASES_JSON}[${i}]`;
  if (typeof value !== "object" || value === null || Array.isArray(value)) return [`${where}: must be an object`];
  const r = value as Record<string, unknown>;
  const problems: string[] = [];
  const keys = Object.keys(r).sort().join(",");
  if (keys !== "changes_en,changes_zh,date,version") problems.push(`${where}: must have exactly the keys version, date, changes_zh, changes_en (has ${keys})`);
  if (typeof r["version"] !== "string" || !SEMVER.test(r["version"])) problems.push(`${where}: version ${JSON.stringify(r["version"])} is not MAJOR.MINOR.PATCH`);
  if (typeof r["date"] !== "string" || !isDate(r["date"])) problems.push(`${where}: date ${JSON.stringify(r["date"])} is not a date YYYY-MM-DD`);
  for (const k of ["changes_zh", "changes_en"]) {
    if (typeof r[k] !== "string" || (r[k] as string).trim() === "") problems.push(`${where}: ${k} must be a non-empty text`);
  }
  return problems;
}

/** releases.json in `dir`, validated; [] when there is none yet. Throws on any problem. */
export function readReleaseList(dir: string): ReleaseEntry[] {
  const path = join(dir, RELEASES_JSON);
  if (!existsSync(path)) return [];
  const parsed: unknown = JSON.parse(readFileSync(path, "utf-8"));
  if (!Array.isArray(parsed)) throw new Error(`${path}: must be a JSON array`);
  const problems = parsed.flatMap(entryProblems);
  if (problems.length > 0) throw new Error(problems.join("\n"));
  return parsed as ReleaseEntry[];
}
