/** Shared by the export tests: a release built in memory from data/, and an independent CSV reader. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { loadDataset, type Dataset } from "../../src/data/load.ts";
import { buildSite, type Site } from "../../src/data/dataset.ts";
import { buildBundle } from "../../src/export/bundle.ts";
import type { ReleaseEntry } from "../../src/export/releaseList.ts";

export const ROOT = process.cwd();
export const DATA_DIR = join(ROOT, "data");
export const VERSION = "1.0.0";
export const DATE = "2025-07-01";
export const CHANGELOG: ReleaseEntry[] = [{ version: VERSION, date: DATE, changes_zh: "测试版本。", changes_en: "Test release." }];
export const licenceText = () => readFileSync(join(ROOT, "LICENSE-DATA.txt"), "utf-8");

export interface Built {
  data: Dataset;
  site: Site;
  files: Map<string, Uint8Array>;
}

let built: Promise<Built> | undefined;
/** The files of a release 1.0.0 of the current data/, built once per test file. */
export function release(): Promise<Built> {
  built ??= (async () => {
    const data = loadDataset(DATA_DIR);
    const site = buildSite(data, VERSION);
    const files = await buildBundle({ source: site, version: VERSION, date: DATE, dir: `v${VERSION}`, changelog: CHANGELOG, licenceText: licenceText(), previous: null });
    return { data, site, files };
  })();
  return built;
}

/** Strict UTF-8 decoding: throws on any invalid byte. */
export const utf8 = (bytes: Uint8Array) => new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);

export interface ParsedCsv {
  header: string[];
  rows: string[][];
}

/** Reads a released CSV with papaparse in the documented dialect; throws on any syntax error. */
export function parseCsv(bytes: Uint8Array, name = "csv"): ParsedCsv {
  const text = utf8(bytes);
  if (!text.endsWith("\n")) throw new Error(`${name}: does not end with a line break`);
  const parsed = Papa.parse<string[]>(text.slice(0, -1), { delimiter: ",", newline: "\n", quoteChar: '"', skipEmptyLines: false });
  if (parsed.errors.length > 0) throw new Error(`${name}: ${parsed.errors.map((e) => e.message).join("; ")}`);
  const [header, ...rows] = parsed.data;
  if (!header) throw new Error(`${name}: no header`);
  return { header, rows };
}

export const recordsOf = (csv: ParsedCsv) => csv.rows.map((r) => Object.fromEntries(csv.header.map((h, i) => [h, r[i] ?? ""])));

export const csvFiles = (files: ReadonlyMap<string, Uint8Array>) => [...files.keys()].filter((p) => p.endsWith(".csv"));
