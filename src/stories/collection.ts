/** The stories collection by slug and locale; a story exists in both languages or the build fails. */
import { getCollection, type CollectionEntry } from "astro:content";
import { locales, type Locale } from "../i18n/locales.ts";

export interface Story {
  slug: string;
  locale: Locale;
  entry: CollectionEntry<"stories">;
}

export async function stories(): Promise<Story[]> {
  const entries = await getCollection("stories");
  const all = entries.map((entry) => {
    const m = /^([a-z0-9-]+)\.(zh|en)$/.exec(entry.id);
    if (!m) throw new Error(`content/stories/${entry.id}.mdx: a story file is named <slug>.<zh|en>.mdx`);
    return { slug: m[1]!, locale: m[2] as Locale, entry };
  });
  for (const s of all) {
    for (const l of locales) {
      if (!all.some((o) => o.slug === s.slug && o.locale === l)) throw new Error(`content/stories/${s.slug}.${l}.mdx is missing: every story is published in Chinese and English`);
    }
  }
  return all.sort((a, b) => a.entry.data.order - b.entry.data.order || a.slug.localeCompare(b.slug));
}
