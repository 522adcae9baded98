/** Selections the pages share: a plan's tabled targets, the current plan's by domain, and the evidence coverage. */
import type { Site } from "./dataset.ts";
import type { Indicator, Plan, Target } from "../schema/tables.ts";
import type { StatusResult } from "../status/computeStatus.ts";
import { domains } from "../schema/indicators.ts";

export interface TargetRow {
  target: Target;
  indicator: Indicator;
  status: StatusResult;
}

const tableOrder = (a: Target, b: Target) => a.source_table.localeCompare(b.source_table) || (a.row_number ?? 0) - (b.row_number ?? 0);

/**
 * A plan's main targets: the rows of its table of main indicators (Table 2 of the plan itself, or Table 1
 * of the next plan reporting an earlier one), in the table's order; targets stated only in the text are
 * left out.
 */
export function planRows(site: Site, plan: Plan): TargetRow[] {
  return site.data.targets
    .filter((t) => t.plan_id === plan.id && t.source_table !== "text")
    .sort(tableOrder)
    .map((target) => ({ target, indicator: site.indicator(target.indicator_id), status: site.statusOf(target) }));
}

/** The current plan's main targets, in the plan's order, grouped by the indicator's domain. */
export function mainRowsByDomain(site: Site): { domain: (typeof domains)[number]; rows: TargetRow[] }[] {
  const rows = planRows(site, site.plans.current);
  return domains.map((domain) => ({ domain, rows: rows.filter((r) => r.indicator.domain === domain) })).filter((g) => g.rows.length > 0);
}

/** Indicators that no target of Table 1 or Table 2 refers to: figures tracked for targets in the text. */
export function supplementaryIndicators(site: Site): Indicator[] {
  const tabled = new Set(site.data.targets.filter((t) => t.source_table !== "text").map((t) => t.indicator_id));
  return site.data.indicators.filter((i) => !tabled.has(i.id));
}

/** Of the current plan's main indicators, how many have any provincial value in the plan's period. */
export function coverage(site: Site): { observed: number; missing: number } {
  const plan = site.plans.current;
  const ids = [...new Set(planRows(site, plan).map((r) => r.indicator.id))];
  const observed = ids.filter((id) => site.observationsOf(id).some((o) => o.place_id === "zhejiang" && o.year >= plan.period_start)).length;
  return { observed, missing: ids.length - observed };
}
