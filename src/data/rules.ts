/** Rules that need more than one cell: keys, references and domain rules across tables. */
import type { Dataset, Locator } from "./load.ts";
import type { DataIssue } from "./issue.ts";
import type { Indicator } from "../schema/tables.ts";

export const YEAR_MIN = 2010;
export const YEAR_MAX = 2035;
/** A former results-page address: one lower-case path segment, so that it becomes one static page per locale. */
const FORMER_PATH = /^\/[a-z0-9-]+\/$/;

type Issue = Omit<DataIssue, "file" | "line">;

export function crossCheck(data: Dataset, locate: Locator): DataIssue[] {
  const issues: DataIssue[] = [];
  const report = (record: object, issue: Issue) => issues.push({ ...locate(record), ...issue });

  const ids = {
    places: new Set(data.places.map((r) => r.id)),
    sources: new Set(data.sources.map((r) => r.id)),
    plans: new Set(data.plans.map((r) => r.id)),
    indicators: new Set(data.indicators.map((r) => r.id)),
    series: new Set(data.series.map((r) => r.id)),
    targets: new Set(data.targets.map((r) => r.id)),
  };
  const indicatorById = new Map(data.indicators.map((r) => [r.id, r]));
  const seriesById = new Map(data.series.map((r) => [r.id, r]));

  const unique = <R extends object>(rows: readonly R[], key: (r: R) => string, column: string, what: string) => {
    const first = new Map<string, R>();
    for (const row of rows) {
      const k = key(row);
      const earlier = first.get(k);
      if (earlier) {
        report(row, { column, value: k, rule: "unique", message: `duplicate ${what}; first seen on line ${locate(earlier).line}` });
      } else first.set(k, row);
    }
  };
  const exists = (record: object, column: string, value: string, table: keyof typeof ids) => {
    if (!ids[table].has(value)) {
      report(record, { column, value, rule: "reference", message: `no ${table} record has the id "${value}"` });
    }
  };
  const year = (record: object, column: string, value: number | null) => {
    if (value !== null && (value < YEAR_MIN || value > YEAR_MAX)) {
      report(record, { column, value: String(value), rule: "year-range", message: `year must be between ${YEAR_MIN} and ${YEAR_MAX}` });
    }
  };
  const share = (record: object, column: string, value: number | null, indicator: Indicator | undefined) => {
    if (value !== null && indicator?.measure === "share" && (value < 0 || value > 100)) {
      report(record, { column, value: String(value), rule: "share-range", message: `"${indicator.id}" is a share: values must be between 0 and 100` });
    }
  };
  // The published text and the number must be the same figure, so neither can drift from the other.
  const publishedAs = (record: object, column: string, text: string, value: number) => {
    if (Number(text) !== value) {
      report(record, { column, value: text, rule: "value-text", message: `is not the same number as the value ${value}: write the figure exactly as published in both columns` });
    }
  };
  // Each language's pages show only that language's column, so a note in one language alone would vanish
  // from the other language's pages.
  const bilingual = (record: object, en: { column: string; text: string | null }, zh: { column: string; text: string | null }) => {
    if ((en.text === null) !== (zh.text === null)) {
      const [given, missing] = en.text === null ? [zh, en] : [en, zh];
      report(record, { column: missing.column, value: "", rule: "bilingual", message: `${given.column} is filled, so ${missing.column} must be too (English pages show ${en.column}, Chinese pages ${zh.column})` });
    }
    if (zh.text !== null && !/\p{Script=Han}/u.test(zh.text)) {
      report(record, { column: zh.column, value: zh.text, rule: "bilingual", message: "must be written in Chinese (it is what Chinese pages show)" });
    }
  };
  const seriesOf = (record: object, seriesId: string, indicatorId: string) => {
    const s = seriesById.get(seriesId);
    if (s && s.indicator_id !== indicatorId) {
      report(record, { column: "series_id", value: seriesId, rule: "series-indicator", message: `series belongs to indicator "${s.indicator_id}", not "${indicatorId}"` });
    }
  };

  for (const [name, rows] of [
    ["place", data.places],
    ["source", data.sources],
    ["plan", data.plans],
    ["indicator", data.indicators],
    ["series", data.series],
    ["target", data.targets],
  ] as const) {
    unique<{ id: string }>(rows, (r) => r.id, "id", `${name} id`);
  }
  unique(data.places, (r) => String(r.adcode), "adcode", "adcode");

  for (const s of data.sources) {
    bilingual(s, { column: "note", text: s.note }, { column: "note_zh", text: s.note_zh });
    bilingual(s, { column: "date_note", text: s.date_note }, { column: "date_note_zh", text: s.date_note_zh });
  }
  for (const plan of data.plans) {
    exists(plan, "source_id", plan.source_id, "sources");
    year(plan, "period_start", plan.period_start);
    year(plan, "period_end", plan.period_end);
    if (plan.period_end < plan.period_start) {
      report(plan, { column: "period_end", value: String(plan.period_end), rule: "period", message: "the period ends before it starts" });
    }
    if (plan.former_path !== null && !FORMER_PATH.test(plan.former_path)) {
      report(plan, { column: "former_path", value: plan.former_path, rule: "former-path", message: "must be one path segment between slashes, like /scorecard/" });
    }
  }
  // The registry (src/data/plans.ts) takes the latest plan begun by the build date as current: that is
  // only well defined when plans follow one another.
  const byStart = [...data.plans].sort((a, b) => a.period_start - b.period_start);
  for (const [i, plan] of byStart.entries()) {
    const before = byStart[i - 1];
    if (before && plan.period_start <= before.period_end) {
      report(plan, { column: "period_start", value: String(plan.period_start), rule: "plan-overlap", message: `the period overlaps plan "${before.id}" (${before.period_start}–${before.period_end}); plans must follow one another` });
    }
  }
  for (const s of data.series) exists(s, "indicator_id", s.indicator_id, "indicators");

  for (const t of data.targets) {
    exists(t, "plan_id", t.plan_id, "plans");
    exists(t, "indicator_id", t.indicator_id, "indicators");
    exists(t, "series_id", t.series_id, "series");
    seriesOf(t, t.series_id, t.indicator_id);
    year(t, "baseline_year", t.baseline_year);
    year(t, "target_year", t.target_year);
    year(t, "result_year", t.result_year);
    const indicator = indicatorById.get(t.indicator_id);
    share(t, "baseline_value", t.baseline_value, indicator);
    share(t, "target_value", t.target_value, indicator);
    share(t, "result_value", t.result_value, indicator);
    if (t.target_year <= t.baseline_year) {
      report(t, { column: "target_year", value: String(t.target_year), rule: "period", message: "the target year must come after the baseline year" });
    }
    const needsValue = ["at-least", "at-most", "cumulative-change", "count"].includes(t.target_kind);
    if (needsValue && t.target_value === null) {
      report(t, { column: "target_value", value: "", rule: "target-value", message: `a "${t.target_kind}" target needs a target_value` });
    }
    if (t.target_kind === "national-assignment" && t.target_value !== null) {
      report(t, { column: "target_value", value: String(t.target_value), rule: "target-value", message: "a target assigned by the national government (国家下达指标) has no value in the plan: leave target_value empty" });
    }
    if (t.target_kind === "zero" && t.target_value !== null && t.target_value !== 0) {
      report(t, { column: "target_value", value: String(t.target_value), rule: "target-value", message: "a zero target must have target_value 0 or empty" });
    }
  }

  const targetById = new Map(data.targets.map((t) => [t.id, t]));
  unique(data.later_targets, (l) => `${l.target_id} / ${l.source_id}`, "source_id", "later target (target, source)");
  unique(data.later_targets.filter((l) => l.role === "sets-value"), (l) => l.target_id, "target_id", "sets-value row for this target (one later value per target)");
  for (const l of data.later_targets) {
    exists(l, "target_id", l.target_id, "targets");
    exists(l, "source_id", l.source_id, "sources");
    publishedAs(l, "target_value_text", l.target_value_text, l.target_value);
    const t = targetById.get(l.target_id);
    if (!t) continue;
    if (l.target_year !== t.target_year) {
      report(l, { column: "target_year", value: String(l.target_year), rule: "later-target", message: `the plan's target "${t.id}" is for ${t.target_year}` });
    }
    const assigned = t.target_kind === "national-assignment";
    if (l.role === "sets-value" && !assigned) {
      report(l, { column: "role", value: l.role, rule: "later-target", message: `the plan prints a value for "${t.id}": a later document can only confirm it (role confirms)` });
    }
    if (l.role === "confirms" && assigned) {
      report(l, { column: "role", value: l.role, rule: "later-target", message: `the plan prints no value for "${t.id}" (国家下达指标): use role sets-value` });
    }
    if ((l.role === "confirms") !== (l.national_link === "not-applicable")) {
      report(l, { column: "national_link", value: l.national_link, rule: "later-target", message: "not-applicable is for confirms rows only, and a confirms row is always not-applicable" });
    }
    if (l.national_link === "not-confirmed" && (l.link_note_zh === null || l.link_note_en === null)) {
      report(l, { column: "link_note_zh", value: l.link_note_zh ?? "", rule: "later-target", message: "say in link_note_zh and link_note_en why the link to the national assignment is not confirmed" });
    }
    if (l.measure === "share" && (l.target_value < 0 || l.target_value > 100)) {
      report(l, { column: "target_value", value: String(l.target_value), rule: "share-range", message: "a share must be between 0 and 100" });
    }
  }

  unique(data.observations, (o) => `${o.indicator_id} / ${o.place_id} / ${o.year} / ${o.series_id}`, "year", "observation (indicator, place, year, series)");
  for (const o of data.observations) {
    exists(o, "indicator_id", o.indicator_id, "indicators");
    exists(o, "place_id", o.place_id, "places");
    exists(o, "series_id", o.series_id, "series");
    exists(o, "source_id", o.source_id, "sources");
    for (const c of o.corroborating_source_ids) exists(o, "corroborating_source_ids", c, "sources");
    if (o.corroborating_source_ids.includes(o.source_id)) {
      report(o, { column: "corroborating_source_ids", value: o.source_id, rule: "reference", message: "the primary source is listed again as corroborating" });
    }
    seriesOf(o, o.series_id, o.indicator_id);
    year(o, "year", o.year);
    const indicator = indicatorById.get(o.indicator_id);
    share(o, "value", o.value, indicator);
    publishedAs(o, "value_text", o.value_text, o.value);
    bilingual(o, { column: "note", text: o.note }, { column: "note_zh", text: o.note_zh });
    if (indicator && o.unit !== indicator.unit) {
      report(o, { column: "unit", value: o.unit, rule: "unit", message: `the indicator "${indicator.id}" is measured in "${indicator.unit}"` });
    }
  }

  unique(data.projects, (p) => p.id, "id", "box item id");
  for (const p of data.projects) for (const c of p.city_ids) exists(p, "city_ids", c, "places");

  // A target's printed baseline and the observation recorded for the same year and series must agree.
  const observed = new Map(
    data.observations.filter((o) => o.place_id === "zhejiang").map((o) => [`${o.series_id}/${o.year}`, o]),
  );
  for (const t of data.targets) {
    const o = observed.get(`${t.series_id}/${t.baseline_year}`);
    if (t.baseline_value !== null && o && o.value !== t.baseline_value) {
      report(t, {
        column: "baseline_value",
        value: String(t.baseline_value),
        rule: "baseline-agrees",
        message: `differs from the observation for ${t.baseline_year} in series "${t.series_id}" (${o.value}, ${locate(o).file}:${locate(o).line})`,
      });
    }
  }
  return issues;
}
