/**
 * An indicator's chart as files: /indicators/<id>/chart.svg (standalone, stamped with title, source, data
 * version, licence and page address) and chart.png (the same, rendered at build; also the page's share image).
 * Indicators with nothing to chart get the same card saying so, as their share image.
 */
import type { APIRoute } from "astro";
import { getSite } from "../../../../data/dataset.ts";
import { locales, localeParam, type Locale } from "../../../../i18n/locales.ts";
import { indicatorFigure } from "../../../../share/indicatorFigure.ts";
import { svgToPng } from "../../../../share/png.ts";
import type { Indicator } from "../../../../schema/tables.ts";

export function getStaticPaths() {
  const site = getSite();
  return locales.flatMap((locale) =>
    site.data.indicators.flatMap((indicator) =>
      (["svg", "png"] as const).map((ext) => ({ params: { locale: localeParam(locale), id: indicator.id, ext }, props: { locale, indicator, ext } })),
    ),
  );
}

export const GET: APIRoute = ({ props }) => {
  const { locale, indicator, ext } = props as { locale: Locale; indicator: Indicator; ext: "svg" | "png" };
  const { svg, width } = indicatorFigure(getSite(), indicator, locale).exportSvg();
  if (ext === "svg") return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`, { headers: { "Content-Type": "image/svg+xml; charset=utf-8" } });
  return new Response(svgToPng(svg, width) as Uint8Array<ArrayBuffer>, { headers: { "Content-Type": "image/png" } });
};
