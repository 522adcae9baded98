/**
 * The chart and dashboard models against the project's data: expectations are computed from the
 * validated dataset (never copied from the output), so they hold as rows are added.
 */
import { describe, expect, it } from "vitest";
import { getSite } from "../../src/data/dataset.ts";
import { mainRowsByDomain } from "../../src/data/overview.ts";
import { PROVINCE_ID, describeIndicator, indicatorChartModel, primaryTarget } from "../../src/charts/indicatorModel.ts";
import {
  evidenceGaps,
  expectedPublication,
  indicatorYearCoverage,
  lastUpdated,
  planYears,
  sparklineSpec,
  statusCounts,
} from "../../src/charts/dashboard.ts";
import { formatDate } from "../../src/charts/dates.ts";
import { formatValue } from "../../src/i18n/format.ts";
import { statusCodes } from "../../src/status/computeStatus.ts";

const site = getSite();
const { data } = site;
const province = (id: string) => data.observations.filter((o) => o.indicator_id === id && o.place_id === PROVINCE_ID);

describe("indicator chart model", () => {
  for (const locale of ["zh", "en"] as const) {
    it(`plots every provincial value and no city value, one series per caliber (${locale})`, () => {
      for (const indicator of data.indicators) {
        const { spec, rows } = indicatorChartModel(site, indicator, locale);
        const expected = province(indicator.id);
        expect(spec.series.flatMap((s) => s.points)).toHaveLength(expected.length);
        expect(rows.filter((r) => r.kind === "observation")).toHaveLength(expected.length);
        expect(new Set(spec.series.map((s) => s.id))).toEqual(new Set(expected.map((o) => o.series_id)));
        for (const s of spec.series) {
          const own = expected.filter((o) => o.series_id === s.id).map((o) => `${o.year}:${o.value}`).sort();
          expect(s.points.map((p) => `${p.year}:${p.value}`).sort(), `${indicator.id} ${s.id}`).toEqual(own);
        }
      }
    });
  }

  it("puts the target's caliber first and marks a break where a later caliber starts", () => {
    for (const indicator of data.indicators) {
      const { spec, primary } = indicatorChartModel(site, indicator, "en");
      if (primary && province(indicator.id).some((o) => o.series_id === primary.series_id)) expect(spec.series[0]!.id).toBe(primary.series_id);
      const starts = spec.series.map((s) => Math.min(...s.points.map((p) => p.year))).sort((a, b) => a - b);
      expect(spec.breaks.map((b) => b.year)).toEqual([...new Set(starts.slice(1))]);
    }
  });

  it("marks a reprint-sourced value as such", () => {
    const sources = new Map(data.sources.map((s) => [s.id, s]));
    for (const indicator of data.indicators) {
      const { spec } = indicatorChartModel(site, indicator, "zh");
      const expected = province(indicator.id).filter((o) => sources.get(o.source_id)?.access === "reprint").length;
      expect(spec.series.flatMap((s) => s.points).filter((p) => p.reprint)).toHaveLength(expected);
    }
  });

  it("leads with the current plan's Table-2 target where there is one, and draws earlier plans' targets as earlier segments", () => {
    for (const indicator of data.indicators) {
      const targets = data.targets.filter((t) => t.indicator_id === indicator.id);
      const t2 = targets.find((t) => t.plan_id === "fyp14" && t.source_table === "table-2");
      const primary = primaryTarget(site, indicator.id);
      if (t2) expect(primary?.id).toBe(t2.id);
      if (targets.length === 0) expect(primary).toBeNull();
      const { spec } = indicatorChartModel(site, indicator, "zh");
      const earlier = primary?.plan_id === "fyp14" ? targets.filter((t) => t.plan_id === "fyp13") : [];
      expect(spec.targets.filter((t) => t.role === "earlier")).toHaveLength(earlier.length);
    }
  });

  it("describes the main series' first and latest values and the target, in both languages", () => {
    for (const indicator of data.indicators) {
      const primary = primaryTarget(site, indicator.id);
      const main = province(indicator.id)
        .filter((o) => (primary ? o.series_id === primary.series_id : true))
        .sort((a, b) => a.year - b.year);
      for (const locale of ["zh", "en"] as const) {
        const text = indicatorChartModel(site, indicator, locale).spec.description;
        expect(text.length).toBeGreaterThan(10);
        if (primary && main.length > 0) {
          const last = main.at(-1)!;
          expect(text, indicator.id).toContain(formatValue(last.value, indicator.unit, locale));
          expect(text).toContain(String(last.year));
        }
        if (primary?.target_kind === "national-assignment") expect(text).toMatch(locale === "zh" ? /国家下达/ : /national government/);
      }
    }
  });

  it("says so when the target's caliber has no value but another has", () => {
    const indicator = data.indicators[0]!;
    const fake = { ...data.targets.find((t) => t.indicator_id === indicator.id)!, series_id: "no-such-series" };
    const text = describeIndicator(indicator, fake, [{ id: "other", points: [{ year: 2021, value: 1 }] }], "en");
    expect(text).toMatch(/on the target's caliber/);
    expect(text).toMatch(/1 other caliber/);
  });
});

describe("dashboard selections", () => {
  const rows = mainRowsByDomain(site).flatMap((g) => g.rows);

  it("counts statuses exactly as the engine assigns them", () => {
    const counts = statusCounts(rows);
    expect(counts.reduce((n, c) => n + c.count, 0)).toBe(rows.length);
    for (const code of statusCodes) {
      const n = rows.filter((r) => site.statusOf(r.target).status === code).length;
      expect(counts.find((c) => c.status === code)?.count ?? 0, code).toBe(n);
    }
    expect(counts.every((c) => c.count > 0)).toBe(true);
  });

  it("defines indicator-years as Table-2 indicators × 2021…2025, province level, and counts the covered ones", () => {
    // The 14th plan (2021–2025) is current and every year of it has ended by any build date since 2026.
    expect(site.plans.current.id).toBe("fyp14");
    expect(planYears(site)).toEqual([2021, 2022, 2023, 2024, 2025]);
    const cover = indicatorYearCoverage(site);
    const ids = [...new Set(data.targets.filter((t) => t.plan_id === "fyp14" && t.source_table === "table-2").map((t) => t.indicator_id))];
    expect(cover.indicators.map((i) => i.id).sort()).toEqual([...ids].sort());
    expect(cover.total).toBe(ids.length * 5);
    let observed = 0;
    for (const id of ids) for (let y = 2021; y <= 2025; y++) if (province(id).some((o) => o.year === y)) observed++;
    expect(cover.observed).toBe(observed);
  });

  it("lists as gaps exactly the plan years without a provincial value, with the publication for that year", () => {
    for (const indicator of data.indicators) {
      const gaps = evidenceGaps(site, indicator, "zh");
      const have = new Set(province(indicator.id).map((o) => o.year));
      expect(gaps.map((g) => g.year)).toEqual(planYears(site).filter((y) => !have.has(y)));
      for (const g of gaps) {
        if (indicator.expected_publication_zh) expect(g.publication).toBe(`${g.year}年${indicator.expected_publication_zh}`);
        else expect(g.publication).toBeNull();
      }
    }
    const pm = site.indicator("pm25");
    expect(expectedPublication(pm, 2023, "en")).toContain("2023");
  });

  it("builds each sparkline from the target's own caliber, within its period, never from the previous period's change", () => {
    for (const row of rows) {
      const spec = sparklineSpec(site, row, "zh");
      const periodChange = row.target.target_kind === "cumulative-change" || row.indicator.measure === "change";
      const expected = province(row.indicator.id).filter(
        (o) => o.series_id === row.target.series_id && o.year <= row.target.target_year && (periodChange ? o.year > row.target.baseline_year : o.year >= row.target.baseline_year),
      );
      if (expected.length === 0) expect(spec).toBeNull();
      else expect(spec!.points.map((p) => p.year)).toEqual(expected.map((o) => o.year).sort((a, b) => a - b));
      if (spec) for (const p of spec.points) expect(spec.label).toContain(String(p.year));
    }
  });

  it("takes the last update from the newest source date of an indicator's values", () => {
    for (const indicator of data.indicators) {
      const ids = new Set(data.observations.filter((o) => o.indicator_id === indicator.id).flatMap((o) => [o.source_id, ...o.corroborating_source_ids]));
      const dates = data.sources.filter((s) => ids.has(s.id)).map((s) => s.date).filter((d): d is string => d !== null);
      const updated = lastUpdated(site, indicator.id);
      if (dates.length === 0) expect(updated).toBeNull();
      else for (const d of dates) expect(updated! >= d).toBe(true);
    }
  });

  it("formats dates as precisely as the source gives them", () => {
    expect(formatDate("2023-06-07", "zh")).toBe("2023年6月7日");
    expect(formatDate("2022-07", "zh")).toBe("2022年7月");
    expect(formatDate("2022", "zh")).toBe("2022年");
    expect(formatDate("2023-06-07", "en")).toBe("7 June 2023");
    expect(formatDate("2022-07", "en")).toBe("July 2022");
  });
});
