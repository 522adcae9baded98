/**
 * From the validated dataset to what an indicator page shows: the primary target, the chart spec
 * (province values only, one series per caliber), a one-sentence description generated from the
 * data, and the rows of the chart's data table (every plotted value, with its source).
 */
import type { Site } from "../data/dataset.ts";
import type { Indicator, Observation, Target } from "../schema/tables.ts";
import type { Locale } from "../i18n/locales.ts";
import { formatNumber, formatValue, t } from "../i18n/format.ts";
import { unitName } from "../i18n/units.ts";
import { withoutChineseGlosses } from "../i18n/chineseRuns.ts";
import type { ChartPoint, ChartSeries, ChartTarget, IndicatorChartSpec } from "./indicatorChart.ts";
import { flagTerms } from "../i18n/terms.ts";
import { publisherIn } from "../data/bilingual.ts";
import { safeId } from "./svg.ts";

export const PROVINCE_ID = "zhejiang";

const tableOrder: Record<Target["source_table"], number> = { "table-2": 0, "table-1": 1, text: 2 };

/**
 * The target an indicator page leads with: the current plan's Table 2 row, else a current-plan target
 * from the text, else the most recent target of an earlier plan; null for figures with no target.
 */
export function primaryTarget(site: Site, indicatorId: string): Target | null {
  const targets = site.targetsOf(indicatorId);
  const current = targets
    .filter((tg) => tg.plan_id === site.plans.current.id)
    .sort((a, b) => tableOrder[a.source_table] - tableOrder[b.source_table] || (a.row_number ?? 99) - (b.row_number ?? 99) || a.id.localeCompare(b.id));
  if (current[0]) return current[0];
  return [...targets].sort((a, b) => b.target_year - a.target_year || a.id.localeCompare(b.id))[0] ?? null;
}

/** Province observations of an indicator (never city values). */
export function provinceObservations(site: Site, indicatorId: string): Observation[] {
  return site.observationsOf(indicatorId).filter((o) => o.place_id === PROVINCE_ID);
}

export interface PlottedRow {
  kind: "observation" | "baseline" | "target";
  year: number;
  /** Null for a target that has no printed value (national assignment, qualitative). */
  value: number | null;
  /** The plan's wording for targets; empty otherwise. */
  text: string;
  series: string;
  flags: readonly string[];
  sourceId: string | null;
}

export interface IndicatorChartModel {
  spec: IndicatorChartSpec;
  rows: PlottedRow[];
  primary: Target | null;
  /** Short labels of the earlier plans whose targets are drawn, oldest first (for the legend). */
  earlierPlans: string[];
}

const kindSign: Partial<Record<Target["target_kind"], string>> = { "at-least": "≥", "at-most": "≤", count: "≥" };

function markerText(target: Target, plan: string, value: number | null, current: boolean, locale: Locale): string {
  const v = target.target_kind === "maintain" ? t(locale, "chartMaintain") : value === null ? "" : `${kindSign[target.target_kind] ?? ""}${formatNumber(value, locale)}`;
  return t(locale, current ? "chartTargetMarker" : "chartEarlierMarker", { year: target.target_year, plan, value: v });
}

function targetClause(target: Target, indicator: Indicator, locale: Locale): string {
  const value = target.target_kind === "zero" ? 0 : target.target_value;
  const v = value === null ? "" : formatValue(value, indicator.unit, locale);
  const key = (
    {
      "at-least": "descTargetAtLeast",
      "at-most": "descTargetAtMost",
      zero: "descTargetZero",
      "cumulative-change": "descTargetCumulative",
      maintain: "descTargetMaintain",
      count: "descTargetCount",
      "national-assignment": "descTargetNational",
      qualitative: "descTargetQualitative",
    } as const
  )[target.target_kind];
  // A numeric kind without a printed value reads as qualitative rather than "at least ".
  if (value === null && ["at-least", "at-most", "cumulative-change", "count"].includes(target.target_kind)) {
    return t(locale, "descTargetQualitative", { year: target.target_year });
  }
  return t(locale, key, { year: target.target_year, value: v });
}

/** One sentence: how the main series moved, what the target is, whether other calibers are drawn. */
export function describeIndicator(
  indicator: Indicator,
  primary: Target | null,
  series: readonly { id: string; points: readonly { year: number; value: number }[] }[],
  locale: Locale,
): string {
  const name = locale === "zh" ? indicator.name_zh : indicator.name_en;
  // The main series is the target's caliber; without a target, the first series drawn.
  const main = primary ? series.find((s) => s.id === primary.series_id) : series[0];
  const pts = main ? [...main.points].sort((a, b) => a.year - b.year) : [];
  const from = (primary && pts.find((p) => p.year === primary.baseline_year)) ?? pts[0];
  const to = pts.at(-1);
  const val = (x: number) => formatValue(x, indicator.unit, locale);
  const others = series.filter((s) => s !== main).length;
  let first: string;
  if ((!from || !to) && primary && series.length > 0) first = t(locale, "descNoneOnCaliber", { name });
  else if (!from || !to) first = t(locale, "descNone", { name });
  else if (from === to) first = t(locale, "descOne", { name, year: to.year, value: val(to.value) });
  else {
    const key = to.value > from.value ? "descRose" : to.value < from.value ? "descFell" : "descSame";
    first = t(locale, key, { name, fromYear: from.year, from: val(from.value), toYear: to.year, to: val(to.value) });
  }
  const parts = [first];
  if (primary) parts.push(targetClause(primary, indicator, locale));
  if (others > 0) parts.push(t(locale, "descOtherSeries", { n: others }));
  const sentence = parts.join(locale === "zh" ? "；" : "; ");
  return locale === "zh" ? `${sentence}。` : `${sentence[0]!.toUpperCase()}${sentence.slice(1)}.`;
}

