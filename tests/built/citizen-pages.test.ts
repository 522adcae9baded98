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
import { CORRECTIONS_URL, correctionsLog } from "../../src/about/corrections.ts";

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

describe("plan chapters", () => {
  for (const { prefix } of locales) {
    it(`explain the highlight and the link once in each chapter that has them, with no nested marks nor arrows run together (${prefix || "/"})`, () => {
      for (const chapter of ["preamble", "ch1", "ch2", "ch3", "ch4"]) {
        const doc = page(`${prefix}/plan/${chapter}/`);
        const links = doc.querySelectorAll(".plan-text a.quote-link").length;
        expect(doc.querySelectorAll(".plan-help").length, chapter).toBe(links > 0 ? 1 : 0);
        const marks = [...doc.querySelectorAll(".plan-text mark")];
        expect(marks.filter((m) => m.parentElement?.closest("mark")).length, `${chapter}: nested marks`).toBe(0);
        // Two arrows side by side only inside a numbered group.
        for (const a of doc.querySelectorAll(".plan-text a.quote-link")) {
          const before = a.previousSibling as Element | null;
          if (before?.nodeType === 1 && before.classList.contains("quote-link")) {
            expect(a.parentElement?.className, chapter).toBe("quote-links");
            expect(a.textContent).toMatch(/^↗\d+$/);
          }
        }
      }
    });
  }
});

describe("about and corrections", () => {
  for (const { locale, prefix } of locales) {
    it(`says how to report an error — honestly, with no address while none exists — and lists every release's changes, newest first (${locale})`, () => {
      const doc = page(`${prefix}/about/`);
      const report = doc.querySelector("[data-corrections]");
      expect(report?.getAttribute("data-corrections")).toBe(CORRECTIONS_URL === null ? "none" : "url");
      if (CORRECTIONS_URL !== null) expect(report!.querySelector("a")?.getAttribute("href")).toBe(CORRECTIONS_URL);
      else expect(report!.querySelector("a")).toBeNull();
      const log = correctionsLog();
      expect(log.length).toBeGreaterThan(0);
      expect([...doc.querySelectorAll(".corrections-log li")].map((li) => li.getAttribute("data-version"))).toEqual(log.map((r) => r.version));
      for (const r of log) expect(text(doc.querySelector(`.corrections-log li[data-version="${r.version}"] p`))).toBe(locale === "zh" ? r.changes_zh : r.changes_en);
      // Every page leads here from its footer.
      expect(page(`${prefix}/`).querySelector(`footer a[href="${prefix}/about/"]`)).not.toBeNull();
    });
  }
});
