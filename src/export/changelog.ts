/**
 * What changed from one release to the next, computed from the files themselves (datapackage.json and
 * the tables' CSV), so that it covers every change whoever made it: values added, revised (old → new) and
 * removed; rows added, removed or changed in every other table (targets, sources, …); tables and columns
 * added or removed. Written into each release as changelog.json and CHANGELOG.md (Chinese and English),
 * shown on its landing page and summarised in the feed.
 */
import Papa from "papaparse";
import { FILES } from "./site.ts";

/** One observation, identified by its primary key, with the value as published. */
export interface ValueRecord {
  indicator_id: string;
  place_id: string;
  year: string;
  series_id: string;
  unit: string;
  value: string;
}

export interface ValueRevision extends Omit<ValueRecord, "value"> {
  old: string;
  new: string;
}

/** Rows of a table other than observations, by primary key ("a|b" for a key of several columns). */
export interface RowChanges {
  table: string;
  added: { key: string; label: string }[];
  removed: { key: string; label: string }[];
  changed: { key: string; label: string }[];
}

export interface Changelog {
  version: string;
  /** The release compared against; null for the first release (everything is new). */
  previous: string | null;
  values: { added: ValueRecord[]; revised: ValueRevision[]; removed: ValueRecord[] };
  /** Only tables with at least one change, in the new release's table order. */
  rows: RowChanges[];
  schema: {
    tablesAdded: string[];
    tablesRemoved: string[];
    columnsAdded: { table: string; column: string }[];
    columnsRemoved: { table: string; column: string }[];
  };
}

export const CHANGELOG_JSON = "changelog.json";
export const CHANGELOG_MD = "CHANGELOG.md";

interface Resource {
  name: string;
  path: string;
  schema: { fields: { name: string }[]; primaryKey?: string[] };
}

/** A release's files: returns undefined for a file the release does not have. */
export type ReleaseReader = (path: string) => Uint8Array | undefined;

const decoder = new TextDecoder();
const resourcesOf = (read: ReleaseReader): Resource[] => {
  const bytes = read(FILES.datapackage);
  if (!bytes) throw new Error(`${FILES.datapackage} is missing: cannot compare releases without it`);
  return (JSON.parse(decoder.decode(bytes)) as { resources: Resource[] }).resources;
};

function records(read: ReleaseReader, path: string): Record<string, string>[] {
  const bytes = read(path);
  if (!bytes) throw new Error(`${path} is listed in ${FILES.datapackage} but missing`);
  const parsed = Papa.parse<Record<string, string>>(decoder.decode(bytes), { header: true, skipEmptyLines: true });
  if (parsed.errors.length > 0) throw new Error(`${path}: ${parsed.errors[0]!.message} (row ${parsed.errors[0]!.row})`);
  return parsed.data;
}

const keyOf = (row: Record<string, string>, key: readonly string[]) => key.map((k) => row[k] ?? "").join("|");
const LABEL_COLUMNS = ["title", "label_zh", "name_zh", "sub_label_zh", "target_id"];
const labelOf = (row: Record<string, string>) => LABEL_COLUMNS.map((c) => row[c]).find((v) => v) ?? "";

/**
 * The value as published: `value_text` where the release has it (it keeps "92.10" and "89.0"), else
 * `value`. Two values are the same when they are the same number and, where both releases give the
 * text, the same text: a release that starts giving the published precision revises nothing.
 */
function sameValue(a: Record<string, string>, b: Record<string, string>): boolean {
  if (Number(a["value"]) !== Number(b["value"]) || (a["value"] === "") !== (b["value"] === "")) return false;
  return a["value_text"] === undefined || b["value_text"] === undefined || a["value_text"] === b["value_text"];
}
const shown = (row: Record<string, string>) => row["value_text"] || row["value"] || "";
const valueRecord = (row: Record<string, string>): ValueRecord => ({
  indicator_id: row["indicator_id"] ?? "",
  place_id: row["place_id"] ?? "",
  year: row["year"] ?? "",
  series_id: row["series_id"] ?? "",
  unit: row["unit"] ?? "",
  value: shown(row),
});

