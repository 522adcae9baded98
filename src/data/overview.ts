/** Selections the pages share: the 14th plan's Table 2 rows by domain, and the evidence coverage. */
import type { Site } from "./dataset.ts";
import type { Indicator, Target } from "../schema/tables.ts";
import type { StatusResult } from "../status/computeStatus.ts";
import { domains } from "../schema/indicators.ts";

export const CURRENT_PLAN = "fyp14";

export interface TargetRow {
  target: Target;
  indicator: Indicator;
  status: StatusResult;
}

const byRow = (a: Target, b: Target) => (a.row_number ?? 0) - (b.row_number ?? 0);

export function targetRows(site: Site, planId: string, sourceTable: Target["source_table"]): TargetRow[] {
  return site.data.targets
    .filter((t) => t.plan_id === planId && t.source_table === sourceTable)
    .sort(byRow)
    .map((target) => ({ target, indicator: site.indicator(target.indicator_id), status: site.statusOf(target) }));
}

/** Table 2 of the current plan, in the plan's order, grouped by the indicator's domain. */
export function mainRowsByDomain(site: Site): { domain: (typeof domains)[number]; rows: TargetRow[] }[] {
  const rows = targetRows(site, CURRENT_PLAN, "table-2");
  return domains.map((domain) => ({ domain, rows: rows.filter((r) => r.indicator.domain === domain) })).filter((g) => g.rows.length > 0);
}

/** Indicators that no target of Table 1 or Table 2 refers to: figures tracked for targets in the text. */
export function supplementaryIndicators(site: Site): Indicator[] {
  const tabled = new Set(site.data.targets.filter((t) => t.source_table !== "text").map((t) => t.indicator_id));
  return site.data.indicators.filter((i) => !tabled.has(i.id));
}

/** Of the main indicators, how many have any provincial value after the plan's baseline year. */
export function coverage(site: Site): { observed: number; missing: number } {
  const ids = [...new Set(targetRows(site, CURRENT_PLAN, "table-2").map((r) => r.indicator.id))];
  const observed = ids.filter((id) => site.observationsOf(id).some((o) => o.place_id === "zhejiang" && o.year > 2020)).length;
  return { observed, missing: ids.length - observed };
}
