/**
 * One `astro build` of this project from another data folder and build date, into a throw-away folder, with
 * its wall time and peak memory. Used by the fixture-build tests and by `npm run bench`.
 *
 * The output folder is made inside the project, under .astro/builds/: Astro keeps a build's intermediate
 * chunks next to its output only when the output lies inside the working directory; otherwise it uses the
 * shared .astro/.prerender/, where two builds running at once delete each other's chunks.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";

export interface BuildOptions {
  /** TRACKER_DATA_DIR: the data folder to build from. */
  dataDir: string;
  /** TRACKER_BUILD_DATE (YYYY-MM-DD); the real date when absent. */
  date?: string;
}

export interface BuildRun {
  outDir: string;
  code: number | null;
  /** stdout and stderr together. */
  log: string;
  seconds: number;
  /** CPU time (user + system) of the build's processes: less sensitive than wall time to a busy machine; null without /usr/bin/time. */
  cpuSeconds: number | null;
  /** Peak resident memory of the largest process of the build, in KiB (GNU time's %M); null without /usr/bin/time. */
  peakKiB: number | null;
}

const GNU_TIME = "/usr/bin/time";

/** A new empty folder for a build's output, inside the project (see above); the caller removes it. */
export function buildFolder(prefix: string): string {
  const parent = join(process.cwd(), ".astro", "builds");
  mkdirSync(parent, { recursive: true });
  return mkdtempSync(join(parent, `${prefix}-`));
}

/** Through npx, so that the build runs on the project's Node 22; asynchronous, so that builds can share the cores. */
export function astroBuild(options: BuildOptions, outDir: string): Promise<BuildRun> {
  // Beside the output, not in it: GNU time opens its file before the build starts, and Astro empties outDir.
  const stats = `${outDir}.time`;
  const build = ["npx", "astro", "build", "--outDir", outDir];
  const timed = existsSync(GNU_TIME);
  const [command, ...args] = timed ? [GNU_TIME, "-f", "%U %S %M", "-o", stats, ...build] : build;
  const env = { ...process.env, TRACKER_DATA_DIR: options.dataDir, ...(options.date ? { TRACKER_BUILD_DATE: options.date } : {}) };
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(command!, args, { env });
    let log = "";
    child.stdout.on("data", (b: Buffer) => (log += b.toString()));
    child.stderr.on("data", (b: Buffer) => (log += b.toString()));
    child.on("close", (code) => {
      const seconds = (performance.now() - started) / 1000;
      // GNU time writes "Command exited with non-zero status N" before its line when the build fails.
      const [user, system, peak] = (timed && existsSync(stats) ? readFileSync(stats, "utf-8").trim().split("\n").at(-1)! : "").split(" ").map(Number);
      rmSync(stats, { force: true });
      const known = (n: number | undefined) => (n !== undefined && Number.isFinite(n) ? n : null);
      const cpu = known(user) !== null && known(system) !== null ? user! + system! : null;
      resolve({ outDir, code, log, seconds, cpuSeconds: cpu, peakKiB: known(peak) });
    });
  });
}