const OBSERVATIONS = "observations";

/** The changes from `previous` (null: none, this is the first release) to `next`, the release `version`. */
export function computeChangelog(version: string, previous: { version: string; read: ReleaseReader } | null, next: ReleaseReader): Changelog {
  const after = resourcesOf(next);
  const before = previous ? resourcesOf(previous.read) : [];
  const changelog: Changelog = {
    version,
    previous: previous?.version ?? null,
    values: { added: [], revised: [], removed: [] },
    rows: [],
    schema: { tablesAdded: [], tablesRemoved: [], columnsAdded: [], columnsRemoved: [] },
  };
  if (previous) {
    for (const old of before) {
      const now = after.find((r) => r.name === old.name);
      if (!now) changelog.schema.tablesRemoved.push(old.name);
      else for (const f of old.schema.fields) if (!now.schema.fields.some((g) => g.name === f.name)) changelog.schema.columnsRemoved.push({ table: old.name, column: f.name });
    }
    for (const now of after) {
      const old = before.find((r) => r.name === now.name);
      if (!old) changelog.schema.tablesAdded.push(now.name);
      else for (const g of now.schema.fields) if (!old.schema.fields.some((f) => f.name === g.name)) changelog.schema.columnsAdded.push({ table: now.name, column: g.name });
    }
  }

  for (const now of after) {
    const key = now.schema.primaryKey ?? [];
    if (key.length === 0) throw new Error(`${FILES.datapackage}: resource ${now.name} has no primary key`);
    const old = before.find((r) => r.name === now.name);
    const oldRows = new Map(old && previous ? records(previous.read, old.path).map((r) => [keyOf(r, key), r] as const) : []);
    const newRows = new Map(records(next, now.path).map((r) => [keyOf(r, key), r] as const));
    if (now.name === OBSERVATIONS) {
      for (const [k, row] of newRows) {
        const was = oldRows.get(k);
        if (!was) changelog.values.added.push(valueRecord(row));
        else if (!sameValue(was, row)) {
          const v = valueRecord(row);
          changelog.values.revised.push({ indicator_id: v.indicator_id, place_id: v.place_id, year: v.year, series_id: v.series_id, unit: v.unit, old: shown(was), new: v.value });
        }
      }
      for (const [k, row] of oldRows) if (!newRows.has(k)) changelog.values.removed.push(valueRecord(row));
      continue;
    }
    const common = old ? now.schema.fields.map((f) => f.name).filter((c) => old.schema.fields.some((f) => f.name === c)) : [];
    const changes: RowChanges = { table: now.name, added: [], removed: [], changed: [] };
    for (const [k, row] of newRows) {
      const was = oldRows.get(k);
      if (!was) changes.added.push({ key: k, label: labelOf(row) });
      else if (common.some((c) => was[c] !== row[c])) changes.changed.push({ key: k, label: labelOf(row) });
    }
    for (const [k, row] of oldRows) if (!newRows.has(k)) changes.removed.push({ key: k, label: labelOf(row) });
    if (changes.added.length + changes.removed.length + changes.changed.length > 0) changelog.rows.push(changes);
  }
  return changelog;
}

/** Counts for a one-line summary (feed items, lists). */
export function changeCounts(c: Changelog) {
  const rows = (table: string) => c.rows.find((r) => r.table === table);
  return {
    valuesAdded: c.values.added.length,
    valuesRevised: c.values.revised.length,
    valuesRemoved: c.values.removed.length,
    targetsAdded: (rows("targets")?.added.length ?? 0) + (rows("later_targets")?.added.length ?? 0),
    sourcesAdded: rows("sources")?.added.length ?? 0,
    columnsChanged: c.schema.columnsAdded.length + c.schema.columnsRemoved.length + c.schema.tablesAdded.length + c.schema.tablesRemoved.length,
  };
}

