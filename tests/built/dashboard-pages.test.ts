/**
 * The dashboard, indicator data pages, scorecard and city map as built in dist/, checked against the
 * validated data and the status engine (expectations computed from getSite(), never copied).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { builtPage } from "./builtPage.ts";
import { describe, expect, it } from "vitest";
import { getSite } from "../../src/data/dataset.ts";
import { mainRowsByDomain } from "../../src/data/overview.ts";
import { indicatorYearCoverage, planYears, statusCounts } from "../../src/charts/dashboard.ts";
import { PROVINCE_ID, primaryTarget } from "../../src/charts/indicatorModel.ts";
import { GEO_FILES, cityObservationMaps } from "../../src/charts/cityMaps.ts";
import { scorecardTargets } from "../../src/charts/scorecardModel.ts";
import { planCells, planWording } from "../../src/plan/cells.ts";
import { formatValue, formatValueInYear } from "../../src/i18n/format.ts";
import { htmlFiles } from "../../scripts/dist-pages.ts";
import { observationsTable } from "../../src/schema/observations.ts";

const dist = join(process.cwd(), "dist");
const site = getSite();
const { data } = site;
const page = (path: string) => builtPage(dist, path);
const text = (el: Element | null | undefined) => (el?.textContent ?? "").replace(/\s+/g, " ").trim();
const locales = [
  { locale: "zh" as const, prefix: "" },
  { locale: "en" as const, prefix: "/en" },
];

describe("dashboard", () => {
  const rows = mainRowsByDomain(site).flatMap((g) => g.rows);
  for (const { locale, prefix } of locales) {
    let cached: Document | undefined;
    const homePage = () => (cached ??= page(`${prefix}/`) as unknown as Document);

    it(`shows, after the plan's own wording, every later document's target with its source and whether the status uses it (${locale})`, () => {
      const withLater = rows.filter((r) => data.later_targets.some((l) => l.target_id === r.target.id));
      expect(withLater.length).toBeGreaterThan(0);
      for (const { target } of withLater) {
        const status = site.statusOf(target);
        const places = [
          homePage().querySelector(`#card-${target.id} .target-wording`),
          page(`${prefix}/indicators/${target.indicator_id}/`).querySelector(`#target-${target.id} .target-wording`),
        ];
        for (const wording of places) {
          const planText = locale === "zh" ? target.target_text : (planCells().get(target.target_text) ?? target.target_text);
          expect(text(wording?.querySelector(".plan-wording")), target.id).toContain(planText);
          for (const l of data.later_targets.filter((x) => x.target_id === target.id)) {
            const item = wording?.querySelector(`li[data-source="${l.source_id}"]`);
            expect(text(item), `${target.id} ${l.source_id}`).toContain(locale === "zh" ? l.summary_zh : l.summary_en);
            expect(item?.querySelector(`a[href="${prefix}/sources/#source-${l.source_id}"]`), `${target.id} ${l.source_id} link`).not.toBeNull();
            const usedForStatus = l.role === "sets-value" && status.working.later?.used === true;
            expect(text(item).includes(locale === "zh" ? "（用于评估）" : "(used for the status)"), `${target.id} used`).toBe(usedForStatus);
          }
        }
      }
    });

    it(`shows every Table-2 target once with the engine's status as symbol and word (${locale})`, () => {
      const cards = [...homePage().querySelectorAll(".dash-card[data-target]")];
      expect(cards.map((c) => c.getAttribute("data-target")).sort()).toEqual(rows.map((r) => r.target.id).sort());
      for (const r of rows) {
        const card = homePage().querySelector(`.dash-card[data-target="${r.target.id}"]`)!;
        const status = site.statusOf(r.target).status;
        expect(card.getAttribute("data-status")).toBe(status);
        const badge = card.querySelector(`.status[data-status="${status}"]`);
        expect(badge, r.target.id).not.toBeNull();
        expect(badge!.querySelector('[aria-hidden="true"]')?.textContent?.trim()).not.toBe(""); // the symbol
        expect(text(badge).length).toBeGreaterThan(1); // and the word
        expect(card.getAttribute("data-domain")).toBe(r.indicator.domain);
        expect(card.getAttribute("data-binding")).toBe(r.target.binding);
      }
    });

    it(`shows each target's latest value and year, or says it is missing (${locale})`, () => {
      for (const r of rows) {
        const latest = site.statusOf(r.target).working.latest;
        const card = homePage().querySelector(`.dash-card[data-target="${r.target.id}"]`)!;
        const shown = text(card.querySelector(".latest"));
        if (latest) {
          expect(shown).toBe(formatValue(latest.value, r.indicator.unit, locale));
          expect(text(card.querySelector(".year"))).toContain(String(latest.year));
        } else {
          expect(shown).toBe(locale === "zh" ? "无数据" : "No data");
          expect(card.querySelector(".latest.missing")).not.toBeNull();
        }
      }
    });

    it(`has status counts equal to the engine's (${locale})`, () => {
      const items = [...homePage().querySelectorAll("ul.status-counts li")];
      const expected = statusCounts(rows);
      expect(items.map((li) => [li.getAttribute("data-status"), Number(li.getAttribute("data-count"))])).toEqual(expected.map((c) => [c.status, c.count]));
      for (const li of items) expect(text(li)).toContain(li.getAttribute("data-count")!);
    });

    it(`states the indicator-year coverage with its definition (${locale})`, () => {
      const cover = indicatorYearCoverage(site);
      const p = homePage().querySelector("p.coverage")!;
      expect(Number(p.getAttribute("data-observed"))).toBe(cover.observed);
      expect(Number(p.getAttribute("data-total"))).toBe(cover.total);
      expect(text(p)).toContain(String(cover.observed));
      expect(text(p)).toContain(String(cover.total));
      expect(text(p.nextElementSibling)).toContain("2021");
      expect(text(p.nextElementSibling)).toContain("2025");
      const covered = homePage().querySelectorAll('.coverage-matrix td[data-covered="true"]').length;
      expect(covered).toBe(cover.observed);
      expect(homePage().querySelectorAll(".coverage-matrix td[data-covered]").length).toBe(cover.total);
    });

    it(`offers domain and binding filters backed by anchors to every domain section (${locale})`, () => {
      const groups = mainRowsByDomain(site);
      for (const g of groups) {
        expect(homePage().querySelector(`input[name="domain"][value="${g.domain}"]`), g.domain).not.toBeNull();
        expect(homePage().querySelector(`.dash-jump a[href="#domain-${g.domain}"]`)).not.toBeNull();
        expect(homePage().getElementById(`domain-${g.domain}`)?.querySelectorAll(".dash-card")).toHaveLength(g.rows.length);
      }
      for (const b of ["binding", "expected"]) expect(homePage().querySelector(`input[name="binding"][value="${b}"]`)).not.toBeNull();
    });
  }
});

describe("indicator data pages", () => {
  for (const { locale, prefix } of locales) {
    it(`have a chart whose data table holds every provincial value and no city value (${locale})`, () => {
      for (const indicator of data.indicators) {
        const doc = page(`${prefix}/indicators/${indicator.id}/`);
        const obs = data.observations.filter((o) => o.indicator_id === indicator.id);
        const prov = obs.filter((o) => o.place_id === PROVINCE_ID);
        const rows = [...doc.querySelectorAll('table.chart-table tr[data-kind="observation"]')];
        expect(rows, indicator.id).toHaveLength(prov.length);
        for (const o of prov) {
          const row = rows.find((r) => r.getAttribute("data-year") === String(o.year) && text(r.querySelector("td.num:nth-of-type(3)")).includes(formatValue(o.value, indicator.unit, locale)));
          expect(row, `${indicator.id} ${o.year} ${o.value}`).toBeDefined();
          const url = data.sources.find((s) => s.id === o.source_id)!.url;
          expect(row!.querySelector(`a[href="${url}"]`), `${indicator.id} ${o.year} source`).not.toBeNull();
        }
        // every observation (cities too) is in the table of published values
        expect(doc.querySelectorAll("table.observations tbody tr"), indicator.id).toHaveLength(obs.length);
      }
    });

    it(`label every chart as an image with a title and a description, and put no aria-label on <g> (${locale})`, () => {
      for (const indicator of data.indicators) {
        const doc = page(`${prefix}/indicators/${indicator.id}/`);
        for (const svg of doc.querySelectorAll("svg.chart")) {
          expect(svg.getAttribute("role")).toBe("img");
          const ids = (svg.getAttribute("aria-labelledby") ?? "").split(" ");
          expect(ids).toHaveLength(2);
          expect(doc.getElementById(ids[0]!)?.tagName.toLowerCase()).toBe("title");
          expect(text(doc.getElementById(ids[1]!)).length).toBeGreaterThan(10);
        }
        expect(doc.querySelectorAll("g[aria-label]")).toHaveLength(0);
      }
    });

    it(`list as missing each year 2021–2025 without a provincial value, with its publication (${locale})`, () => {
      for (const indicator of data.indicators) {
        const doc = page(`${prefix}/indicators/${indicator.id}/`);
        if (!data.targets.some((t) => t.indicator_id === indicator.id && t.plan_id === "fyp14")) continue;
        const have = new Set(data.observations.filter((o) => o.indicator_id === indicator.id && o.place_id === PROVINCE_ID).map((o) => o.year));
        const gaps = [...doc.querySelectorAll("ul.gaps li")];
        expect(gaps.map((li) => Number(li.getAttribute("data-gap-year"))), indicator.id).toEqual(planYears(site).filter((y) => !have.has(y)));
        const title = locale === "zh" ? indicator.expected_publication_zh : indicator.expected_publication_en;
        if (title) for (const li of gaps) expect(text(li)).toContain(title);
      }
    });

    it(`offer under the gaps the observation rows to fill, one per missing year, prefilled with indicator, place, year and unit (${locale})`, () => {
      let checked = 0;
      for (const indicator of data.indicators) {
        const doc = page(`${prefix}/indicators/${indicator.id}/`);
        const years = [...doc.querySelectorAll("ul.gaps li")].map((li) => li.getAttribute("data-gap-year"));
        if (years.length === 0) continue;
        const [header, ...rows] = (doc.querySelector(".gap-template pre code")?.textContent ?? "").split("\n");
        expect(header, indicator.id).toBe(Object.keys(observationsTable.schema.shape).join(","));
        expect(rows.map((r) => r.split(",").slice(0, 3).join(",")), indicator.id).toEqual(years.map((y) => `${indicator.id},${PROVINCE_ID},${y}`));
        for (const r of rows) expect(r.split(",")[5], indicator.id).toBe(indicator.unit);
        checked++;
      }
      expect(checked).toBeGreaterThan(0);
    });

    it(`show in the key data the latest value the status engine used, or none (${locale})`, () => {
      for (const indicator of data.indicators) {
        const primary = primaryTarget(site, indicator.id);
        if (!primary) continue;
        const latest = site.statusOf(primary).working.latest;
        const block = page(`${prefix}/indicators/${indicator.id}/`).querySelector(".key-data .key-latest");
        if (latest) expect(text(block?.querySelector("strong")), indicator.id).toBe(formatValueInYear(latest.value, indicator.unit, latest.year, locale));
        else if (primary.target_kind === "cumulative-change" || indicator.measure === "change") expect(block?.querySelector(".missing"), indicator.id).not.toBeNull();
      }
    });

    it(`show a value newer than the primary target's year apart from the latest value the status used (${locale})`, () => {
      for (const indicator of data.indicators) {
        const primary = primaryTarget(site, indicator.id);
        if (!primary) continue;
        const after = data.observations
          .filter((o) => o.indicator_id === indicator.id && o.place_id === "zhejiang" && o.series_id === primary.series_id && o.year > primary.target_year)
          .sort((a, b) => a.year - b.year)
          .at(-1);
        const block = text(page(`${prefix}/indicators/${indicator.id}/`).querySelector(".key-data .key-latest"));
        if (after) expect(block, indicator.id).toContain(formatValueInYear(after.value, indicator.unit, after.year, locale));
      }
    });

    it(`carry the primary target's anchor on the key-data block and every other target's on its card (${locale})`, () => {
      for (const indicator of data.indicators) {
        const doc = page(`${prefix}/indicators/${indicator.id}/`);
        const primary = primaryTarget(site, indicator.id);
        if (primary) expect(doc.getElementById(`target-${primary.id}`)?.classList.contains("key-data"), indicator.id).toBe(true);
        for (const t of data.targets.filter((x) => x.indicator_id === indicator.id)) expect(doc.getElementById(`target-${t.id}`), t.id).not.toBeNull();
      }
    });
  }
});

describe("scorecard and map", () => {
  it("gives every completed plan a scorecard page, listed on /plans/, and keeps /scorecard/ leading to the 13th plan's", () => {
    expect(site.plans.completed.map((p) => p.id)).toEqual(["fyp14", "fyp13"]);
    for (const { prefix } of locales) {
      const index = page(`${prefix}/plans/`);
      expect([...index.querySelectorAll("li[data-plan] a")].map((a) => a.getAttribute("href"))).toEqual([`${prefix}/plans/fyp14/`, `${prefix}/plans/fyp13/`]);
      const old = page(`${prefix}/scorecard/`);
      expect(old.querySelector('meta[http-equiv="refresh"]')?.getAttribute("content")).toBe(`0; url=${prefix}/plans/fyp13/`);
      expect(old.querySelector(`main a[href="${prefix}/plans/fyp13/"]`)).not.toBeNull();
    }
  });

  it("lists every Table-1 row of the 13th plan with the plan's result and the engine's verdict", () => {
    for (const { prefix } of locales) {
      const doc = page(`${prefix}/plans/fyp13/`);
      const rows = scorecardTargets(site, site.plans.byId("fyp13"));
      expect(doc.querySelectorAll("table.scorecard-table tbody tr")).toHaveLength(rows.length);
      for (const { target, status } of rows) {
        const tr = doc.querySelector(`tr[data-target="${target.id}"]`)!;
        expect(tr.getAttribute("data-status")).toBe(status.status);
        expect(tr.getAttribute("data-estimated")).toBe(String(target.estimated));
        // The plan's printed result: as printed on Chinese pages, in the project's English on English pages.
        if (target.result_text) expect(text(tr)).toContain(planWording(target.result_text, prefix === "" ? "zh" : "en"));
      }
      expect(doc.querySelectorAll("svg.scorecard g.row").length).toBe(rows.length * 2); // wide and narrow renders
    }
  });

  it("draws one map per city series, in the year chosen, plus the box-item map, and publishes the map data files", () => {
    const maps = cityObservationMaps(site);
    for (const { prefix } of locales) {
      const doc = page(`${prefix}/map/`);
      expect(doc.querySelectorAll("svg.city-map")).toHaveLength(maps.length + 1);
      for (const m of maps) {
        const block = doc.querySelector(`section.map-block[data-series="${m.series.id}"]`);
        expect(block?.getAttribute("data-year")).toBe(String(m.year));
        expect(block?.querySelectorAll("[data-adcode][data-no-data]")).toHaveLength(11 - m.values.length);
      }
      for (const f of GEO_FILES) expect(doc.querySelector(`a[href="/map/geo/${f}"]`), f).not.toBeNull();
    }
    for (const f of GEO_FILES) expect(readFileSync(join(dist, "map/geo", f))).toEqual(readFileSync(join(process.cwd(), "data/geo", f)));
  });

  it("puts no aria-label on a <g> anywhere on the site", () => {
    for (const file of htmlFiles(dist)) expect(parseHTML(readFileSync(file, "utf-8")).document.querySelectorAll("g[aria-label]").length, file).toBe(0);
  });
});
