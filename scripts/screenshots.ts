/**
 * Screenshots of built pages at desktop and phone widths, for looking at the layout (not a test):
 * `npx node scripts/screenshots.ts [outDir] [path …]` — serves dist/, writes PNGs to outDir (default: the
 * system temp directory, never the repository) and prints each page's scroll width.
 */
import { mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { serveDist } from "./serve-dist.ts";
import { CHROMIUM } from "./require-chromium.ts";
import { BROWSER_ARGS } from "./browser.ts";

const [outArg, ...pathArgs] = process.argv.slice(2);
const out = outArg ?? join(tmpdir(), "zj-screenshots");
const paths = pathArgs.length > 0 ? pathArgs : ["/", "/indicators/pm25/", "/indicators/surface-water-good/", "/en/", "/plans/fyp13/", "/map/"];
mkdirSync(out, { recursive: true });
const { origin, server } = await serveDist(join(process.cwd(), "dist"));
const browser = await chromium.launch({ executablePath: CHROMIUM, args: BROWSER_ARGS });
try {
  for (const width of [1280, 360]) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    for (const path of paths) {
      await page.goto(origin + path);
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      const file = join(out, `${path.replace(/\//g, "_").replace(/^_|_$/g, "") || "home"}-${width}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(`${width}px ${path} scrollWidth=${scrollWidth} → ${file}`);
      // Also in screen-high slices, readable at full size (SLICES=1).
      if (process.env["SLICES"]) {
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        const slice = width > 600 ? 800 : 1000;
        for (let y = 0, n = 0; y < height; y += slice, n++) {
          await page.screenshot({ path: file.replace(/\.png$/, `-${n}.png`), fullPage: true, clip: { x: 0, y, width, height: Math.min(slice, height - y) } });
        }
      }
    }
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
