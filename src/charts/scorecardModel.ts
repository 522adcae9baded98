/** The 13th plan's Table 1 as scorecard rows (the plan's own wording, the engine's verdict). */
import type { Site } from "../data/dataset.ts";
import type { Target } from "../schema/tables.ts";
import type { StatusResult } from "../status/computeStatus.ts";
import type { Locale } from "../i18n/locales.ts";
import { formatValue, t } from "../i18n/format.ts";
import type { ScorecardSpec } from "./scorecardChart.ts";

export const EARLIER_PLAN_ID = "fyp13";

export function scorecardTargets(site: Site): { target: Target; status: StatusResult }[] {
  return site.data.targets
    .filter((tg) => tg.plan_id === EARLIER_PLAN_ID && tg.source_table === "table-1")
    .sort((a, b) => (a.row_number ?? 0) - (b.row_number ?? 0))
    .map((target) => ({ target, status: site.statusOf(target) }));
}

export function scorecardCounts(rows: readonly { target: Target; status: StatusResult }[]) {
  const met = rows.filter((r) => r.status.status === "met").length;
  const notMet = rows.filter((r) => r.status.status === "not-met").length;
  return { n: rows.length, done: rows.filter((r) => r.target.completion_zh === "完成").length, met, notMet, other: rows.length - met - notMet };
}

export function scorecardSpec(site: Site, locale: Locale): ScorecardSpec {
  const rows = scorecardTargets(site);
  return {
    id: "scorecard",
    title: t(locale, "scoreChartTitle"),
    description: t(locale, "scoreChartDesc", scorecardCounts(rows)),
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
          baseline: target.baseline_text,
          result: `${target.result_text ?? "—"}${target.estimated ? " *" : ""}`,
          target: target.target_text,
        }),
      };
    }),
  };
}
