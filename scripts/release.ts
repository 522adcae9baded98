/**
 * Cuts a data release, or checks the existing ones.
 *
 *   npm run release -- 1.0.0 --date 2025-07-01 --zh "首个版本。" --en "First release."
 *   npm run release -- --check
 *   npm run release -- --write-citation     (regenerate CITATION.cff, e.g. after SITE_URL changed)
 *
 * Options: --data-dir DIR (default data/), --out-dir DIR (default data/releases/), --citation FILE
 * (default CITATION.cff at the repository root; --no-citation leaves it), --licence FILE (default
 * LICENSE-DATA.txt). The release is refused when the data fail validation, when the version exists or is
 * not greater than the newest, when the version step is smaller than the changes need (major = a column or
 * table removed or retyped; minor = rows, columns or allowed values added; patch = corrections), or when
 * the existing releases fail their check. Files are written to data/releases/v<version>/, then
 * releases.json and the manifest data/releases/SHA256SUMS are appended to. Commit all of it.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { DataValidationError } from "../src/data/issue.ts";
import { ReleaseRefused, checkReleases, cutRelease, readReleaseList } from "../src/export/store.ts";
import { citationCff } from "../src/export/citation.ts";
import { LICENCE } from "../src/export/site.ts";

const root = join(import.meta.dirname, "..");
const usage = `usage: node scripts/release.ts <version> --date YYYY-MM-DD --zh "中文更新说明" --en "English changes"
                              [--data-dir DIR] [--out-dir DIR] [--citation FILE | --no-citation] [--licence FILE]
       node scripts/release.ts --check [--out-dir DIR]
       node scripts/release.ts --write-citation [--out-dir DIR] [--citation FILE]`;

let args: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    allowPositionals: true,
    options: {
      date: { type: "string" },
      zh: { type: "string" },
      en: { type: "string" },
      "data-dir": { type: "string" },
      "out-dir": { type: "string" },
      citation: { type: "string" },
      "no-citation": { type: "boolean" },
      licence: { type: "string" },
      check: { type: "boolean" },
      "write-citation": { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
}
try {
  args = parse();
} catch (e) {
  console.error(`${(e as Error).message}\n${usage}`);
  process.exit(2);
}
const { values, positionals } = args;
if (values.help) {
  console.log(usage);
  process.exit(0);
}
const dataDir = resolve(values["data-dir"] ?? join(root, "data"));
const outDir = resolve(values["out-dir"] ?? join(root, "data", "releases"));

if (values.check) {
  const problems = checkReleases(outDir);
  if (problems.length > 0) {
    console.error(`The releases in ${outDir} have ${problems.length} problem(s):\n  ${problems.join("\n  ")}`);
    process.exit(1);
  }
  console.log(`The releases in ${outDir} are intact.`);
  process.exit(0);
}

const citationPath = resolve(values.citation ?? join(root, "CITATION.cff"));
if (values["write-citation"]) {
  const latest = readReleaseList(outDir).at(-1) ?? null;
  writeFileSync(citationPath, citationCff(latest ? { version: latest.version, date: latest.date } : null));
  console.log(`Wrote ${citationPath} (${latest ? `release ${latest.version}` : "no release yet"}).`);
  process.exit(0);
}

const [version, ...extra] = positionals;
if (!version || extra.length > 0 || values.date === undefined || values.zh === undefined || values.en === undefined) {
  console.error(usage);
  process.exit(2);
}

try {
  const { folder, files, warnings } = await cutRelease({
    dataDir,
    outDir,
    version,
    date: values.date,
    changesZh: values.zh,
    changesEn: values.en,
    licenceText: readFileSync(resolve(values.licence ?? join(root, LICENCE.file)), "utf-8"),
    citationPath: values["no-citation"] ? null : citationPath,
  });
  for (const w of warnings) console.warn(`warning: ${w}`);
  const total = [...files.values()].reduce((n, b) => n + b.length, 0);
  console.log(`Released ${version}: ${files.size} files, ${total} bytes, in ${folder}/`);
  for (const [path, bytes] of files) if (!path.startsWith("by-indicator/")) console.log(`  ${String(bytes.length).padStart(9)}  ${path}`);
  console.log(`  (and ${[...files.keys()].filter((p) => p.startsWith("by-indicator/")).length} files in by-indicator/)`);
  console.log("Commit data/releases/ and CITATION.cff.");
} catch (e) {
  if (e instanceof ReleaseRefused || e instanceof DataValidationError) {
    console.error(`Release refused: ${e.message}`);
    process.exit(1);
  }
  throw e;
}
