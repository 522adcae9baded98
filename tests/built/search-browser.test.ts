/**
 * Site search in a real browser (Debian's Chromium through playwright-core) against the built site and its
 * Pagefind index: Chinese substrings and English words find the page a reader would want first, and a plan
 * hit links to the paragraph that contains the words. Also: the header form reaches the search page without
 * JavaScript, and the pages visited log no console error and no failed request.
 */
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { browserSite } from "./browserSite.ts";

const site = browserSite();
const problems: string[] = [];

async function open(path: string, javaScriptEnabled = true): Promise<Page> {
  const context = await site.browser.newContext({ javaScriptEnabled });
  const page = await context.newPage();
  page.on("console", (m) => m.type() === "error" && problems.push(`${path}: console: ${m.text()}`));
  page.on("pageerror", (e) => problems.push(`${path}: ${e.message}`));
  page.on("requestfailed", (r) => problems.push(`${path}: request failed: ${r.url()}`));
  page.on("response", (r) => r.status() >= 400 && problems.push(`${path}: ${r.status()} ${r.url()}`));
  await page.goto(site.origin + path);
  return page;
}

/** The result links of a query, in order, once the search has answered. */
async function search(base: string, query: string): Promise<string[]> {
  const page = await open(`${base}?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => document.getElementById("search-status")?.textContent !== "", null, { timeout: 20_000 });
  const hrefs = await page.$$eval("#search-results li > a", (links) => links.map((a) => a.getAttribute("href")!));
  await page.context().close();
  return hrefs;
}

/** The text of the element a link points at (the paragraph a plan hit opens at). */
async function targetText(href: string): Promise<string> {
  const page = await open(href);
  const id = new URL(href, site.origin).hash.slice(1);
  const text = await page.evaluate((id) => document.getElementById(id)?.textContent ?? "", id);
  await page.context().close();
  return text;
}

describe("search", () => {
  // The plan mentions 钱塘江 only in chapter 3's paragraph on river basins (推进钱塘江、大运河、太湖等重点河湖水环境治理).
  it("钱塘江 → the plan paragraph that names it", async () => {
    const [first] = await search("/search/", "钱塘江");
    expect(first).toMatch(/^\/plan\/ch3\/#ch3-/);
    expect(await targetText(first!)).toContain("钱塘江");
  });

  // 臭氧 as an air pollutant is in two plan paragraphs: the situation (ch1: 臭氧（O₃）超标) and the aim (ch2: PM₂.₅ 和臭氧（O₃）“双控双减”).
  it("臭氧 → a plan paragraph about ozone pollution", async () => {
    const [first] = await search("/search/", "臭氧");
    expect(first).toMatch(/^\/plan\/ch[12]\/#ch[12]-/);
    expect(await targetText(first!)).toContain("臭氧（O₃）");
  });

  it("清新空气示范区 → the indicator named after it", async () => {
    const [first] = await search("/search/", "清新空气示范区");
    expect(first).toBe("/indicators/clean-air-demo-zone-cities-share/");
  });

  it("English words → the English indicator page of that name", async () => {
    expect((await search("/en/search/", "forest cover"))[0]).toBe("/en/indicators/forest-cover/");
    expect((await search("/en/search/", "good air days"))[0]).toBe("/en/indicators/air-good-days/");
  });

  it("finds nothing for a word that is nowhere on the site, and says so", async () => {
    const page = await open(`/en/search/?q=${encodeURIComponent("zyzzyvaqq")}`);
    await page.waitForFunction(() => document.getElementById("search-status")?.textContent !== "");
    expect(await page.$$("#search-results li")).toHaveLength(0);
    expect(await page.textContent("#search-status")).toContain("zyzzyvaqq");
    await page.context().close();
  });

  it("the header's form reaches the search page with the query, JavaScript off", async () => {
    const page = await open("/indicators/pm25/", false);
    await page.fill("#site-search", "臭氧");
    await Promise.all([page.waitForURL(/\/search\/\?q=/), page.press("#site-search", "Enter")]);
    expect(decodeURIComponent(new URL(page.url()).search)).toBe("?q=臭氧");
    expect(await page.$$("script:not([src])")).toHaveLength(1);
    await page.context().close();
  });
});

describe("pages in the browser", () => {
  it("log no console error and no failed request (favicon included)", async () => {
    for (const path of ["/", "/en/", "/indicators/pm25/", "/en/indicators/forest-cover/", "/plan/ch3/", "/data/", "/search/?q=PM2.5", "/en/search/", "/embed/pm25/", "/en/embed/forest-cover/"]) {
      const page = await open(path);
      await page.waitForLoadState("networkidle");
      await page.context().close();
    }
    expect(problems).toEqual([]);
  });
});
