/**
 * The project's unofficial English translation of the plan, stored as data
 * (content/plan-source/translation.en.json): one entry per anchor id, holding the English text, the
 * English wording of every target quotation in that paragraph, and the SHA-256 of the Chinese text
 * the English was written from. When the Chinese under an anchor changes, the hash no longer
 * matches and the English must be reviewed before it can be rendered again.
 *
 * Pure apart from {@link zhHash}'s use of node:crypto: text in, problems out.
 */
import { createHash } from "node:crypto";
import { z } from "zod";

const SHA256 = /^[0-9a-f]{64}$/;

export const translationEntrySchema = z.strictObject({
  /** SHA-256 (hex) of the anchor's plain Chinese text (src/plan/quotes.ts planText) when the English was written. */
  zh_sha256: z.string().regex(SHA256, { error: "zh_sha256 must be 64 lower-case hex digits" }),
  /** The English text; `**…**` marks emphasis where the Chinese has it. */
  en: z.string().min(1, { error: "en must not be empty" }),
  /** Target id (data/targets.csv) → the English of its quote_zh, a verbatim substring of `en`. */
  quotes: z.record(z.string(), z.string().min(1)),
});

export const translationSchema = z.strictObject({
  $comment: z.string().optional(),
  note: z.string().min(1),
  version: z.string().regex(/^\d+\.\d+\.\d+$/, { error: "version must be MAJOR.MINOR.PATCH" }),
  date: z.iso.date({ error: "date must be YYYY-MM-DD" }),
  /** How the translation was made and checked. */
  method: z.string().min(1),
  /** Anchors knowingly still without English (each is then shown in Chinese with a note). */
  pending: z.array(z.string()),
  entries: z.record(z.string(), translationEntrySchema),
});

export type TranslationEntry = z.output<typeof translationEntrySchema>;
export type Translation = z.output<typeof translationSchema>;

export function zhHash(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/** A target that quotes a paragraph of the plan (the fields of data/targets.csv the check needs). */
export interface QuotingTarget {
  readonly id: string;
  readonly paragraph_id: string | null;
  readonly quote_zh: string | null;
}

export interface TranslationProblem {
  readonly id: string;
  readonly rule: "unknown-anchor" | "missing" | "pending-mismatch" | "stale" | "quote-not-substring" | "quote-unknown-target" | "quote-missing";
  readonly message: string;
}

/**
 * Every way the translation fails its contract with the Chinese text (`zh`: anchor id → plain
 * Chinese, in document order) and the targets' quotations. `missing` lists anchors with no entry
 * that are not declared `pending`; `pending-mismatch` a pending id that has an entry or is unknown.
 */
export function translationProblems(zh: ReadonlyMap<string, string>, translation: Translation, targets: readonly QuotingTarget[]): TranslationProblem[] {
  const problems: TranslationProblem[] = [];
  const pending = new Set(translation.pending);
  for (const [id, entry] of Object.entries(translation.entries)) {
    const chinese = zh.get(id);
    if (chinese === undefined) {
      problems.push({ id, rule: "unknown-anchor", message: `translation entry ${id} names no anchor of the plan (content/plan-source/anchors.json)` });
      continue;
    }
    if (entry.zh_sha256 !== zhHash(chinese)) {
      problems.push({
        id,
        rule: "stale",
        message: `the Chinese text of ${id} changed after its English was written (hash ${entry.zh_sha256.slice(0, 12)}… ≠ ${zhHash(chinese).slice(0, 12)}…): review the English, then restamp`,
      });
    }
    for (const [targetId, quote] of Object.entries(entry.quotes)) {
      const target = targets.find((t) => t.id === targetId);
      if (target === undefined || target.paragraph_id !== id || target.quote_zh === null) {
        problems.push({ id, rule: "quote-unknown-target", message: `quotes.${targetId} of ${id}: no target in data/targets.csv quotes this paragraph under that id` });
      } else if (!entry.en.replaceAll("**", "").includes(quote)) {
        problems.push({ id, rule: "quote-not-substring", message: `quotes.${targetId} of ${id} is not a verbatim substring of its English: ${JSON.stringify(quote)}` });
      }
    }
  }
  for (const target of targets) {
    const id = target.paragraph_id;
    if (id === null || target.quote_zh === null) continue;
    const entry = translation.entries[id];
    if (entry !== undefined && entry.quotes[target.id] === undefined) {
      problems.push({ id, rule: "quote-missing", message: `${id} has English but no English quote for target ${target.id} (${JSON.stringify(target.quote_zh)})` });
    }
  }
  for (const id of pending) {
    if (!zh.has(id) || translation.entries[id] !== undefined) {
      problems.push({ id, rule: "pending-mismatch", message: `pending lists ${id}, which ${zh.has(id) ? "already has English" : "is no anchor of the plan"}` });
    }
  }
  const missing = [...zh.keys()].filter((id) => translation.entries[id] === undefined && !pending.has(id));
  if (missing.length > 0) {
    problems.push({ id: missing[0]!, rule: "missing", message: `${missing.length} anchor(s) have no English and are not declared pending: ${missing.join(", ")}` });
  }
  return problems;
}

/** Anchors of the plan (in document order) that have no English yet. */
export function untranslated(zh: ReadonlyMap<string, string>, translation: Translation): string[] {
  return [...zh.keys()].filter((id) => translation.entries[id] === undefined);
}

export function parseTranslation(json: string): Translation {
  return translationSchema.parse(JSON.parse(json));
}

/**
 * Serialise with one entry per anchor in document order (then any unknown ids, so that the check
 * can report them), so that a review sees exactly which paragraphs changed.
 */
export function serialiseTranslation(translation: Translation, order: readonly string[]): string {
  const ids = [...order.filter((id) => translation.entries[id] !== undefined), ...Object.keys(translation.entries).filter((id) => !order.includes(id))];
  const head = { $comment: translation.$comment, note: translation.note, version: translation.version, date: translation.date, method: translation.method };
  const lines = Object.entries(head)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `  ${JSON.stringify(key)}: ${JSON.stringify(value)},`);
  const entries = ids.map((id) => `    ${JSON.stringify(id)}: ${JSON.stringify(translation.entries[id])}`);
  return [
    "{",
    ...lines,
    `  "pending": ${JSON.stringify(translation.pending)},`,
    `  "entries": {`,
    entries.join(",\n"),
    "  }",
    "}",
    "",
  ].join("\n");
}
