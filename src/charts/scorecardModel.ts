/** A completed plan's main targets as scorecard rows (the plan's own wording, the engine's verdict). */
import { planWording } from "../plan/cells.ts";
import type { Site } from "../data/dataset.ts";
import type { Plan, Target } from "../schema/tables.ts";
import type { StatusResult } from "../status/computeStatus.ts";
import type { Locale } from "../i18n/locales.ts";
import { formatValue, t } from "../i18n/format.ts";
import { planRows } from "../data/overview.ts";
import type { ScorecardSpec } from "./scorecardChart.ts";

export function scorecardTargets(site: Site, plan: Plan): { target: Target; status: StatusResult }[] {
  return planRows(site, plan).map(({ target, status }) => ({ target, status }));
}

export function scorecardCounts(rows: readonly { target: Target; status: StatusResult }[]) {
  const met = rows.filter((r) => r.status.status === "met").length;
  const notMet = rows.filter((r) => r.status.status === "not-met").length;
  return {
    n: rows.length,
    done: rows.filter((r) => r.target.completion_zh === "完成").length,
    // Whether any completion is reported at all: "0 reported as completed" would misread a plan whose results nobody has reported yet.
    reported: rows.some((r) => r.target.completion_zh !== null),
    met,
    notMet,
    other: rows.length - met - notMet,
  };
}

/** The years a plan's scorecard speaks of: the year before its period (baseline) and its last year (result). */
export function scorecardYears(site: Site, plan: Plan, locale: Locale) {
  return { plan: site.plans.short(plan, locale), first: plan.period_start, last: plan.period_end, baselineYear: plan.period_start - 1 };
}

export function scorecardSpec(site: Site, plan: Plan, locale: Locale): ScorecardSpec {
  const rows = scorecardTargets(site, plan);
  const years = scorecardYears(site, plan, locale);
  const { reported, ...counts } = scorecardCounts(rows);
  return {
    id: "scorecard",
    title: t(locale, "scoreChartTitle", years),
    description: t(locale, reported ? "scoreChartDesc" : "scoreChartDescUnreported", counts),
    noValueText: t(locale, "scoreNoValue"),
    rows: rows.map(({ target }) => {
      const indicator = site.indicator(target.indicator_id);
      const name = locale === "zh" ? indicator.name_zh : indicator.name_en;
      const target_value = target.target_kind === "zero" ? 0 : ["maintain", "qualitative", "national-assignment"].includes(target.target_kind) ? null : target.target_value;
      return {
        id: target.id,
        label: `${target.row_number ?? ""}. ${name}`,
        baseline: target.baseline_value,
        target: target_value,
        result: target.result_value,
        estimated: target.estimated,
        formatTick: (v: number) => formatValue(v, indicator.unit, locale),
        valuesText: t(locale, "scoreValues", {
          ...years,
          baseline: planWording(target.baseline_text, locale),
          result: `${target.result_text === null ? "—" : planWording(target.result_text, locale)}${target.estimated ? " *" : ""}`,
          target: planWording(target.target_text, locale),
        }),
      };
    }),
  };
}