export function indicatorChartModel(site: Site, indicator: Indicator, locale: Locale): IndicatorChartModel {
  const primary = primaryTarget(site, indicator.id);
  const obs = provinceObservations(site, indicator.id);
  const name = locale === "zh" ? indicator.name_zh : indicator.name_en;
  const seriesLabel = (id: string) => {
    const s = site.series(id);
    return locale === "zh" ? s.name_zh : s.name_en;
  };

  // Series: the primary target's first, then by first year.
  const grouped = Map.groupBy(obs, (o) => o.series_id);
  const firstYear = (id: string) => Math.min(...(grouped.get(id) ?? []).map((o) => o.year));
  const ids = [...grouped.keys()];
  ids.sort((a, b) => (a === primary?.series_id ? -1 : b === primary?.series_id ? 1 : firstYear(a) - firstYear(b) || a.localeCompare(b)));
  // For the tooltip (a title attribute, which cannot mark Chinese), English drops the Chinese gloss of a flag.
  const flagText = (flags: readonly string[]) =>
    flags.map((f) => withoutChineseGlosses(flagTerms[f as keyof typeof flagTerms]?.[locale] ?? f)).join(locale === "zh" ? "；" : "; ");
  const series: ChartSeries[] = ids.map((id) => ({
    id,
    label: seriesLabel(id),
    points: [...(grouped.get(id) ?? [])]
      .sort((a, b) => a.year - b.year)
      .map((o): ChartPoint => {
        const src = site.source(o.source_id);
        const flags = o.flags.length > 0 ? ` (${flagText(o.flags)})` : "";
        return {
          year: o.year,
          value: o.value,
          flags: o.flags,
          reprint: src.access === "reprint",
          title: `${seriesLabel(id)} · ${o.year}: ${formatValue(o.value, indicator.unit, locale)}${flags} — ${publisherIn(src, locale)}`,
        };
      }),
  }));
  const drawn = series;

  // Targets: the primary (current) and those of every plan that ended before its plan began (earlier segments).
  const primaryPlan = primary ? site.plans.byId(primary.plan_id) : null;
  const earlier = site.targetsOf(indicator.id).filter((tg) => primary !== null && tg.id !== primary.id && site.plans.byId(tg.plan_id).period_end < primaryPlan!.period_start);
  const chartTarget = (tg: Target, role: ChartTarget["role"]): ChartTarget => {
    const baselineValue = tg.target_kind === "cumulative-change" ? 0 : (tg.baseline_value ?? null);
    const value = tg.target_kind === "zero" ? 0 : tg.target_value;
    const drawnValue = tg.target_kind === "maintain" ? baselineValue : value;
    return {
      role,
      baselineYear: tg.baseline_year,
      baseline: baselineValue === null ? null : { year: tg.baseline_year, value: baselineValue },
      target: { year: tg.target_year, value, kind: tg.target_kind },
      markerText: markerText(tg, site.plans.short(site.plans.byId(tg.plan_id), locale), tg.target_kind === "national-assignment" || tg.target_kind === "qualitative" ? null : drawnValue, role === "current", locale),
    };
  };
  const targets: ChartTarget[] = [...(primary ? [chartTarget(primary, "current")] : []), ...earlier.map((tg) => chartTarget(tg, "earlier"))];

  // Caliber changes: where a series starts after another one has begun.
  const starts = drawn.map((s) => s.points[0]!.year).sort((a, b) => a - b);
  const breaks = [...new Set(starts.slice(1))].map((year) => ({ year, label: t(locale, "chartCaliberBreak") }));
  const pending =
    primary && (primary.target_kind === "national-assignment" || primary.target_kind === "qualitative" || (primary.target_value === null && !["zero", "maintain"].includes(primary.target_kind)))
      ? [{ year: primary.target_year, label: t(locale, primary.target_kind === "national-assignment" ? "chartPendingNational" : "chartPendingQualitative", { year: primary.target_year }) }]
      : [];

  const rows: PlottedRow[] = [];
  for (const s of drawn) {
    for (const o of [...(grouped.get(s.id) ?? [])].sort((a, b) => a.year - b.year)) {
      rows.push({ kind: "observation", year: o.year, value: o.value, text: "", series: s.label, flags: o.flags, sourceId: o.source_id });
    }
  }
  for (const tg of [...earlier, ...(primary ? [primary] : [])]) {
    const plan = site.plans.byId(tg.plan_id);
    const planName = site.plans.name(plan, locale);
    const baselineValue = tg.target_kind === "cumulative-change" ? 0 : tg.baseline_value;
    rows.push({ kind: "baseline", year: tg.baseline_year, value: baselineValue, text: tg.baseline_text, series: planName, flags: [], sourceId: plan.source_id });
    rows.push({ kind: "target", year: tg.target_year, value: tg.target_kind === "zero" ? 0 : tg.target_value, text: tg.target_text, series: planName, flags: [], sourceId: plan.source_id });
  }

  const unit = indicator.unit;
  const spec: IndicatorChartSpec = {
    id: safeId(`chart-${indicator.id}`),
    title: t(locale, "chartTitle", { name }),
    description: describeIndicator(indicator, primary, drawn, locale),
    series: drawn,
    targets,
    breaks,
    pending,
    unit: t(locale, "chartUnit", { unit: unitName(unit, locale) }),
    share: indicator.measure === "share",
    formatTick: (v) => formatNumber(v, locale),
  };
  const earlierPlans = site.plans.all.filter((p) => earlier.some((tg) => tg.plan_id === p.id)).map((p) => site.plans.short(p, locale));
  return { spec, rows, primary, earlierPlans };
}
