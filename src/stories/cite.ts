/**
 * What a story component cites, looked up in the validated dataset. A reference that does not resolve
 * (the value is gone, or now sits on another series, i.e. another caliber) throws a CitationError that
 * starts with the component's place in the story (`at`, "content/stories/x.zh.mdx:12:3", given by
 * ./storyCheck.ts), so the build fails there. Pure functions of the site: no I/O.
 */
import type { Site } from "../data/dataset.ts";
import type { Indicator, LaterTarget, Observation, Plan, Series, Target } from "../schema/tables.ts";
import { PROVINCE_ID } from "../charts/indicatorModel.ts";
import { planHref, type Anchor, planAnchors } from "../plan/links.ts";
import type { Locale } from "../i18n/locales.ts";
import { planRows } from "../data/overview.ts";
import { statusCodes, type StatusCode } from "../status/computeStatus.ts";

export class CitationError extends Error {}

/** `<Obs series="pm25--main" year={2022}>`, for messages. */
export function tag(name: string, props: Record<string, unknown>): string {
  const attrs = Object.entries(props)
    .filter(([k, v]) => k !== "at" && v !== undefined)
    .map(([k, v]) => (typeof v === "string" ? `${k}="${v}"` : `${k}={${JSON.stringify(v)}}`));
  return `<${[name, ...attrs].join(" ")}>`;
}

export function fail(at: string | undefined, what: string, problem: string): never {
  throw new CitationError(`${at ?? "(a story)"} ${what}: ${problem}`);
}

export function citedSeries(site: Site, id: string, at: string | undefined, what: string): Series {
  const series = site.data.series.find((s) => s.id === id);
  if (!series) fail(at, what, `there is no series "${id}" in series.csv (renamed or removed?)`);
  return series;
}

export function citedIndicator(site: Site, id: string, at: string | undefined, what: string): Indicator {
  const indicator = site.data.indicators.find((i) => i.id === id);
  if (!indicator) fail(at, what, `there is no indicator "${id}" in indicators.csv`);
  return indicator;
}

export function citedPlan(site: Site, id: string, at: string | undefined, what: string): Plan {
  const plan = site.plans.all.find((p) => p.id === id);
  if (!plan) fail(at, what, `there is no plan "${id}" in plans.csv`);
  return plan;
}

export function citedTarget(site: Site, id: string, at: string | undefined, what: string): Target {
  const target = site.data.targets.find((t) => t.id === id);
  if (!target) fail(at, what, `there is no target "${id}" in targets.csv`);
  return target;
}

export function citedAnchor(id: string, at: string | undefined, what: string): Anchor {
  const anchor = planAnchors().get(id);
  if (!anchor) fail(at, what, `the plan has no paragraph or table with the anchor "${id}" (content/plan-source/anchors.json)`);
  return anchor;
}

export const anchorHref = (id: string, locale: Locale) => planHref(id, locale)!;

/** Values of a series at a place, oldest first. */
export function seriesValues(site: Site, series: Series, place: string): Observation[] {
  return site
    .observationsOf(series.indicator_id)
    .filter((o) => o.series_id === series.id && o.place_id === place)
    .sort((a, b) => a.year - b.year);
}

/** The value of a series in a year: it must exist on exactly this series (the caliber the story speaks of). */
export function citedObservation(site: Site, p: { series: string; year: number; place?: string }, at: string | undefined): Observation {
  const what = tag("Obs", p);
  const series = citedSeries(site, p.series, at, what);
  const place = p.place ?? PROVINCE_ID;
  const values = seriesValues(site, series, place);
  const found = values.find((o) => o.year === p.year);
  if (found) return found;
  const elsewhere = site.observationsOf(series.indicator_id).filter((o) => o.place_id === place && o.year === p.year && o.series_id !== series.id);
  const have = values.map((o) => o.year).join(", ") || "none";
  fail(
    at,
    what,
    elsewhere.length > 0
      ? `the ${p.year} value of ${place} is now on another series (caliber): ${elsewhere.map((o) => `"${o.series_id}"`).join(", ")}; a story must not compare across calibers`
      : `no value for ${p.year} at ${place} on series "${series.id}" (years with a value: ${have})`,
  );
}

/**
 * The newest value of a series. Without `since` there must be one (else the build fails); with `since` (a
 * plan id) only the plan's years count, and there may be none yet (null: the story then says so).
 */
export function latestObservation(site: Site, p: { series: string; place?: string; since?: string }, at: string | undefined): Observation | null {
  const what = tag("Latest", p);
  const series = citedSeries(site, p.series, at, what);
  const place = p.place ?? PROVINCE_ID;
  const plan = p.since === undefined ? null : citedPlan(site, p.since, at, what);
  const found = seriesValues(site, series, place).filter((o) => plan === null || (o.year >= plan.period_start && o.year <= plan.period_end)).at(-1) ?? null;
  if (!found && plan === null) fail(at, what, `series "${series.id}" has no value at ${place}`);
  return found;
}

/** A later document's value for a target (the one from `source`, or the single one there is). */
export function citedLaterTarget(site: Site, p: { target: string; source?: string }, at: string | undefined): LaterTarget {
  const what = tag("LaterTarget", p);
  citedTarget(site, p.target, at, what);
  const rows = site.data.later_targets.filter((l) => l.target_id === p.target && (p.source === undefined || l.source_id === p.source));
  if (rows.length === 0) fail(at, what, `later_targets.csv has no value for target "${p.target}"${p.source ? ` from source "${p.source}"` : ""}`);
  if (rows.length > 1) fail(at, what, `later_targets.csv has ${rows.length} values for "${p.target}"; name the source`);
  return rows[0]!;
}

/** The complete years of a plan with no value on a series at the province. */
export function missingYears(site: Site, series: Series, plan: Plan): number[] {
  const have = new Set(seriesValues(site, series, PROVINCE_ID).map((o) => o.year));
  return site.plans.completeYears(plan).filter((y) => !have.has(y));
}

export function citedStatuses(values: string | readonly string[] | undefined, at: string | undefined, what: string): StatusCode[] | null {
  if (values === undefined) return null;
  const list = typeof values === "string" ? [values] : [...values];
  for (const v of list) if (!(statusCodes as readonly string[]).includes(v)) fail(at, what, `"${v}" is not a status (one of: ${statusCodes.join(", ")})`);
  return list as StatusCode[];
}

/** A plan's main targets (its table), optionally only those with one of the given statuses. */
export function tableTargets(site: Site, plan: Plan, statuses: readonly StatusCode[] | null) {
  return planRows(site, plan).filter((r) => statuses === null || statuses.includes(r.status.status));
}
