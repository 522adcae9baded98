/**
 * Glossary terms in running text: where a term a citizen may not know first appears, it links to its
 * entry on the glossary page. Pure string functions; GlossaryText.astro marks the candidates and the
 * middleware keeps only the first link per term on each page (in document order, which component
 * rendering order does not guarantee).
 */
import type { Locale } from "../i18n/locales.ts";
import { localePath } from "../i18n/locales.ts";
import type { GlossaryEntry } from "../schema/glossary.ts";

/** The glossary page's address of an entry. */
export const glossaryHref = (locale: Locale, id: string) => `${localePath(locale, "/glossary/")}#${id}`;

export interface Segment {
  text: string;
  /** The glossary entry this piece of text names, if it is a term. */
  term?: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A pattern for the forms of an entry that a page in `locale` shows. English pages quote Chinese terms
 * too (“国家下达指标”), so they look for both; the bracket pair “〔〕” stands for any number written in it.
 * Forms of one letter (the alias “R”) only match as a word of their own.
 */
function patternOf(entry: GlossaryEntry, locale: Locale): string {
  const forms = locale === "zh" ? [entry.zh, ...entry.aliases_zh] : [entry.en, ...entry.aliases_en, entry.zh, ...entry.aliases_zh];
  return [...new Set(forms)]
    .sort((a, b) => b.length - a.length)
    .map((f) => (f === "〔〕" ? "〔[^〕]*〕" : /^[A-Za-z]$/.test(f) ? `(?<![A-Za-z])${f}(?![A-Za-z])` : escape(f)))
    .join("|");
}

/**
 * `text` cut so that the first occurrence of each of the entries `ids` is its own segment, tagged with
 * the entry. Overlapping matches: the earlier one wins. Unknown ids fail the build.
 */
export function splitTerms(text: string, ids: readonly string[], entries: readonly GlossaryEntry[], locale: Locale): Segment[] {
  const hits: { start: number; end: number; id: string }[] = [];
  for (const id of ids) {
    const entry = entries.find((e) => e.id === id);
    if (!entry) throw new Error(`no glossary entry "${id}" (content/glossary/glossary.json)`);
    const match = new RegExp(patternOf(entry, locale), "i").exec(text);
    if (match) hits.push({ start: match.index, end: match.index + match[0].length, id });
  }
  hits.sort((a, b) => a.start - b.start);
  const out: Segment[] = [];
  let at = 0;
  for (const h of hits) {
    if (h.start < at) continue;
    if (h.start > at) out.push({ text: text.slice(at, h.start) });
    out.push({ text: text.slice(h.start, h.end), term: h.id });
    at = h.end;
  }
  if (at < text.length || out.length === 0) out.push({ text: text.slice(at) });
  return out;
}

/** The markup GlossaryText writes for a term, matched by keepFirstTermLinks. */
const TERM_LINK = /<a class="term" href="[^"]*" data-term="([^"]+)"[^>]*>([\s\S]*?)<\/a>/g;

/** A page's HTML with only the first link to each glossary term left; later ones become plain text. */
export function keepFirstTermLinks(html: string): string {
  const seen = new Set<string>();
  return html.replace(TERM_LINK, (link, id: string, inner: string) => {
    if (seen.has(id)) return inner;
    seen.add(id);
    return link;
  });
}
