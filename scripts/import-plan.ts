/**
 * Convert the plan's source text into MDX chapters with stable anchors.
 *
 *   npm run plan:import                      regenerate content/plan/*.mdx, content/plan-en/*.mdx and content/plan-source/anchors.json
 *   npm run plan:import -- --check           write nothing; fail if the committed output is not up to date
 *   npm run plan:import -- --update-anchors  accept changed or removed anchor ids (breaks incoming links!)
 *
 * Reads content/plan-source/zj-eco-14fyp.zh.txt (never edited), errata.json (reviewed repairs) and
 * translation.en.json (the project's English, rendered under the same anchors into content/plan-en/).
 * Refuses, with exit code 1, when an erratum no longer matches its line, when the text cannot be
 * parsed unambiguously, or when an anchor id listed in the committed anchors.json would change or
 * vanish. The same input always gives byte-identical output.
 *
 * Options for tests and experiments: --source FILE, --errata FILE, --manifest FILE, --translation FILE,
 * --out-dir DIR (write the MDX there instead, the English into DIR/en; the manifest is then only
 * checked, never written).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { compareAnchors, describeDiff, isBreaking, parseManifest } from "../src/plan/anchors.ts";
import { buildPlan, countPlan, type PlanBuild } from "../src/plan/build.ts";
import { parseErrata } from "../src/plan/errata.ts";
import { GENERATED_MARKER, type GeneratedFile } from "../src/plan/mdx.ts";
import { parseTranslation } from "../src/plan/translation.ts";

const ROOT = resolve(import.meta.dirname, "..");
const SOURCE_DIR = join(ROOT, "content", "plan-source");

interface Options {
  source: string;
  errata: string;
  manifest: string;
  translation: string;
  outDir: string;
  outDirEn: string;
  customOutDir: boolean;
  updateAnchors: boolean;
  check: boolean;
}

const USAGE =
  "usage: node scripts/import-plan.ts [--check] [--update-anchors] [--out-dir DIR] [--source FILE] [--errata FILE] [--manifest FILE] [--translation FILE]";

function fail(message: string, code = 1): never {
  process.stderr.write(`plan:import: ${message}\n`);
  process.exit(code);
}

function parseArgs(argv: readonly string[]): Options {
  const options: Options = {
    source: join(SOURCE_DIR, "zj-eco-14fyp.zh.txt"),
    errata: join(SOURCE_DIR, "errata.json"),
    manifest: join(SOURCE_DIR, "anchors.json"),
    translation: join(SOURCE_DIR, "translation.en.json"),
    outDir: join(ROOT, "content", "plan"),
    outDirEn: join(ROOT, "content", "plan-en"),
    customOutDir: false,
    updateAnchors: false,
    check: false,
  };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const value = (): string => {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith("--")) fail(`${arg} needs a value\n${USAGE}`, 2);
      i += 1;
      return resolve(next);
    };
    switch (arg) {
      case "--update-anchors":
        options.updateAnchors = true;
        break;
      case "--check":
        options.check = true;
        break;
      case "--source":
        options.source = value();
        break;
      case "--errata":
        options.errata = value();
        break;
      case "--manifest":
        options.manifest = value();
        break;
      case "--translation":
        options.translation = value();
        break;
      case "--out-dir":
        options.outDir = value();
        options.outDirEn = join(options.outDir, "en");
        options.customOutDir = true;
        break;
      default:
        fail(`unknown argument ${String(arg)}\n${USAGE}`, 2);
    }
  }
  return options;
}

function readText(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    return fail(`cannot read ${relative(ROOT, path)}: ${(error as Error).message}`);
  }
}

function build(options: Options): PlanBuild {
  const source = readText(options.source);
  try {
    const errata = parseErrata(JSON.parse(readText(options.errata)));
    return buildPlan(source, errata, parseTranslation(readText(options.translation)));
  } catch (error) {
    return fail(`import failed, nothing written.\n  ${(error as Error).message}`);
  }
}

/** Generated .mdx files in the output directory (recognised by the marker, never hand-written ones). */
function generatedFilesIn(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(".mdx") && readFileSync(join(dir, name), "utf8").includes(GENERATED_MARKER))
    .sort();
}

