/**
 * Selections for the dashboard and the indicator pages: status counts, indicator-year coverage,
 * evidence gaps with the publication that should contain each missing figure, and sparkline specs.
 * Pure functions of the validated dataset.
 */
import type { Site } from "../data/dataset.ts";
import { planRows, type TargetRow } from "../data/overview.ts";
import type { Indicator } from "../schema/tables.ts";
import { statusCodes, type StatusCode } from "../status/computeStatus.ts";
import type { Locale } from "../i18n/locales.ts";
import { formatValue, t } from "../i18n/format.ts";
import { PROVINCE_ID } from "./indicatorModel.ts";
import type { SparklineSpec } from "./sparkline.ts";
import { safeId } from "./svg.ts";

/**
 * Coverage and evidence gaps run over the current plan's complete years: its first year … the last year
 * that has ended by the build date (see the plan registry).
 */
export const planYears = (site: Site): number[] => site.plans.completeYears(site.plans.current);

/** The latest complete year of the current plan: the year whose publications a missing figure should be in. */
export const latestCompleteYear = (site: Site): number | null => planYears(site).at(-1) ?? null;

/** How many of the given rows have each status, in the engine's order; statuses with no row are left out. */
export function statusCounts(rows: readonly { status: { status: StatusCode } }[]): { status: StatusCode; count: number }[] {
  return statusCodes.map((status) => ({ status, count: rows.filter((r) => r.status.status === status).length })).filter((c) => c.count > 0);
}

/** Indicators of the current plan's main table, each once, in the plan's order. */
export function mainIndicators(site: Site): Indicator[] {
  return [...new Set(planRows(site, site.plans.current).map((r) => r.indicator))];
}

/** Years (within the plan years) for which an indicator has a provincial value on any caliber. */
export function provinceYears(site: Site, indicatorId: string): Set<number> {
  const years = planYears(site);
  return new Set(site.observationsOf(indicatorId).filter((o) => o.place_id === PROVINCE_ID && years.includes(o.year)).map((o) => o.year));
}

/**
 * Indicator-years: the current plan's main indicators × its complete years, province level. An indicator-year is
 * covered when at least one provincial value (any caliber) with a source exists for it.
 */
export function indicatorYearCoverage(site: Site) {
  const indicators = mainIndicators(site);
  const years = planYears(site);
  const cells = indicators.map((indicator) => ({ indicator, years: provinceYears(site, indicator.id) }));
  const observed = cells.reduce((n, c) => n + c.years.size, 0);
  return { indicators, years, cells, observed, total: indicators.length * years.length };
}

/** The annual publication that should contain an indicator's figure for a year, e.g. "2023年浙江省生态环境状况公报". */
export function expectedPublication(indicator: Indicator, year: number | null, locale: Locale): string | null {
  if (year === null) return null;
  const title = locale === "zh" ? indicator.expected_publication_zh : indicator.expected_publication_en;
  if (!title) return null;
  return locale === "zh" ? `${year}年${title}` : `${title} ${year}`;
}

/** Plan years without any provincial value, each with the publication that should contain it. */
export function evidenceGaps(site: Site, indicator: Indicator, locale: Locale): { year: number; publication: string | null }[] {
  const have = provinceYears(site, indicator.id);
  return planYears(site)
    .filter((y) => !have.has(y))
    .map((year) => ({ year, publication: expectedPublication(indicator, year, locale) }));
}

/** Newest date among the sources of an indicator's values (primary and corroborating), or null. */
export function lastUpdated(site: Site, indicatorId: string): string | null {
  const ids = new Set(site.observationsOf(indicatorId).flatMap((o) => [o.source_id, ...o.corroborating_source_ids]));
  const dates = site.data.sources.filter((s) => ids.has(s.id) && s.date).map((s) => s.date!);
  return dates.sort().at(-1) ?? null;
}

/** The sparkline of a target row: its own series (caliber), province values from the baseline year to the target year. */
export function sparklineSpec(site: Site, row: TargetRow, locale: Locale): SparklineSpec | null {
  const { target, indicator } = row;
  const periodChange = target.target_kind === "cumulative-change" || indicator.measure === "change";
  const points = site
    .observationsOf(indicator.id)
    // A change over a period (a five-year cumulative reduction, a decline against the previous five
    // years) restarts with the period: the baseline year's value measures the previous period.
    .filter((o) => o.place_id === PROVINCE_ID && o.series_id === target.series_id && o.year <= target.target_year)
    .filter((o) => (periodChange ? o.year > target.baseline_year : o.year >= target.baseline_year))
    .sort((a, b) => a.year - b.year)
    .map((o) => ({ year: o.year, value: o.value }));
  if (points.length === 0) return null;
  const baselineValue = target.target_kind === "cumulative-change" ? 0 : target.baseline_value;
  const targetValue =
    target.target_kind === "zero" ? 0 : target.target_kind === "maintain" ? baselineValue : ["national-assignment", "qualitative"].includes(target.target_kind) ? null : target.target_value;
  const name = locale === "zh" ? indicator.name_zh : indicator.name_en;
  const list = points.map((p) => (locale === "zh" ? `${p.year}年${formatValue(p.value, indicator.unit, locale)}` : `${p.year}: ${formatValue(p.value, indicator.unit, locale)}`));
  return {
    id: safeId(`spark-${target.id}`),
    label: t(locale, "sparkLabel", { name, values: list.join(locale === "zh" ? "，" : "; ") }),
    points,
    years: [target.baseline_year, target.target_year],
    baseline: baselineValue === null ? null : { year: target.baseline_year, value: baselineValue },
    target: targetValue === null ? null : { year: target.target_year, value: targetValue },
    share: indicator.measure === "share",
  };
}
