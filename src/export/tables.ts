/** The tables of a release, from the validated dataset and the engine's statuses. */
import { tables } from "../schema/tables.ts";
import type { TableDef } from "../schema/table.ts";
import type { Dataset } from "../data/load.ts";
import type { Indicator, Target } from "../schema/tables.ts";
import type { StatusResult } from "../status/computeStatus.ts";
import { exportTable, type ExportTable, type Row } from "./fields.ts";
import { statusesTable, statusRecord } from "./statuses.ts";
import { derivedColumns, withDerived } from "./derived.ts";

/** What the writers need: the dataset and the status of each target. */
export interface ExportSource {
  data: Dataset;
  statusOf: (target: Target) => StatusResult;
}

/** Every published table definition, in release order: the collected tables, then `statuses`. */
export const exportDefs: readonly TableDef[] = [...tables, statusesTable];

/**
 * Every table of a release with its rows, in the loader's order (file order) and `statuses` in target
 * order, each with its derived columns (./derived.ts) after the columns they come from.
 */
export function exportTables(source: ExportSource): ExportTable[] {
  const rowsOf = (name: string): readonly Row[] => {
    if (name === statusesTable.name) return source.data.targets.map((t) => statusRecord(t, source.statusOf(t)));
    const rows = (source.data as unknown as Record<string, readonly Row[] | undefined>)[name];
    if (!rows) throw new Error(`the dataset has no table "${name}"`);
    return rows;
  };
  return exportDefs.map((def) => {
    const table = exportTable(def, rowsOf(def.name));
    const derived = derivedColumns(def.name);
    if (derived.length === 0) return table;
    const fields = [...table.fields];
    for (const d of derived) {
      const at = fields.findIndex((f) => f.name === d.from);
      if (at < 0) throw new Error(`derived column ${def.name}.${d.name}: no column ${d.from}`);
      fields.splice(at + 1, 0, { name: d.name, doc: d.doc });
    }
    return { ...table, fields, rows: table.rows.map((r) => withDerived(def.name, r)) };
  });
}

/** The part of a release that concerns one indicator. */
export interface IndicatorSubset {
  indicator: Indicator;
  observations: ExportTable;
  targets: ExportTable;
  statuses: ExportTable;
  series: ExportTable;
  sources: ExportTable;
}

const byName = (all: readonly ExportTable[], name: string) => {
  const found = all.find((t) => t.def.name === name);
  if (!found) throw new Error(`no exported table "${name}"`);
  return found;
};
const filtered = (t: ExportTable, keep: (row: Row) => boolean): ExportTable => ({ ...t, rows: t.rows.filter(keep) });

export function indicatorSubsets(all: readonly ExportTable[]): IndicatorSubset[] {
  const observations = byName(all, "observations");
  const targets = byName(all, "targets");
  const statuses = byName(all, "statuses");
  const series = byName(all, "series");
  const sources = byName(all, "sources");
  return (byName(all, "indicators").rows as readonly Indicator[]).map((indicator) => {
    const mine = (row: Row) => row["indicator_id"] === indicator.id;
    const obs = filtered(observations, mine);
    const used = new Set(obs.rows.flatMap((o) => [o["source_id"] as string, ...(o["corroborating_source_ids"] as string[])]));
    return {
      indicator,
      observations: obs,
      targets: filtered(targets, mine),
      statuses: filtered(statuses, mine),
      series: filtered(series, mine),
      sources: filtered(sources, (s) => used.has(s["id"] as string)),
    };
  });
}

/** File names of one indicator's files inside `by-indicator/`. */
export const indicatorFiles = (id: string) => ({
  json: `${id}.json`,
  observations: `${id}.observations.csv`,
  targets: `${id}.targets.csv`,
  statuses: `${id}.statuses.csv`,
});
