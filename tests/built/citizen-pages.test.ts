/**
 * The citizen features as built in dist/: the dated verdict, the caveat beside statuses that rest on an
 * assumed figure. Expectations come from getSite() and the pure modules, never copied from the pages.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { getSite } from "../../src/data/dataset.ts";
import { planRows } from "../../src/data/overview.ts";
import { updatedLine, verdictFacts, verdictSentences } from "../../src/status/verdict.ts";
import { assumedBasis } from "../../src/status/caveats.ts";
import { getGlossary } from "../../src/data/glossary.ts";
import { htmlFiles, sitePath } from "../../scripts/dist-pages.ts";

const dist = join(process.cwd(), "dist");
const site = getSite();
const page = (path: string) => {
  const file = join(dist, path, "index.html");
  expect(existsSync(file), `${path} was not built`).toBe(true);
  return parseHTML(readFileSync(file, "utf-8")).document as unknown as Document;
};
const text = (el: Element | null | undefined) => (el?.textContent ?? "").replace(/\s+/g, " ").trim();
const locales = [
  { locale: "zh" as const, prefix: "" },
  { locale: "en" as const, prefix: "/en" },
];
const rows = planRows(site, site.plans.current);

describe("verdict and caveats", () => {
  for (const { locale, prefix } of locales) {
    it(`opens the home page with the dated verdict of the current plan (${locale})`, () => {
      const doc = page(`${prefix}/`);
      const verdict = doc.querySelector("main .verdict");
      expect(verdict).not.toBeNull();
      // The verdict comes before the dashboard's counts.
      expect(doc.querySelector("main h1")?.nextElementSibling).toBe(verdict);
      const facts = verdictFacts({ date: site.plans.buildDate, plan: site.plans.current, rows, sources: site.data.sources });
      expect(text(verdict!.querySelector(".verdict-text"))).toBe(verdictSentences(facts, locale).join(locale === "zh" ? "" : " "));
      expect(text(verdict!.querySelector(".verdict-updated"))).toBe(updatedLine(facts, locale));
      expect(verdict!.getAttribute("data-total")).toBe(String(rows.length));
    });

    it(`puts the assumed-figure caveat beside each status that rests on one, and only there (${locale})`, () => {
      const home = page(`${prefix}/`);
      for (const r of rows) {
        const flags = assumedBasis(r.status);
        const card = home.querySelector(`.dash-card[data-target="${r.target.id}"]`)!;
        expect(card.querySelector(".card-status .status-caveat")?.getAttribute("data-caveats") ?? "", r.target.id).toBe(flags.join(" "));
        const shown = page(`${prefix}/indicators/${r.indicator.id}/`).querySelector(`#target-${r.target.id} .status-caveat`);
        expect(shown?.getAttribute("data-caveats") ?? "", `${r.indicator.id} #target-${r.target.id}`).toBe(flags.join(" "));
      }
    });
  }

  it("has at least one status resting on an assumed figure to check (else the caveat test proves nothing)", () => {
    expect(rows.some((r) => assumedBasis(r.status).length > 0)).toBe(true);
  });
});

describe("glossary", () => {
  const entries = getGlossary();
  for (const { locale, prefix } of locales) {
    it(`lists every entry under its id, in the page's language (${locale})`, () => {
      const doc = page(`${prefix}/glossary/`);
      for (const e of entries) {
        const item = doc.getElementById(e.id);
        expect(item, e.id).not.toBeNull();
        expect(text(item!.querySelector("dt"))).toContain(locale === "zh" ? e.zh : e.en);
        expect(text(item!.querySelector("dd"))).toBe(locale === "zh" ? e.explain_zh : e.explain_en);
      }
    });
  }

  it("term links on every page resolve to an entry of the glossary in the page's language, one link per term per page", () => {
    const ids = new Set(entries.map((e) => e.id));
    let links = 0;
    for (const file of htmlFiles(dist)) {
      const path = sitePath(dist, file);
      const doc = parseHTML(readFileSync(file, "utf-8")).document;
      const seen = new Set<string>();
      for (const a of doc.querySelectorAll("a.term")) {
        links++;
        const href = a.getAttribute("href")!;
        const id = a.getAttribute("data-term")!;
        expect(href, path).toBe(`${path.startsWith("/en/") ? "/en" : ""}/glossary/#${id}`);
        expect(ids.has(id), `${path}: ${href}`).toBe(true);
        expect(seen.has(id), `${path} links ${id} twice`).toBe(false);
        seen.add(id);
      }
    }
    expect(links).toBeGreaterThan(0);
  });

  it("links the terms of the home page where a reader first meets them", () => {
    for (const { prefix } of locales) {
      const doc = page(`${prefix}/`);
      const first = (id: string) => doc.querySelector(`a.term[data-term="${id}"]`);
      // The counts name each status before any card does; the coverage line defines 指标-年份.
      expect(first("status-moving-away")?.closest(".status-counts"), prefix).not.toBeNull();
      expect(first("indicator-year")?.closest(".coverage"), prefix).not.toBeNull();
      expect(first("binding")?.closest(".dash-card"), prefix).not.toBeNull();
    }
  });
});
