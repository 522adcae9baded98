/**
 * Which column of a bilingual record a page shows. The English columns keep their 1.0.0 names (note,
 * date_note) and the Chinese ones carry _zh; a page shows only its own language, so a Chinese page never
 * shows an English-only note and an English page never a Chinese-only one (rules.ts requires both).
 */
import type { Locale } from "../i18n/locales.ts";
import type { Source } from "../schema/tables.ts";

export const noteIn = (record: { note: string | null; note_zh: string | null }, locale: Locale) =>
  locale === "zh" ? record.note_zh : record.note;

export const dateNoteIn = (source: Source, locale: Locale) => (locale === "zh" ? source.date_note_zh : source.date_note);

/** The publisher as a reader of this locale names it; the Chinese name stays the one of record. */
export const publisherIn = (source: Source, locale: Locale) => (locale === "zh" ? source.publisher : source.publisher_en);
