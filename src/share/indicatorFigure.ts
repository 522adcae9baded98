/**
 * Everything that travels with an indicator's chart: its title, the one-line source under it, the stamp
 * (data version, licence, page address), the exported SVG/PNG and share image, and their addresses. One
 * module, so that the page, the downloads, the embed pages and the link preview say the same thing.
 */
import type { Site } from "../data/dataset.ts";
import type { Indicator, Source } from "../schema/tables.ts";
import { localePath, type Locale } from "../i18n/locales.ts";
import { t } from "../i18n/format.ts";
import { shareStrings } from "../i18n/share.ts";
import { SITE_URL } from "../export/siteUrl.ts";
import { LICENCE } from "../export/site.ts";
import { indicatorChartModel } from "../charts/indicatorModel.ts";
import { WIDE, renderIndicatorChart, targetValue } from "../charts/indicatorChart.ts";
import { indicatorLegendItems } from "../charts/indicatorLegend.ts";
import { chartExportSvg } from "./chartExport.ts";
import type { ShareImage } from "./shareImage.ts";

/** "data v1.0.0", "data v1.0.0+unreleased" or "data unreleased" (数据 …). */
export function dataVersionLabel(version: string, locale: Locale): string {
  const s = shareStrings[locale];
  return `${s.dataVersion} ${version === "unreleased" ? s.unreleased : `v${version}`}`;
}

/**
 * The sources of the plotted values in one line: the first two by name, then how many more (all are on the
 * page). English uses the publisher's English name and our gloss of the title: the line is plain text (also
 * drawn into the PNG), where Chinese could not be marked as Chinese; the page lists the titles of record.
 */
export function sourceLine(sources: readonly Source[], locale: Locale): string {
  const s = shareStrings[locale];
  const named = sources.slice(0, 2).map((src) => (locale === "zh" ? `${src.publisher}《${src.title}》` : `${src.publisher_en}, “${src.title_en}”`));
  const more = sources.length - named.length;
  const rest = more > 0 ? s.sourceMore.replace("{n}", String(more)) : "";
  return `${s.sourceLine}${locale === "zh" ? "：" : ": "}${named.join(locale === "zh" ? "；" : "; ")}${rest}`;
}

export const indicatorPagePath = (locale: Locale, id: string) => localePath(locale, `/indicators/${id}/`);
export const indicatorExportPath = (locale: Locale, id: string, ext: "svg" | "png") => localePath(locale, `/indicators/${id}/chart.${ext}`);
/** Download file names that say what they are when they land in a folder. */
export const indicatorExportFileName = (locale: Locale, id: string, ext: "svg" | "png") => `zj-eco-tracker-${id}-${locale}.${ext}`;

export function indicatorFigure(site: Site, indicator: Indicator, locale: Locale) {
  const model = indicatorChartModel(site, indicator, locale);
  const { spec, rows } = model;
  // A chart needs a value to draw: a published figure or a target with a printed value.
  const hasChart = spec.series.length > 0 || spec.targets.some((tg) => targetValue(tg) !== null);
  const byId = new Map(site.data.sources.map((s) => [s.id, s]));
  const sources = [...new Set(rows.map((r) => r.sourceId).filter((id): id is string => id !== null))].map((id) => byId.get(id)!).filter(Boolean);
  const pageUrl = `${SITE_URL}${indicatorPagePath(locale, indicator.id)}`;
  const name = locale === "zh" ? indicator.name_zh : indicator.name_en;
  const expected = locale === "zh" ? indicator.expected_publication_zh : indicator.expected_publication_en;
  const source = sources.length > 0 ? sourceLine(sources, locale) : t(locale, "chartNoData");
  const stampFor = (url: string) => [dataVersionLabel(site.version, locale), LICENCE.id.replace(/-/g, " "), url].join(" · ");
  const stamp = stampFor(pageUrl);
  return {
    model,
    hasChart,
    title: spec.title,
    name,
    source,
    stamp,
    pageUrl,
    /**
     * The stamped standalone SVG (download, PNG and share image). A story's share image passes its own
     * title and address: the chart is the indicator's, the stamp names the story.
     */
    exportSvg: (page?: { title: string; url: string }) =>
      chartExportSvg({
        title: page?.title ?? spec.title,
        chart: hasChart ? renderIndicatorChart(spec, WIDE) : null,
        missing: `${t(locale, "chartNoData")}${expected ? ` ${shareStrings[locale].expectedIn.replace("{publication}", expected)}` : ""}`,
        legend: hasChart ? indicatorLegendItems(model, locale) : [],
        source,
        stamp: page ? stampFor(page.url) : stamp,
      }),
  };
}

export const storySharePath = (locale: Locale, slug: string) => localePath(locale, `/stories/${slug}/share.png`);

/** A story's link-preview image: its first indicator's chart under the story's title, stamped with the story's address. */
export function storyShareSvg(site: Site, story: { slug: string; title: string; indicator: Indicator }, locale: Locale) {
  return indicatorFigure(site, story.indicator, locale).exportSvg({ title: story.title, url: `${SITE_URL}${localePath(locale, `/stories/${story.slug}/`)}` });
}

export function storyShareImage(site: Site, story: { slug: string; title: string; indicator: Indicator }, locale: Locale): ShareImage {
  const { width, height } = storyShareSvg(site, story, locale);
  return { path: storySharePath(locale, story.slug), width, height, alt: shareStrings[locale].shareImageAlt.replace("{title}", story.title) };
}

/** The link-preview image of an indicator page: its exported chart as PNG. */
export function indicatorShareImage(site: Site, indicator: Indicator, locale: Locale): ShareImage {
  const figure = indicatorFigure(site, indicator, locale);
  const { width, height } = figure.exportSvg();
  return { path: indicatorExportPath(locale, indicator.id, "png"), width, height, alt: shareStrings[locale].shareImageAlt.replace("{title}", figure.title) };
}
