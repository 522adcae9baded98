/** RSS feed of the progress stories: one item per story (both languages), newest first. */
import rss from "@astrojs/rss";
import type { APIRoute } from "astro";
import { stories } from "../../stories/collection.ts";
import { st } from "../../i18n/stories.ts";

export const GET: APIRoute = async (context) => {
  const all = await stories();
  const zh = all.filter((s) => s.locale === "zh");
  const en = new Map(all.filter((s) => s.locale === "en").map((s) => [s.slug, s.entry.data]));
  return rss({
    title: `${st("zh", "storyFeedTitle")} · ${st("en", "storyFeedTitle")}`,
    description: `${st("zh", "storyFeedDescription")} ${st("en", "storyFeedDescription")}`,
    site: context.site!,
    trailingSlash: true,
    customData: "<language>zh-cn</language>",
    items: [...zh]
      .sort((a, b) => b.entry.data.date.localeCompare(a.entry.data.date) || a.entry.data.order - b.entry.data.order)
      .map((s) => ({
        title: `${s.entry.data.title} · ${en.get(s.slug)!.title}`,
        link: `/stories/${s.slug}/`,
        pubDate: new Date(`${s.entry.data.date}T00:00:00Z`),
        description: `${s.entry.data.description} ${en.get(s.slug)!.description}`,
      })),
  });
};
