/**
 * RSS feed of data releases: one item per release, newest first, linking to its landing page; the item
 * gives the release's own note and the summary of its computed changelog.
 */
import rss from "@astrojs/rss";
import type { APIRoute } from "astro";
import { getPublished, publishedChangelog } from "../../export/published.ts";
import { changeSummary, type Changelog } from "../../export/changelog.ts";
import { DATASET_DESCRIPTION, DATASET_TITLE, FILES, dataUrl } from "../../export/site.ts";

/** The computed changelog's one-line summary in both languages, when the release has one. */
const summaryLines = (c: Changelog | null) => (c ? [changeSummary(c).zh, changeSummary(c).en] : []);

export const GET: APIRoute = async (context) => {
  const { releases } = await getPublished();
  const summaries = new Map(await Promise.all(releases.map(async (r) => [r.version, await publishedChangelog(r.dir)] as const)));
  return rss({
    title: `${DATASET_TITLE.zh} · ${DATASET_TITLE.en}`,
    description: `${DATASET_DESCRIPTION.zh} ${DATASET_DESCRIPTION.en}`,
    site: context.site!,
    trailingSlash: true,
    customData: "<language>zh-cn</language>",
    items: [...releases].reverse().map((r) => ({
      title: `数据版本 ${r.version} · Data release ${r.version}`,
      link: `/data/${r.dir}/`,
      pubDate: new Date(`${r.date}T00:00:00Z`),
      description: [r.changes_zh, r.changes_en, ...summaryLines(summaries.get(r.version) ?? null)].join(" "),
      enclosure: { url: dataUrl(r.dir, FILES.zip), length: r.files.find((f) => f.path === FILES.zip)?.bytes ?? 0, type: "application/zip" },
    })),
  });
};
