/**
 * Stable URLs of the plan's text: one page per chapter (/plan/ch3/), one anchor per paragraph, box
 * item and table, as listed in the committed manifest content/plan-source/anchors.json.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { localePath, type Locale } from "../i18n/locales.ts";

export interface Anchor {
  id: string;
  kind: string;
  file: string;
  text: string;
}

const MANIFEST = join(process.cwd(), "content/plan-source/anchors.json");

let cached: Map<string, Anchor> | undefined;
export function planAnchors(): Map<string, Anchor> {
  cached ??= new Map((JSON.parse(readFileSync(MANIFEST, "utf-8")) as { anchors: Anchor[] }).anchors.map((a) => [a.id, a]));
  return cached;
}

/** "00-preamble.mdx" → "preamble", "03-key-tasks.mdx" → "ch3": the chapter page's URL segment. */
export function chapterSlug(file: string): string {
  const n = Number(file.slice(0, 2));
  return n === 0 ? "preamble" : `ch${n}`;
}

/** The stable URL of a paragraph (or box item, table, heading) of the plan, or null if no such anchor. */
export function planHref(anchorId: string, locale: Locale): string | null {
  const anchor = planAnchors().get(anchorId);
  return anchor ? `${localePath(locale, `/plan/${chapterSlug(anchor.file)}/`)}#${anchorId}` : null;
}
