/** RSS feed of data releases: one item per release, newest first, linking to its landing page. */
import rss from "@astrojs/rss";
import type { APIRoute } from "astro";
import { getPublished } from "../../export/published.ts";
import { DATASET_DESCRIPTION, DATASET_TITLE, FILES, dataUrl } from "../../export/site.ts";

export const GET: APIRoute = async (context) => {
  const { releases } = await getPublished();
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
      description: `${r.changes_zh} ${r.changes_en}`,
      enclosure: { url: dataUrl(r.dir, FILES.zip), length: r.files.find((f) => f.path === FILES.zip)?.bytes ?? 0, type: "application/zip" },
    })),
  });
};
