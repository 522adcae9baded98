/**
 * Build benchmark (not a test: it measures and prints, it never fails on a number). For each factor
 * (default 1, 3, 10) it writes synthetic data (scripts/synthetic-data.ts) to a temporary folder, builds the
 * site from it, one build at a time, and prints a Markdown table: pages, build seconds, peak memory, dist
 * size, largest page (gzip, HTML + CSS + JS as in the budget) and seconds per page. The search index that
 * `npm run build` makes after `astro build` (scripts/search-index.ts) is timed in its own column. CPU
 * seconds (user + system) are printed beside the wall time: they change less when other work shares the
 * machine.
 *
 *   npm run bench                 # factors 1, 3, 10
 *   npm run bench -- 1 2          # other factors
 *   npm run bench -- --keep 1     # keep the data and dist folders and print where they are
 */
import { spawnSync } from "node:child_process";
import { cpus, loadavg, totalmem } from "node:os";
import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { astroBuild, buildFolder } from "./astro-build.ts";
import { writeSyntheticData } from "./synthetic-data.ts";
import { htmlFiles } from "./dist-pages.ts";
import { pageWeights } from "./budget.ts";

const args = process.argv.slice(2);
const keep = args.includes("--keep");
const factors = args.filter((a) => !a.startsWith("--")).map(Number);
if (factors.some((f) => !Number.isInteger(f) || f < 1)) {
  console.error("bench: factors are whole numbers ≥ 1, e.g. npm run bench -- 1 3 10");
  process.exit(1);
}
// A date inside the 14th plan's last year, so that every factor builds the same pages whatever the clock says.
const DATE = "2025-12-31";

const bytesIn = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: "utf-8" }).reduce((sum, f) => {
    const s = statSync(join(dir, f));
    return s.isFile() ? sum + s.size : sum;
  }, 0);
const mib = (n: number) => (n / 1024 / 1024).toFixed(1);

const cpu = cpus();
console.log(`Machine: ${cpu.length} × ${cpu[0]?.model ?? "unknown CPU"}, ${mib(totalmem())} MiB RAM, Node ${process.version}; load average at start ${loadavg().map((l) => l.toFixed(2)).join(" / ")}`);
console.log("");
console.log("| factor | indicators | observations | pages | build s | CPU s | index s | peak MiB | dist MiB | largest page KB gz | s per page |");
console.log("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");

let failed = false;
for (const factor of factors.length > 0 ? factors : [1, 3, 10]) {
  const data = mkdtempSync(join(tmpdir(), `zj-bench-${factor}x-data-`));
  const size = writeSyntheticData(join(process.cwd(), "data"), data, factor);
  const out = buildFolder(`bench-${factor}x`);
  const run = await astroBuild({ dataDir: data, date: DATE }, out);
  if (run.code !== 0) {
    console.error(`factor ${factor}: the build failed (exit ${run.code}); its last lines:\n${run.log.split("\n").slice(-30).join("\n")}`);
    failed = true;
  } else {
    const indexStarted = performance.now();
    const index = spawnSync("npx", ["node", "scripts/search-index.ts", out], { encoding: "utf-8" });
    const indexSeconds = (performance.now() - indexStarted) / 1000;
    if (index.status !== 0) {
      console.error(`factor ${factor}: the search index failed:\n${index.stdout}${index.stderr}`);
      failed = true;
    }
    const pages = htmlFiles(out).length;
    const largest = Math.max(...pageWeights(out).map((w) => w.total));
    const cells = [factor, size.indicators, size.observations, pages, run.seconds.toFixed(1), run.cpuSeconds === null ? "n/a" : run.cpuSeconds.toFixed(1), indexSeconds.toFixed(1), run.peakKiB === null ? "n/a" : (run.peakKiB / 1024).toFixed(0), mib(bytesIn(out)), (largest / 1024).toFixed(1), (run.seconds / pages).toFixed(3)];
    console.log(`| ${cells.join(" | ")} |`);
  }
  if (keep) console.log(`  data: ${data}\n  dist: ${out}`);
  else for (const dir of [data, out]) rmSync(dir, { recursive: true, force: true });
}
console.log("");
console.log(`load average at end ${loadavg().map((l) => l.toFixed(2)).join(" / ")}`);
process.exit(failed ? 1 : 0);