/** One line per language: "新增数值 3 个，修订 1 个，删除 0 个；新增目标 2 项；新增来源 4 个；表结构变更 1 处。" */
export function changeSummary(c: Changelog): { zh: string; en: string } {
  const n = changeCounts(c);
  if (!c.previous) return { zh: "首个版本，全部内容均为新增。", en: "First release: everything is new." };
  const zh = `相对 ${c.previous}：新增数值 ${n.valuesAdded} 个，修订 ${n.valuesRevised} 个，删除 ${n.valuesRemoved} 个；新增目标 ${n.targetsAdded} 项；新增来源 ${n.sourcesAdded} 个；表结构变更 ${n.columnsChanged} 处。`;
  const en = `Against ${c.previous}: ${n.valuesAdded} values added, ${n.valuesRevised} revised, ${n.valuesRemoved} removed; ${n.targetsAdded} targets added; ${n.sourcesAdded} sources added; ${n.columnsChanged} changes to tables and columns.`;
  return { zh, en };
}

const valueId = (v: Omit<ValueRecord, "value">) => `${v.indicator_id} · ${v.place_id} · ${v.year} · ${v.series_id}`;
const TABLE_HEADINGS: Record<string, { zh: string; en: string }> = {
  targets: { zh: "目标", en: "Targets" },
  later_targets: { zh: "后续文件设定的目标", en: "Targets set by later documents" },
  sources: { zh: "来源", en: "Sources" },
};

/** CHANGELOG.md: the same changes in Chinese, then in English, every row named. */
export function changelogMarkdown(c: Changelog): string {
  const summary = changeSummary(c);
  const out: string[] = [`# 更新记录 · Changelog: ${c.version}`, ""];
  for (const lang of ["zh", "en"] as const) {
    const L = (zh: string, en: string) => (lang === "zh" ? zh : en);
    out.push(`## ${L("中文", "English")}`, "", summary[lang], "");
    if (!c.previous) continue;
    const list = (heading: string, items: string[]) => {
      if (items.length === 0) return;
      out.push(`### ${heading} (${items.length})`, "", ...items.map((i) => `- ${i}`), "");
    };
    list(L("新增数值", "Values added"), c.values.added.map((v) => `${valueId(v)}: ${v.value} ${v.unit}`.trimEnd()));
    list(L("修订数值（旧 → 新）", "Values revised (old → new)"), c.values.revised.map((v) => `${valueId(v)}: ${v.old} → ${v.new} ${v.unit}`.trimEnd()));
    list(L("删除数值", "Values removed"), c.values.removed.map((v) => `${valueId(v)}: ${v.value} ${v.unit}`.trimEnd()));
    for (const r of c.rows) {
      const name = TABLE_HEADINGS[r.table]?.[lang] ?? r.table;
      const item = (x: { key: string; label: string }) => (x.label ? `${x.key}: ${x.label}` : x.key);
      list(L(`${name}：新增`, `${name}: added`), r.added.map(item));
      list(L(`${name}：修改`, `${name}: changed`), r.changed.map(item));
      list(L(`${name}：删除`, `${name}: removed`), r.removed.map(item));
    }
    list(L("表结构", "Tables and columns"), [
      ...c.schema.tablesAdded.map((t) => L(`新增表 ${t}`, `table ${t} added`)),
      ...c.schema.tablesRemoved.map((t) => L(`删除表 ${t}`, `table ${t} removed`)),
      ...c.schema.columnsAdded.map((x) => L(`新增列 ${x.table}.${x.column}`, `column ${x.table}.${x.column} added`)),
      ...c.schema.columnsRemoved.map((x) => L(`删除列 ${x.table}.${x.column}`, `column ${x.table}.${x.column} removed`)),
    ]);
  }
  return out.join("\n").trimEnd() + "\n";
}
