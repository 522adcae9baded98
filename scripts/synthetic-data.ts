/**
 * Synthetic data for the build benchmark (`npm run bench`): the real data plus synthetic indicators whose
 * number grows with a factor. Each factor adds the size of the plan's main table — 18 indicators, each with a
 * provincial value and a value for each of the 11 cities in each of 10 years, a 13th- and a 14th-plan
 * target, and sources per year — so factor 10 adds 180 indicators × 11 cities × 10 years. The real rows stay
 * because the plan text and the stories cite them. Every synthetic number is made up; every synthetic name
 * says “合成/synthetic”.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { domains } from "../src/schema/indicators.ts";

export const INDICATORS_PER_FACTOR = 18;
export const YEARS = Array.from({ length: 10 }, (_, i) => 2016 + i);
/** Publications per year at factor 1 (a bulletin per domain and a statistics yearbook, say). */
const SOURCES_PER_YEAR = 6;

type Row = Record<string, string | number | boolean>;

/** Deterministic values in [0, 1): the same factor always gives the same data. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const header = (dir: string, file: string) => readFileSync(join(dir, file), "utf-8").split(/\r?\n/, 1)[0]!.split(",");

/** Writes the real data of `realDir` plus the synthetic rows for `factor` into `outDir`; returns the totals. */
export function writeSyntheticData(realDir: string, outDir: string, factor: number): { indicators: number; observations: number; targets: number; sources: number } {
  mkdirSync(outDir, { recursive: true });
  for (const file of readdirSync(realDir)) if (file.endsWith(".csv")) copyFileSync(join(realDir, file), join(outDir, file));
  // Appended after the real rows, by column name (a column the generator does not know stays empty).
  const write = (file: string, rows: Row[]) => {
    const fields = header(realDir, file);
    const real = readFileSync(join(realDir, file), "utf-8");
    const csv = Papa.unparse({ fields, data: rows.map((r) => fields.map((c) => r[c] ?? "")) }, { header: false, newline: "\n" });
    writeFileSync(join(outDir, file), `${real}${real.endsWith("\n") ? "" : "\n"}${csv}\n`);
  };
  const cities = Papa.parse<Row>(readFileSync(join(realDir, "places.csv"), "utf-8"), { header: true, skipEmptyLines: true })
    .data.filter((p) => p["level"] === "city")
    .map((p) => String(p["id"]));

  const next = random(factor);
  const perYear = SOURCES_PER_YEAR * factor;
  const sources: Row[] = YEARS.flatMap((year) =>
    Array.from({ length: perYear }, (_, k) => ({
      id: `syn-${year}-${k + 1}`,
      publisher: `合成发布机构 ${k + 1}`,
      publisher_en: `Synthetic publisher ${k + 1}`,
      title: `${year}年合成公报 ${k + 1}（基准测试用，非真实出版物）`,
      title_en: `Synthetic bulletin ${k + 1} for ${year} (benchmark only, not a real publication)`,
      document_number: "",
      date: `${year + 1}-06-05`,
      date_note: "",
      date_note_zh: "",
      url: `https://example.invalid/synthetic/${year}/${k + 1}`,
      access: k % 5 === 4 ? "reprint" : "original",
      kind: "environment-bulletin",
      note: "Synthetic benchmark source.",
      note_zh: "基准测试用的合成来源。",
    })),
  );
  const sourceOf = (year: number, i: number) => `syn-${year}-${(i % perYear) + 1}`;

  const indicators: Row[] = [];
  const series: Row[] = [];
  const observations: Row[] = [];
  const targets: Row[] = [];
  const later: Row[] = [];
  const n = INDICATORS_PER_FACTOR * factor;
  for (let i = 0; i < n; i++) {
    const id = `syn-${String(i + 1).padStart(3, "0")}`;
    const higher = i % 3 !== 2;
    indicators.push({
      id,
      name_zh: `合成指标${i + 1}`,
      name_en: `Synthetic indicator ${i + 1}`,
      unit: "%",
      measure: "share",
      direction: higher ? "higher" : "lower",
      domain: domains[i % domains.length]!,
      caliber_note_zh: i % 4 === 0 ? "合成数据，口径说明仅作测试。" : "",
      caliber_note_en: i % 4 === 0 ? "Synthetic data; caliber note for testing only." : "",
      expected_publication_zh: "合成年度公报",
      expected_publication_en: "Synthetic annual bulletin",
    });
    const main = `${id}--main`;
    const city = `${id}--city-reported`;
    series.push({ id: main, indicator_id: id, name_zh: "全省", name_en: "Province", note_zh: "", note_en: "" });
    series.push({ id: city, indicator_id: id, name_zh: "各市自行公布口径", name_en: "As reported by each city", note_zh: "合成。", note_en: "Synthetic." });
    const province = new Map<number, number>();
    const start = 40 + next() * 40;
    for (const [y, year] of YEARS.entries()) {
      const value = Math.round((start + (higher ? 1 : -1) * y * next() * 2) * 10) / 10;
      province.set(year, value);
      observations.push({ indicator_id: id, place_id: "zhejiang", year, value, value_text: String(value), unit: "%", series_id: main, source_id: sourceOf(year, i), corroborating_source_ids: "", flags: "", note: "" });
      for (const [c, place] of cities.entries()) {
        const v = Math.round(Math.min(100, Math.max(0, value + (next() - 0.5) * 20)) * 10) / 10;
        observations.push({ indicator_id: id, place_id: place, year, value: v, value_text: String(v), unit: "%", series_id: city, source_id: sourceOf(year, i + c + 1), corroborating_source_ids: "", flags: "", note: "" });
      }
    }
    const target = (plan: string, table: string, baselineYear: number, targetYear: number, result: boolean): Row => {
      const baseline = province.get(baselineYear) ?? Math.round(start * 10) / 10;
      const goal = Math.round(Math.min(100, Math.max(0, baseline + (higher ? 3 : -3))) * 10) / 10;
      const reached = province.get(targetYear);
      return {
        id: `${plan}-${id}`,
        plan_id: plan,
        indicator_id: id,
        source_table: table,
        row_number: i + 1,
        sub_label_zh: "",
        sub_label_en: "",
        label_zh: `合成指标${i + 1}(%)`,
        binding: i % 2 === 0 ? "binding" : "expected",
        category_zh: "合成",
        baseline_year: baselineYear,
        baseline_value: baseline,
        baseline_text: String(baseline),
        target_year: targetYear,
        target_kind: higher ? "at-least" : "at-most",
        target_value: goal,
        target_text: String(goal),
        quote_zh: "",
        paragraph_id: "",
        result_year: result && reached !== undefined ? targetYear : "",
        result_value: result && reached !== undefined ? reached : "",
        result_text: result && reached !== undefined ? String(reached) : "",
        completion_zh: result ? "完成" : "",
        estimated: false,
        caliber_changed: false,
        series_id: main,
        note_zh: "合成目标（基准测试用）。",
        note_en: "Synthetic target (benchmark).",
      };
    };
    // The 13th plan's targets run from a baseline before the synthetic years; the 14th plan's from 2020.
    const current = target("fyp14", "table-2", 2020, 2025, false);
    targets.push(target("fyp13", "table-1", 2015, 2020, true), current);
    // Every sixth target is confirmed by a later document (the status engine reads these per target).
    if (i % 6 === 0) {
      later.push({
        target_id: current["id"]!,
        source_id: sourceOf(2022, i),
        role: "confirms",
        target_year: 2025,
        target_kind: current["target_kind"]!,
        target_value: current["target_value"]!,
        target_value_text: current["target_text"]!,
        unit: "%",
        measure: "share",
        quote_zh: `合成引文${i + 1}`,
        summary_zh: "合成：后续文件重申目标。",
        summary_en: "Synthetic: a later document restates the target.",
        national_link: "not-applicable",
        link_note_zh: "",
        link_note_en: "",
        note_zh: "",
        note_en: "",
      });
    }
  }
  write("sources.csv", sources);
  write("indicators.csv", indicators);
  write("series.csv", series);
  write("observations.csv", observations);
  write("targets.csv", targets);
  write("later_targets.csv", later);
  const rowsIn = (file: string) => Papa.parse(readFileSync(join(realDir, file), "utf-8"), { header: true, skipEmptyLines: true }).data.length;
  return {
    indicators: rowsIn("indicators.csv") + n,
    observations: rowsIn("observations.csv") + observations.length,
    targets: rowsIn("targets.csv") + targets.length,
    sources: rowsIn("sources.csv") + sources.length,
  };
}
