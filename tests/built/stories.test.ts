/** The progress stories as built in dist/: pages in both languages, reachable, dated, sourced, in the feed. */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { getSite } from "../../src/data/dataset.ts";

const dist = join(process.cwd(), "dist");
const page = (path: string) => {
  const file = join(dist, path, "index.html");
  expect(existsSync(file), `${path} was not built`).toBe(true);
  return parseHTML(readFileSync(file, "utf-8")).document;
};
const slugs = [...new Set(readdirSync("content/stories").filter((f) => f.endsWith(".mdx")).map((f) => f.replace(/\.(zh|en)\.mdx$/, "")))];

describe("progress stories", () => {
  it("are at least five, each at /stories/<slug>/ and /en/stories/<slug>/ with a date and the data version", () => {
    expect(slugs.length).toBeGreaterThanOrEqual(5);
    for (const slug of slugs) {
      for (const path of [`/stories/${slug}/`, `/en/stories/${slug}/`]) {
        const doc = page(path);
        expect(doc.querySelector("article.story h1")?.textContent, path).toBeTruthy();
        expect(doc.querySelector(".story-meta time")?.getAttribute("datetime"), path).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        // The release the data are (or, with "+unreleased", were last) published as.
        expect(doc.querySelector(".story-meta")?.textContent, path).toContain(getSite().version.split("+")[0]);
      }
    }
  });

  it("link to the indicator pages and the plan paragraphs they cite", () => {
    for (const slug of slugs) {
      const doc = page(`/en/stories/${slug}/`);
      const hrefs = [...doc.querySelectorAll("article a")].map((a) => a.getAttribute("href") ?? "");
      expect(hrefs.some((h) => h.startsWith("/en/indicators/")), slug).toBe(true);
      expect(hrefs.some((h) => /^\/en\/plan\/(preamble|ch\d)\/#.+/.test(h)), slug).toBe(true);
    }
  });

  it("never nest a link in a link (a status badge links its term to the glossary) and link jargon to the glossary", () => {
    for (const slug of slugs) {
      for (const path of [`/stories/${slug}/`, `/en/stories/${slug}/`]) expect(page(path).querySelectorAll("a a").length, path).toBe(0);
    }
    expect(page("/en/stories/verdict/").querySelector('article a.term[data-term="caliber"]')?.getAttribute("href")).toBe("/en/glossary/#caliber");
  });

  it("state values from the data: the air story's first figure is PM₂.₅ 2015 = 44 μg/m³, linked to its source", () => {
    const cite = page("/stories/air/").querySelector("article a.cite[data-value]");
    expect(cite?.textContent).toBe("44μg/m³（2015年）");
    expect(cite?.getAttribute("href")).toBe("/indicators/pm25/#source-plan-fyp14");
    expect(page("/en/stories/air/").querySelector("article a.cite[data-value]")?.textContent).toBe("44 μg/m³ (2015)");
  });

  it("are listed on the stories index, linked from the navigation and the home page, and in the feed", () => {
    for (const [locale, prefix] of [["zh", ""], ["en", "/en"]] as const) {
      const index = page(`${prefix}/stories/`);
      const listed = [...index.querySelectorAll(".story-list a")].map((a) => a.getAttribute("href"));
      for (const slug of slugs) expect(listed, locale).toContain(`${prefix}/stories/${slug}/`);
      expect(page(`${prefix}/`).querySelector(`header nav a[href="${prefix}/stories/"]`), locale).not.toBeNull();
      expect(page(`${prefix}/`).querySelector(`main a[href="${prefix}/stories/"]`), locale).not.toBeNull();
    }
    const feed = readFileSync(join(dist, "stories", "feed.xml"), "utf-8");
    for (const slug of slugs) expect(feed).toContain(`/stories/${slug}/</link>`);
  });
});
