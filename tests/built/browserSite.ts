/**
 * The built site (dist/) served locally and Debian's Chromium, for the browser tests: started before a
 * test file's tests and stopped after them. One place, so every browser test launches it the same way.
 */
import { join } from "node:path";
import type { Server } from "node:http";
import { afterAll, beforeAll } from "vitest";
import { chromium, type Browser } from "playwright-core";
import { serveDist } from "../../scripts/serve-dist.ts";
import { CHROMIUM } from "../../scripts/require-chromium.ts";
import { BROWSER_ARGS } from "../../scripts/browser.ts";

export interface BrowserSite {
  readonly browser: Browser;
  /** http://127.0.0.1:<port>, to put before a site path. */
  readonly origin: string;
}

export function browserSite(): BrowserSite {
  let browser: Browser | undefined;
  let server: Server | undefined;
  let origin = "";
  beforeAll(async () => {
    ({ origin, server } = await serveDist(join(process.cwd(), "dist")));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: BROWSER_ARGS });
  });
  afterAll(async () => {
    await browser?.close();
    server?.close();
  });
  return {
    get browser() {
      if (browser === undefined) throw new Error("browserSite: the browser is used before beforeAll started it");
      return browser;
    },
    get origin() {
      return origin;
    },
  };
}
