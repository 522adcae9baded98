/** The validated dataset and its statuses, loaded once per build from data/. */
import { join } from "node:path";
import { loadDataset, type Dataset } from "./load.ts";
import { computeStatus, type StatusResult } from "../status/computeStatus.ts";
import { dataVersion } from "./version.ts";
import { assertPlanQuotes } from "./planQuotes.ts";
import { buildDate, planRegistry, type PlanRegistry } from "./plans.ts";
import type { Indicator, Observation, Series, Source, Target } from "../schema/tables.ts";

/** TRACKER_DATA_DIR lets tests build the site from fixture data; the site itself always uses data/. */
export const DATA_DIR = process.env["TRACKER_DATA_DIR"] ?? join(process.cwd(), "data");

export interface Site {
  data: Dataset;
  version: string;
  /** Which plan is current, which are complete, their labels and years (data/plans.csv + the build date). */
  plans: PlanRegistry;
  indicator: (id: string) => Indicator;
  source: (id: string) => Source;
  series: (id: string) => Series;
  /** The series (calibers) of an indicator, in file order. */
  seriesOf: (indicatorId: string) => readonly Series[];
  statusOf: (target: Target) => StatusResult;
  observationsOf: (indicatorId: string) => readonly Observation[];
  /** The targets of an indicator, from an index: pages ask per indicator, and a scan per page grows with the square of the data. */
  targetsOf: (indicatorId: string) => readonly Target[];
}

export function buildSite(data: Dataset, version: string, date: string = buildDate()): Site {
  const byIndicator = Map.groupBy(data.observations, (o) => o.indicator_id);
  const observationsOf = (id: string) => byIndicator.get(id) ?? [];
  const targetsByIndicator = Map.groupBy(data.targets, (t) => t.indicator_id);
  // Lookups by id from indexes made once: every page asks, and a scan per page grows with the square of the data.
  const lookup = <T>(what: string, rows: readonly (T & { id: string })[]) => {
    const byId = new Map(rows.map((r) => [r.id, r]));
    return (id: string): T => {
      const found = byId.get(id);
      if (!found) throw new Error(`unknown ${what} "${id}"`);
      return found;
    };
  };
  const indicator = lookup<Indicator>("indicator", data.indicators);
  const seriesByIndicator = Map.groupBy(data.series, (s) => s.indicator_id);
  const statuses = new Map(
    data.targets.map((t) => [t.id, computeStatus(t, indicator(t.indicator_id), observationsOf(t.indicator_id), version, data.later_targets)]),
  );
  return {
    data,
    version,
    plans: planRegistry(data.plans, date),
    indicator,
    source: lookup<Source>("source", data.sources),
    series: lookup<Series>("series", data.series),
    seriesOf: (id) => seriesByIndicator.get(id) ?? [],
    observationsOf,
    targetsOf: (id) => targetsByIndicator.get(id) ?? [],
    statusOf: (t) => statuses.get(t.id)!,
  };
}

let cached: Site | undefined;
export function getSite(): Site {
  if (!cached) {
    const data = loadDataset(DATA_DIR);
    // Every target quote and box item must still stand verbatim in the plan text, or the build fails.
    assertPlanQuotes(data, DATA_DIR);
    cached = buildSite(data, dataVersion(DATA_DIR));
  }
  return cached;
}
