/**
 * Loads the glossary (content/glossary/glossary.json) through its schema and checks it against the
 * status and flag labels, reporting every problem with file, line, field and value like the data loader.
 */
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { glossarySchema, type GlossaryEntry } from "../schema/glossary.ts";
import { flagTerms, statusTerms } from "../i18n/terms.ts";
import { statusCodes } from "../status/computeStatus.ts";
import { DataValidationError, type DataIssue } from "./issue.ts";

export const GLOSSARY_FILE = join(process.cwd(), "content", "glossary", "glossary.json");

/** 1-based line of the entry with this id in the JSON text (0 if it cannot be found). */
function lineOf(text: string, id: unknown): number {
  if (typeof id !== "string") return 0;
  const index = text.indexOf(`"id": ${JSON.stringify(id)}`);
  return index < 0 ? 0 : text.slice(0, index).split("\n").length;
}

/** Problems that need more than one field: keys, term collisions and agreement with the status labels. */
function crossCheck(entries: readonly GlossaryEntry[], file: string, text: string): DataIssue[] {
  const issues: DataIssue[] = [];
  const report = (e: GlossaryEntry, column: string, value: string, rule: string, message: string) =>
    issues.push({ file, line: lineOf(text, e.id), column: `${e.id}.${column}`, value, rule, message });

  const seen = new Map<string, string>();
  const claim = (e: GlossaryEntry, column: string, form: string, rule: string) => {
    const owner = seen.get(`${rule}:${form}`);
    if (owner !== undefined && owner !== e.id) report(e, column, form, rule, `"${form}" already belongs to the entry "${owner}"; a term must lead to one entry`);
    else seen.set(`${rule}:${form}`, e.id);
  };
  for (const e of entries) {
    claim(e, "id", e.id, "unique-id");
    for (const form of [e.zh, ...e.aliases_zh]) claim(e, "zh", form, "unique-term-zh");
    for (const form of [e.en, ...e.aliases_en]) claim(e, "en", form, "unique-term-en");
    const label = e.status ? statusTerms[e.status] : e.flag ? flagTerms[e.flag] : null;
    for (const lang of ["zh", "en"] as const) {
      if (label && e[lang] !== label[lang]) {
        report(e, lang, e[lang], "label", `must equal the site's label ${JSON.stringify(label[lang])} (src/i18n/terms.ts), so the glossary explains the words readers see`);
      }
    }
  }
  const named = new Set(entries.map((e) => e.status));
  for (const code of statusCodes.filter((c) => !named.has(c))) {
    issues.push({ file, line: 0, column: "status", value: code, rule: "status-coverage", message: `no entry explains the status "${code}" (${statusTerms[code].zh} / ${statusTerms[code].en})` });
  }
  return issues;
}

/** The validated glossary entries, in file order, or a DataValidationError listing every problem. */
export function loadGlossary(path: string = GLOSSARY_FILE): readonly GlossaryEntry[] {
  const file = relative(process.cwd(), path) || path;
  const text = readFileSync(path, "utf8");
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new DataValidationError([{ file, line: 0, rule: "json-syntax", message: `is not valid JSON: ${(error as Error).message}` }]);
  }
  const parsed = glossarySchema.safeParse(json);
  if (!parsed.success) {
    const entriesOf = (json as { entries?: unknown[] } | null)?.entries;
    throw new DataValidationError(
      parsed.error.issues.map((problem) => {
        const [top, index, ...rest] = problem.path;
        const entry = top === "entries" && typeof index === "number" ? (entriesOf?.[index] as { id?: unknown } | undefined) : undefined;
        const field = rest.map(String).join(".");
        const value = entry && rest.length > 0 ? (rest as PropertyKey[]).reduce<unknown>((v, k) => (v as Record<PropertyKey, unknown> | undefined)?.[k], entry) : undefined;
        return {
          file,
          line: lineOf(text, entry?.id),
          column: entry ? `entries[${String(index)}]${typeof entry.id === "string" ? ` (${entry.id})` : ""}${field ? `.${field}` : ""}` : problem.path.join("."),
          value: value === undefined ? "" : typeof value === "string" ? value : JSON.stringify(value),
          rule: problem.code === "custom" ? "text" : problem.code,
          message: problem.message,
        };
      }),
    );
  }
  const issues = crossCheck(parsed.data.entries, file, text);
  if (issues.length > 0) throw new DataValidationError(issues);
  return Object.freeze(parsed.data.entries.map((e) => Object.freeze(e)));
}

let cached: readonly GlossaryEntry[] | undefined;
/** The site's glossary, loaded once per build. */
export function getGlossary(): readonly GlossaryEntry[] {
  cached ??= loadGlossary();
  return cached;
}
