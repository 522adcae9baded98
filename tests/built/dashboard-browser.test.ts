/**
 * The built pages in a real browser (Debian's Chromium through playwright-core): no horizontal page
 * scroll on a 360 px phone, and the dashboard filters working with JavaScript off (CSS only) and on.
 */
import { describe, expect, it } from "vitest";
import { browserSite } from "./browserSite.ts";
import { getSite } from "../../src/data/dataset.ts";
import { mainRowsByDomain } from "../../src/data/overview.ts";

const PAGES = ["/", "/en/", "/indicators/pm25/", "/indicators/surface-water-good/", "/en/indicators/pm25/", "/en/indicators/surface-water-good/", "/plans/fyp13/", "/map/", "/en/map/"];
const site = browserSite();

describe("at 360 px", () => {
  for (const path of PAGES) {
    it(`${path} has no horizontal page scroll`, async () => {
      const page = await site.browser.newPage({ viewport: { width: 360, height: 800 } });
      await page.goto(site.origin + path);
      const { scrollWidth, wide } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        // Anything sticking out of the viewport (outside a scrolling table container) is named in the failure.
        wide: [...document.querySelectorAll("body *")]
          .filter((el) => el.getBoundingClientRect().right > 361 && !el.closest(".table-scroll"))
          .slice(0, 5)
          .map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
      }));
      await page.close();
      expect(scrollWidth, wide.join(", ")).toBeLessThanOrEqual(360);
    });
  }
});

describe("dashboard filters", () => {
  const rows = mainRowsByDomain(getSite()).flatMap((g) => g.rows);
  const visibleCards = (page: import("playwright-core").Page) =>
    page.$$eval(".dash-card", (cards) => cards.filter((c) => c.getClientRects().length > 0).map((c) => c.getAttribute("data-target")));

  it("work without JavaScript: binding and domain radio buttons hide what does not match", async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(site.origin + "/");
    expect(await visibleCards(page)).toHaveLength(rows.length);
    await page.check("#f-binding-expected");
    expect((await visibleCards(page)).sort()).toEqual(rows.filter((r) => r.target.binding === "expected").map((r) => r.target.id).sort());
    const domain = rows.at(-1)!.indicator.domain;
    await page.check(`#f-domain-${domain}`);
    expect((await visibleCards(page)).sort()).toEqual(rows.filter((r) => r.target.binding === "expected" && r.indicator.domain === domain).map((r) => r.target.id).sort());
    await page.check("#f-binding-all");
    await page.check("#f-domain-all");
    expect(await visibleCards(page)).toHaveLength(rows.length);
    await context.close();
  });

  it("announce the number shown when JavaScript runs", async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(site.origin + "/");
    await page.check("#f-binding-binding");
    const shown = rows.filter((r) => r.target.binding === "binding").length;
    const status = page.locator("[data-showing]");
    await expect.poll(() => status.textContent()).toContain(`${shown}`);
    expect(await status.getAttribute("role")).toBe("status");
    expect(await status.isVisible()).toBe(true);
    await page.close();
  });
});
