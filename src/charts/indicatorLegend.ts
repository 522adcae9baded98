/** The legend entries of an indicator chart: shared by the page's HTML legend and the exported image. */
import type { Locale } from "../i18n/locales.ts";
import { t } from "../i18n/format.ts";
import { chartFeatures } from "./indicatorChart.ts";
import { seriesSwatch, swatch } from "./legend.ts";
import type { indicatorChartModel } from "./indicatorModel.ts";

export interface LegendItem {
  /** A small SVG (28 × 16). */
  swatch: string;
  label: string;
}

export function indicatorLegendItems(model: ReturnType<typeof indicatorChartModel>, locale: Locale): LegendItem[] {
  const { spec } = model;
  const f = chartFeatures(spec);
  return [
    ...spec.series.map((s, i) => ({ swatch: seriesSwatch(i), label: s.label })),
    ...(f.original && f.reprint ? [{ swatch: swatch("original"), label: t(locale, "legendOriginal") }] : []),
    ...(f.reprint ? [{ swatch: swatch("reprint"), label: t(locale, "legendReprint") }] : []),
    ...(f.lowerBound ? [{ swatch: swatch("lowerBound"), label: t(locale, "legendLowerBound") }] : []),
    ...(f.estimated ? [{ swatch: swatch("estimated"), label: t(locale, "legendEstimated") }] : []),
    ...(f.assumed ? [{ swatch: swatch("assumed"), label: t(locale, "legendAssumed") }] : []),
    ...(f.baseline ? [{ swatch: swatch("baseline"), label: t(locale, "legendBaseline") }] : []),
    ...(f.currentPath ? [{ swatch: swatch("path"), label: t(locale, "legendPath") }] : []),
    ...(f.currentTarget ? [{ swatch: swatch("target"), label: t(locale, "legendTarget") }] : []),
    ...(f.earlier ? [{ swatch: swatch("earlier"), label: t(locale, "legendEarlier", { plans: model.earlierPlans.join(locale === "zh" ? "、" : ", ") }) }] : []),
    ...(f.breaks ? [{ swatch: swatch("break"), label: t(locale, "legendBreak") }] : []),
    ...(f.pending ? [{ swatch: swatch("pending"), label: t(locale, "legendPending") }] : []),
  ];
}
