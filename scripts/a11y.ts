/**
 * pa11y-ci (axe and HTML_CodeSniffer, WCAG 2.1 AA) over every page of dist/, served locally, in
 * Debian's Chromium. Fails on any error.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
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
/**
 * Pages tested at once. pa11y waits on every page until the network has been idle for 500 ms, time in which
 * a core is free, so more pages than cores keep the cores busy: A11Y_CONCURRENCY overrides the default of
 * two per core (see docs/performance.md for the measurements).
 */
const concurrency = Number(process.env["A11Y_CONCURRENCY"] ?? 2 * cpus().length);
if (!Number.isInteger(concurrency) || concurrency < 1) throw new Error(`A11Y_CONCURRENCY must be a whole number ≥ 1, not "${process.env["A11Y_CONCURRENCY"]}"`);
const config = {
  defaults: {
    standard: "WCAG2AA",
    runners: ["axe", "htmlcs"],
    concurrency,
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
console.log(`pa11y-ci: ${urls.length} pages at ${origin}, ${concurrency} at once`);
const started = Date.now();
// Asynchronous on purpose: the server runs in this process and must keep answering.
const child = spawn("pa11y-ci", ["--config", file], { stdio: "inherit" });
const code = await new Promise<number>((resolve) => child.on("close", (c) => resolve(c ?? 1)));
server.close();
console.log(`pa11y-ci finished in ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(code);
