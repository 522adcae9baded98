/**
 * Every file of a release, as bytes, from the validated dataset: pure (no I/O) and deterministic — the
 * same data, version, date and changelog give the same bytes.
 */
import { jsonText, tableRecords, toJson } from "./json.ts";
import { toCsv } from "./csv.ts";
import { formatSums, sha256 } from "./checksums.ts";
import { csvwMetadata, datapackage, type PackageMeta } from "./metadata.ts";
import { readmeMarkdown, readmeSheet, type ReadmeInput } from "./readme.ts";
import type { ReleaseEntry } from "./releaseList.ts";
import { exportTables, indicatorFiles, indicatorSubsets, type ExportSource } from "./tables.ts";
import { toXlsx } from "./xlsx.ts";
import { toZip } from "./zip.ts";
import { indicatorPackage } from "./indicatorPackage.ts";
import { citationCff } from "./citation.ts";
import { CHANGELOG_JSON, CHANGELOG_MD, changelogMarkdown, computeChangelog, type ReleaseReader } from "./changelog.ts";
import { jsonRecord } from "./fields.ts";
import { CREATOR, DATASET_TITLE, FILES, LICENCE, dataUrl } from "./site.ts";

export type { ReleaseEntry } from "./releaseList.ts";

export interface BundleInput {
  source: ExportSource;
  /** The version written into the files: "1.0.0", or the working copy's label. */
  version: string;
  /** Release date (YYYY-MM-DD); null for the working copy. */
  date: string | null;
  /** Site directory the files are published in: "v1.0.0" or "unreleased". */
  dir: string;
  /** Releases up to and including this one, oldest first. */
  changelog: readonly ReleaseEntry[];
  /** The licence's legal code (LICENSE-DATA.txt). */
  licenceText: string;
  /** The release this one is compared with for its changelog; null for the first. */
  previous: { version: string; read: ReleaseReader } | null;
}

const utf8 = new TextEncoder();

export async function buildBundle(input: BundleInput): Promise<Map<string, Uint8Array>> {
  const { data } = input.source;
  const tables = exportTables(input.source);
  const files = new Map<string, Uint8Array>();
  const put = (path: string, content: string | Uint8Array) => {
    if (files.has(path)) throw new Error(`two files of the release are named ${path}`);
    files.set(path, typeof content === "string" ? utf8.encode(content) : content);
  };

  for (const table of tables) {
    put(table.def.file, toCsv(table));
    put(`${table.def.name}.json`, toJson(table));
  }
  const baseUrl = dataUrl(input.dir);
  const places = tables.find((t) => t.def.name === "places")!;
  for (const sub of indicatorSubsets(tables)) {
    const names = indicatorFiles(sub.indicator.id);
    const under = (name: string) => `${FILES.byIndicator}/${name}`;
    put(under(names.observations), toCsv(sub.observations));
    put(under(names.targets), toCsv(sub.targets));
    put(under(names.statuses), toCsv(sub.statuses));
    for (const [path, bytes] of indicatorPackage({ sub, places: places.rows, version: input.version, date: input.date, dir: input.dir })) put(path, bytes);
    const indicators = tables.find((t) => t.def.name === "indicators")!;
    put(
      under(names.json),
      jsonText({
        version: input.version,
        ...(input.date ? { released: input.date } : {}),
        url: `${baseUrl}${under(names.json)}`,
        license: LICENCE.id,
        indicator: jsonRecord(indicators, sub.indicator),
        series: tableRecords(sub.series),
        targets: tableRecords(sub.targets),
        statuses: tableRecords(sub.statuses),
        observations: tableRecords(sub.observations),
        sources: tableRecords(sub.sources),
      }),
    );
  }

  const meta: PackageMeta = { version: input.version, date: input.date, baseUrl };
  put(FILES.datapackage, jsonText(datapackage(tables, files, meta, data.sources)));
  const changes = computeChangelog(input.version, input.previous, (path) => files.get(path));
  put(CHANGELOG_JSON, jsonText(changes));
  put(CHANGELOG_MD, changelogMarkdown(changes));
  put(FILES.csvw, jsonText(csvwMetadata(tables, meta)));
  const readme: ReadmeInput = {
    tables,
    version: input.version,
    date: input.date,
    baseUrl,
    changelog: input.changelog,
    plan: data.plans.find((p) => p.full_text),
    indicatorCount: data.indicators.length,
  };
  put(FILES.readme, readmeMarkdown(readme));
  put(FILES.licence, input.licenceText);
  put(FILES.citation, citationCff(input.date ? { version: input.version, date: input.date } : null));
  put(FILES.xlsx, await toXlsx(tables, readmeSheet(readme), { title: DATASET_TITLE.en, date: input.date, creator: CREATOR.en }));

  const sumsOf = (m: ReadonlyMap<string, Uint8Array>) => formatSums([...m].map(([path, bytes]) => ({ path, sha256: sha256(bytes) })));
  const zipped = new Map(files);
  zipped.set(FILES.sums, utf8.encode(sumsOf(files)));
  put(FILES.zip, toZip(zipped, input.date));
  put(FILES.sums, sumsOf(files));
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
