/**
 * "A plan is data only": the real data plus a synthetic third plan (tests/fixtures/synthetic-plan/, 2026–2030,
 * invented, no text on the site), built twice with no code change — once while the plan runs (2027), once
 * after it has ended (2031). The plan must lead the dashboard, reach the indicator charts and get its own
 * results page, and its targets must show without links into a plan text.
 */
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { astroBuild, buildFolder } from "../../scripts/astro-build.ts";

const FIXTURE = join(process.cwd(), "tests/fixtures/synthetic-plan");
const PLAN = "fyp15-synthetic";
const NAME_ZH = "虚构测试规划（2026—2030年，非真实文件）";
const NAME_EN = "Synthetic test plan (2026–2030; not a real document)";
const SHORT = { zh: "虚构规划", en: "synthetic plan" };
const temp = mkdtempSync(join(tmpdir(), "zj-synthetic-plan-"));
const data = join(temp, "data");
const builds = { running: buildFolder("synthetic-plan-2027"), ended: buildFolder("synthetic-plan-2031") };
const results: Record<keyof typeof builds, { code: number | null; log: string }> = { running: { code: null, log: "" }, ended: { code: null, log: "" } };

/**
 * Copies data/ and appends the fixture's rows to each table, matched by column name, so that a column added
 * to a table later is left empty here (and the build says so if it is required) instead of shifting values.
 */
function writeData() {
  mkdirSync(data);
  for (const f of readdirSync("data")) if (f.endsWith(".csv")) cpSync(join("data", f), join(data, f));
  for (const f of readdirSync(FIXTURE)) {
    if (!f.endsWith(".csv")) continue;
    const fields = Papa.parse<string[]>(readFileSync(join(data, f), "utf-8"), { preview: 1 }).data[0]!;
    const parsed = Papa.parse<Record<string, string>>(readFileSync(join(FIXTURE, f), "utf-8"), { header: true, skipEmptyLines: true });
    const unknown = (parsed.meta.fields ?? []).filter((c) => !fields.includes(c));
    if (unknown.length > 0) throw new Error(`tests/fixtures/synthetic-plan/${f}: data/${f} has no column ${unknown.join(", ")}`);
    const rows = parsed.data;
    const existing = readFileSync(join(data, f), "utf-8");
    const csv = Papa.unparse({ fields, data: rows.map((r) => fields.map((c) => r[c] ?? "")) }, { header: false, newline: "\n" });
    appendFileSync(join(data, f), (existing.endsWith("\n") ? "" : "\n") + csv + "\n");
  }
}

beforeAll(async () => {
  writeData();
  // Both at once, so that they share the two cores.
  const [running, ended] = await Promise.all([astroBuild({ dataDir: data, date: "2027-06-01" }, builds.running), astroBuild({ dataDir: data, date: "2031-06-01" }, builds.ended)]);
  results.running = running;
  results.ended = ended;
}, 600_000);
afterAll(() => {
  for (const dir of [temp, builds.running, builds.ended]) rmSync(dir, { recursive: true, force: true });
});

const page = (dist: string, path: string) => parseHTML(readFileSync(join(dist, path, "index.html"), "utf-8")).document;
const text = (el: { textContent: string | null } | null) => (el?.textContent ?? "").replace(/\s+/g, " ");

describe("a synthetic 2026–2030 plan added as data only", () => {
  it("builds with the plan running and after it has ended", () => {
    expect(results.running.code, results.running.log).toBe(0);
    expect(results.ended.code, results.ended.log).toBe(0);
  });

  it("is the dashboard's plan while it runs: its four targets, none of the 14th plan's", () => {
    for (const [path, name] of [["/", NAME_ZH], ["/en/", NAME_EN]] as const) {
      const doc = page(builds.running, path);
      expect(text(doc.querySelector(".lead"))).toContain(name);
      const cards = [...doc.querySelectorAll("li.dash-card")].map((c) => c.getAttribute("data-target"));
      expect(cards).toEqual([`${PLAN}-r1`, `${PLAN}-r2`, `${PLAN}-r3`, `${PLAN}-r4`]);
    }
  });

  it("leads the indicator page with the plan's target and draws the 14th plan's as an earlier one", () => {
    const doc = page(builds.running, "/en/indicators/air-good-days/");
    expect(doc.querySelector(".key-data")?.id).toBe(`target-${PLAN}-r1`);
    const targetRows = [...doc.querySelectorAll('table.chart-table tr[data-kind="target"]')].map((r) => ({ year: r.getAttribute("data-year"), series: text(r.children[3] ?? null).trim() }));
    expect(targetRows).toContainEqual({ year: "2030", series: NAME_EN });
    expect(targetRows.some((r) => r.year === "2025" && r.series.includes("14th Five-Year Plan"))).toBe(true);
    expect(text(doc.querySelector("figure svg"))).toContain("2030");
    // The earlier plan's target moves to the cards below, named by its short label from plans.csv.
    expect(text(doc.querySelector("#target-fyp14-t2-r1 dl"))).toContain("14th plan, Table 2, row 1");
  });

  it("shows its targets without links into a plan text, and with no empty quote or placeholder", () => {
    for (const path of ["/indicators/pm25/", "/en/indicators/pm25/", "/indicators/coal-share/", "/en/indicators/forest-cover/"]) {
      const key = page(builds.running, path).querySelector(".key-data")!;
      expect(key.id, path).toMatch(new RegExp(`^target-${PLAN}-r`));
      expect(key.querySelector(".key-quote, .plan-quote, a[href*='/plan/']"), path).toBeNull();
      expect(text(key), path).not.toMatch(/undefined|null|NaN|\{\w+\}/);
    }
  });

  it("gets no results page while it runs, and one after it has ended, in both languages", () => {
    expect(existsSync(join(builds.running, "plans", PLAN))).toBe(false);
    expect(page(builds.running, "/plans/").querySelector(`li[data-plan="${PLAN}"]`)).toBeNull();
    expect(page(builds.ended, "/plans/").querySelector(`li[data-plan="${PLAN}"] a`)?.getAttribute("href")).toBe(`/plans/${PLAN}/`);
    for (const [path, short] of [[`/plans/${PLAN}/`, SHORT.zh], [`/en/plans/${PLAN}/`, SHORT.en]] as const) {
      const doc = page(builds.ended, path);
      expect(text(doc.querySelector("h1"))).toContain(short);
      const rows = [...doc.querySelectorAll("table.scorecard-table tr[data-target]")].map((r) => r.getAttribute("data-target"));
      expect(rows).toEqual([`${PLAN}-r1`, `${PLAN}-r2`, `${PLAN}-r3`, `${PLAN}-r4`]);
      expect(text(doc.querySelector("main")), path).not.toMatch(/undefined|NaN|\{\w+\}/);
    }
  });
});
