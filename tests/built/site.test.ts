/** Assertions against the site that `astro build` wrote to dist/, from the same validated data. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { builtPage } from "./builtPage.ts";
import { describe, expect, it } from "vitest";
import { getSite } from "../../src/data/dataset.ts";
import { htmlFiles } from "../../scripts/dist-pages.ts";

const dist = join(process.cwd(), "dist");
const site = getSite();
const page = (path: string) => builtPage(dist, path);
const text = (el: Element | null) => (el?.textContent ?? "").replace(/\s+/g, " ").trim();

describe("built site", () => {
  it("has every indicator page in Chinese (root) and English (/en/), with the right lang", () => {
    for (const i of site.data.indicators) {
      expect(page(`/indicators/${i.id}/`).documentElement.getAttribute("lang")).toBe("zh-CN");
      expect(page(`/en/indicators/${i.id}/`).documentElement.getAttribute("lang")).toBe("en");
    }
  });

  it("shows PM₂.₅ 2021 = 24 μg/m³ with its source (浙江日报, 2022-06-18)", () => {
    const row = page("/indicators/pm25/").querySelector('table.observations tr[data-year="2021"][data-place="zhejiang"]');
    expect(text(row)).toContain("24μg/m³");
    expect(row?.querySelector('a[href="http://zjrb.zjol.com.cn/html/2022-06/18/content_3564407.htm?div=-1"]')).not.toBeNull();
  });

  it("shows each observation's note in the page's language only", () => {
    const noteCell = (locale: "" | "/en", o: (typeof site.data.observations)[number]) =>
      text(page(`${locale}/indicators/${o.indicator_id}/`).querySelector(
        `table.observations tr[data-year="${o.year}"][data-place="${o.place_id}"][data-series="${o.series_id}"] td.note`,
      ));
    const noted = site.data.observations.filter((o) => o.note !== null);
    expect(noted.length).toBeGreaterThan(0);
    for (const o of noted) {
      expect(noteCell("", o), `${o.indicator_id} ${o.place_id} ${o.year} zh`).toBe(o.note_zh);
      expect(noteCell("/en", o), `${o.indicator_id} ${o.place_id} ${o.year} en`).toBe(o.note);
    }
  });

  it("names sources in English on English pages, with the Chinese title of record beside its gloss", () => {
    const items = (locale: "" | "/en") => page(`${locale}/sources/`);
    for (const s of site.data.sources) {
      const zh = text(items("").querySelector(`#source-${s.id}`));
      const en = items("/en").querySelector(`#source-${s.id}`);
      expect(zh).toContain(s.publisher);
      expect(zh).not.toContain(s.title_en);
      expect(text(en)).toContain(`${s.publisher_en}: ${s.title} [${s.title_en}]`);
      const link = en?.querySelector(`a[href="${s.url}"]`);
      expect(link?.textContent).toBe(s.title);
      expect(link?.querySelector('[lang="zh-CN"]'), s.id).not.toBeNull();
    }
  });

  it("lists every observation of an indicator on its page, with its value and source link", () => {
    for (const o of site.data.observations) {
      const source = site.source(o.source_id);
      const rows = [...page(`/indicators/${o.indicator_id}/`).querySelectorAll("table.observations tr")].filter(
        (r) => r.getAttribute("data-year") === String(o.year) && r.getAttribute("data-place") === o.place_id && r.getAttribute("data-series") === o.series_id,
      );
      expect(rows, `${o.indicator_id} ${o.place_id} ${o.year}`).toHaveLength(1);
      expect(text(rows[0]!.querySelector("td.num:nth-of-type(3)")).replace(/,/g, "")).toContain(String(o.value));
      expect(rows[0]!.querySelector(`a[href="${source.url}"]`), `${o.indicator_id} ${o.year} source`).not.toBeNull();
    }
  });

  it("lists every Table-2 target on the home page with the engine's status", () => {
    const home = page("/");
    const table2 = site.data.targets.filter((t) => t.plan_id === "fyp14" && t.source_table === "table-2");
    expect(home.querySelectorAll("[data-target]")).toHaveLength(table2.length);
    for (const t of table2) {
      expect(home.querySelector(`[data-target="${t.id}"]`)?.getAttribute("data-status"), t.id).toBe(site.statusOf(t).status);
    }
  });

  it("shows a missing value as missing, not as a number", () => {
    const noData = site.data.targets.find((t) => t.id === "fyp14-t2-r17")!; // coal share: no value after 2020 found
    expect(site.statusOf(noData).working.latest).toBeNull();
    expect(text(page("/").querySelector(`[data-target="${noData.id}"] .latest`))).toBe("无数据");
  });

  it("makes no request to a third party: every src and stylesheet is on this site", () => {
    for (const file of htmlFiles(dist)) {
      const doc = parseHTML(readFileSync(file, "utf-8")).document;
      for (const el of doc.querySelectorAll("[src], link[href]")) {
        const ref = el.getAttribute("src") ?? el.getAttribute("href")!;
        const rel = el.getAttribute("rel") ?? "";
        // Alternate and canonical links name pages (with the site's absolute address); the browser loads nothing from them.
        if (el.tagName === "LINK" && (rel === "alternate" || rel === "canonical")) continue;
        expect(ref.startsWith("/") && !ref.startsWith("//"), `${file}: ${el.outerHTML}`).toBe(true);
      }
    }
  });
});
