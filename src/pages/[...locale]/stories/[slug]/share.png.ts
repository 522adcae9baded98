/**
 * /stories/<slug>/share.png: a story's link-preview image, drawn at build: the chart of the first indicator
 * the story lists (frontmatter `indicators`) under the story's title, with its source and a stamp naming
 * the story's address. A story that lists no indicator uses the site's default image instead (no file here).
 */
import type { APIRoute } from "astro";
import { getSite } from "../../../../data/dataset.ts";
import { localeParam } from "../../../../i18n/locales.ts";
import { stories } from "../../../../stories/collection.ts";
import { storyShareSvg } from "../../../../share/indicatorFigure.ts";
import { svgToPng } from "../../../../share/png.ts";
import type { Locale } from "../../../../i18n/locales.ts";
import type { Indicator } from "../../../../schema/tables.ts";

export async function getStaticPaths() {
  const site = getSite();
  return (await stories())
    .filter((s) => s.entry.data.indicators.length > 0)
    .map((s) => ({
      params: { locale: localeParam(s.locale), slug: s.slug },
      props: { locale: s.locale, story: { slug: s.slug, title: s.entry.data.title, indicator: site.indicator(s.entry.data.indicators[0]!) } },
    }));
}

export const GET: APIRoute = ({ props }) => {
  const { locale, story } = props as { locale: Locale; story: { slug: string; title: string; indicator: Indicator } };
  const { svg, width } = storyShareSvg(getSite(), story, locale);
  return new Response(svgToPng(svg, width) as Uint8Array<ArrayBuffer>, { headers: { "Content-Type": "image/png" } });
};
