/**
 * The citizen features in a real browser (Debian's Chromium through playwright-core). Phone-first
 * tables: at 360 px every data table is readable — no cell squeezed below a few characters, the stacked
 * cards inside the screen — and no page scrolls sideways at 360 px or at 1280 px. Plan reading on a
 * phone: target links are 44 × 44 px tap targets, and the way back to the contents stays on screen
 * without JavaScript.
 */
import { describe, expect, it } from "vitest";
import { browserSite } from "./browserSite.ts";

/** Pages with the data tables of issue 9: 公开数值, map tables, Tables 1–2, 专栏 tables, scorecards, the coverage matrix. */
const TABLE_PAGES = [
  "/", "/en/",
  "/indicators/pm25/", "/en/indicators/surface-water-good/",
  "/map/", "/en/map/",
  "/plan/ch1/", "/en/plan/ch2/", "/plan/ch3/", "/en/plan/ch3/",
  "/plans/fyp13/", "/en/plans/fyp14/",
  "/plan/source/",
];
/** Three Chinese characters at 16 px: below this a column wraps a word to a character or two per line. */
const MIN_CELL = 48;

const site = browserSite();

describe("data tables at 360 px", () => {
  for (const path of TABLE_PAGES) {
    it(`${path}: every table cell at least ${MIN_CELL} px wide, stacked cards inside the screen, no page scroll`, async () => {
      const page = await site.browser.newPage({ viewport: { width: 360, height: 800 } });
      await page.goto(site.origin + path);
      const found = await page.evaluate(() => {
        // Tables inside collapsed <details> count too: a reader opens them.
        document.querySelectorAll("details").forEach((d) => (d.open = true));
        const hiddenHead = (c: Element) => (c.closest("thead")?.getBoundingClientRect().width ?? Infinity) <= 1;
        const cells = [...document.querySelectorAll("table td, table th")].filter((c) => c.getClientRects().length > 0 && c.textContent!.trim() !== "" && !hiddenHead(c));
        const describe = (c: Element) => `${c.closest("table")!.className || "table"} "${c.textContent!.trim().slice(0, 16)}" ${Math.round(c.getBoundingClientRect().width)} px`;
        return {
          cells: cells.length,
          narrowest: Math.min(...cells.map((c) => c.getBoundingClientRect().width)),
          narrow: cells.map((c) => ({ w: c.getBoundingClientRect().width, d: describe(c) })).sort((a, b) => a.w - b.w).slice(0, 3).map((x) => x.d),
          stackedOut: [...document.querySelectorAll("table.stack tbody td, table.stack tbody th")].filter((c) => c.getClientRects().length > 0 && c.getBoundingClientRect().right > 361).slice(0, 3).map(describe),
          scrollWidth: document.documentElement.scrollWidth,
        };
      });
      await page.close();
      expect(found.cells, `${path} has no table`).toBeGreaterThan(0);
      expect(found.narrowest, found.narrow.join("; ")).toBeGreaterThanOrEqual(MIN_CELL);
      expect(found.stackedOut, "stacked cells beyond the screen").toEqual([]);
      expect(found.scrollWidth).toBeLessThanOrEqual(360);
    });
  }
});

describe("at 1280 px", () => {
  for (const path of ["/", "/en/", "/plans/fyp13/", "/en/indicators/pm25/"]) {
    it(`${path} has no sideways scroll, and tables are not stacked`, async () => {
      const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(site.origin + path);
      const { scrollWidth, stackedDisplay } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        stackedDisplay: [...new Set([...document.querySelectorAll("table.stack")].map((t) => getComputedStyle(t).display))],
      }));
      await page.close();
      expect(scrollWidth).toBeLessThanOrEqual(1280);
      expect(stackedDisplay.every((d) => d === "table")).toBe(true);
    });
  }
});

describe("plan reading on a phone (JavaScript off)", () => {
  it("target links are tap targets of at least 44 × 44 px, and the link back to the contents stays on screen", async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 700 } });
    const page = await context.newPage();
    await page.goto(site.origin + "/plan/ch3/");
    const links = await page.$$eval("a.quote-link", (as) => as.map((a) => ({ w: a.getBoundingClientRect().width, h: a.getBoundingClientRect().height })));
    expect(links.length).toBeGreaterThan(0);
    expect(Math.min(...links.map((l) => l.w))).toBeGreaterThanOrEqual(44);
    expect(Math.min(...links.map((l) => l.h))).toBeGreaterThanOrEqual(44);
    // Halfway down the chapter the way back is inside the screen, and it leads to the contents.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
    const back = page.locator("a.to-contents");
    const box = (await back.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(700);
    expect(box.height).toBeGreaterThanOrEqual(44);
    await back.click();
    expect(new URL(page.url()).hash).toBe("#chapter-toc");
    await context.close();
  });
});