function main(): void {
  const options = parseArgs(process.argv.slice(2));
  const result = build(options);

  // Anchor contract with the committed manifest.
  const hasManifest = existsSync(options.manifest);
  const previous = hasManifest ? parseManifest(readText(options.manifest)) : [];
  const diff = compareAnchors(previous, result.anchors);
  if (isBreaking(diff) && !options.updateAnchors) {
    fail(
      [
        `refusing to change or remove anchor ids listed in ${relative(ROOT, options.manifest)} ` +
          `(${diff.vanished.length} vanished, ${diff.changed.length} changed). Links into the plan use these ids.`,
        ...describeDiff(diff).slice(0, 40),
        ...(describeDiff(diff).length > 40 ? [`  … and ${describeDiff(diff).length - 40} more`] : []),
        "If this is intended, rerun with --update-anchors (npm run plan:import -- --update-anchors) and review the manifest diff.",
      ].join("\n"),
    );
  }

  const outputs = [
    { dir: options.outDir, files: result.files },
    { dir: options.outDirEn, files: result.filesEn },
  ].map(({ dir, files }) => {
    const wanted = new Map(files.map((file: GeneratedFile) => [file.name, file.content]));
    return { dir, wanted, stale: generatedFilesIn(dir).filter((name) => !wanted.has(name)) };
  });
  const manifestCurrent = hasManifest ? readText(options.manifest) : null;

  if (options.check) {
    const problems = [
      ...outputs.flatMap(({ dir, wanted, stale }) => [
        ...[...wanted].flatMap(([name, content]) => {
          const path = join(dir, name);
          if (!existsSync(path)) return [`missing ${relative(ROOT, path)}`];
          return readFileSync(path, "utf8") === content ? [] : [`out of date: ${relative(ROOT, path)}`];
        }),
        ...stale.map((name) => `stale generated file: ${relative(ROOT, join(dir, name))}`),
      ]),
      ...(manifestCurrent === result.manifest ? [] : [`out of date: ${relative(ROOT, options.manifest)}`]),
    ];
    if (problems.length > 0) fail(`generated output is not up to date (run npm run plan:import):\n  ${problems.join("\n  ")}`);
    process.stdout.write("plan:import: generated output is up to date\n");
    return;
  }

  for (const { dir, wanted, stale } of outputs) {
    mkdirSync(dir, { recursive: true });
    for (const name of stale) rmSync(join(dir, name));
    for (const [name, content] of wanted) {
      const path = join(dir, name);
      if (!existsSync(path) || readFileSync(path, "utf8") !== content) writeFileSync(path, content);
    }
  }
  if (!options.customOutDir && manifestCurrent !== result.manifest) writeFileSync(options.manifest, result.manifest);

  const counts = countPlan(result.document);
  const summary = [
    ...outputs.map(
      ({ dir, wanted, stale }) => `wrote ${wanted.size} files to ${relative(ROOT, dir) || "."}${stale.length > 0 ? ` (removed stale: ${stale.join(", ")})` : ""}`,
    ),
    `  chapters ${counts.chapters}, sections ${counts.sections}, sub-items ${counts.subitems}, paragraphs ${counts.paragraphs}, ` +
      `专栏 boxes ${counts.boxes} with ${counts.boxItems} items, tables ${counts.tables} with ${counts.tableNotes} notes`,
    `  errata applied ${result.applied.length}, page-break joins ${counts.joins}, anchors ${result.anchors.length}` +
      (diff.added.length > 0 && hasManifest ? ` (${diff.added.length} new)` : ""),
    ...(options.customOutDir ? ["  anchors.json not written (--out-dir)"] : []),
    ...(isBreaking(diff) ? ["  --update-anchors: accepted anchor changes:", ...describeDiff(diff)] : []),
  ];
  process.stdout.write(`plan:import: ${summary.join("\n")}\n`);
}

main();
