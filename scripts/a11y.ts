/**
 * pa11y-ci (axe and HTML_CodeSniffer, WCAG 2.1 AA) over every page of dist/, served locally, in
 * Debian's Chromium. Fails on any error.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { htmlFiles, sitePath } from "./dist-pages.ts";
import { serveDist } from "./serve-dist.ts";
import { CHROMIUM } from "./require-chromium.ts";

const root = join(process.cwd(), "dist");
const { origin, server } = await serveDist(root);
// Optional arguments narrow the run to paths containing any of them (for working on a few pages).
const only = process.argv.slice(2);
const urls = htmlFiles(root)
  .map((f) => sitePath(root, f))
  .filter((p) => only.length === 0 || only.some((o) => p.includes(o)))
  .map((p) => origin + p);
const config = {
  defaults: {
    standard: "WCAG2AA",
    runners: ["axe", "htmlcs"],
    concurrency: 2,
    timeout: 60_000,
    // With concurrency > 1, incognito contexts make ~30 % of pages fail with "No target with given id found".
    useIncognitoBrowserContext: false,
    // axe's needs-review colour-contrast results on SVG text are not failures.
    levelCapWhenNeedsReview: "warning",
    chromeLaunchConfig: {
      executablePath: CHROMIUM,
      args: ["--no-sandbox", "--headless", "--disable-gpu", "--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  urls,
};
const file = join(mkdtempSync(join(tmpdir(), "pa11y-")), "pa11yci.json");
writeFileSync(file, JSON.stringify(config, null, 2));
console.log(`pa11y-ci: ${urls.length} pages at ${origin}`);
const started = Date.now();
// Asynchronous on purpose: the server runs in this process and must keep answering.
const child = spawn("pa11y-ci", ["--config", file], { stdio: "inherit" });
const code = await new Promise<number>((resolve) => child.on("close", (c) => resolve(c ?? 1)));
server.close();
console.log(`pa11y-ci finished in ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(code);
