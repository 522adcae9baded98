/**
 * Releases on disk (data/releases/): reading them, checking that no released byte has changed, and cutting
 * a new one. Layout:
 *
 *   releases.json          [{ version, date, changes_zh, changes_en }], oldest first
 *   SHA256SUMS             the manifest: SHA-256 of every file of every release ("v1.0.0/places.csv"),
 *                          appended to by each release and never rewritten
 *   v<version>/…           the files of a release, exactly as published, with their own SHA256SUMS
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync, appendFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { parseSums, formatSums, sha256 } from "./checksums.ts";
import { SEMVER, atLeast, bumpOf, compareVersions, larger, type Bump } from "./semver.ts";
import { buildBundle } from "./bundle.ts";
import { citationCff } from "./citation.ts";
import { FILES, releaseDir } from "./site.ts";
import { RELEASES_JSON, isDate, readReleaseList, type ReleaseEntry } from "./releaseList.ts";
import { loadDataset } from "../data/load.ts";
import { buildSite } from "../data/dataset.ts";

export { RELEASES_JSON, isDate, readReleaseList };

export const MANIFEST = "SHA256SUMS";
/** Files allowed beside the release folders. */
const TOP_LEVEL = new Set([RELEASES_JSON, MANIFEST, "README.md", ".gitattributes"]);

/** Every file under `dir`, as sorted "/"-separated relative paths. */
export function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: "utf-8" })
    .filter((f) => statSync(join(dir, f)).isFile())
    .map((f) => f.split(sep).join("/"))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * Every problem with the releases in `dir`; [] when every released file is exactly as it was released.
 * Checks releases.json, that the release folders are those it lists, that the manifest lists exactly
 * the files of the release folders with their SHA-256, that each folder's own SHA256SUMS agrees, and that
 * each release's datapackage.json names its version and date.
 */
export function checkReleases(dir: string): string[] {
  const problems: string[] = [];
  let list: ReleaseEntry[] = [];
  try {
    list = readReleaseList(dir);
  } catch (e) {
    return [(e as Error).message];
  }
  list.forEach((r, i) => {
    const prev = list[i - 1];
    if (prev && compareVersions(prev.version, r.version) >= 0) problems.push(`${RELEASES_JSON}: ${r.version} follows ${prev.version}: versions must increase`);
    if (prev && r.date < prev.date) problems.push(`${RELEASES_JSON}: ${r.version} (${r.date}) is dated before ${prev.version} (${prev.date})`);
  });

  const listed = new Set(list.map((r) => releaseDir(r.version)));
  const entries = existsSync(dir) ? readdirSync(dir, { withFileTypes: true }) : [];
  for (const e of entries) {
    if (e.isDirectory()) {
      if (!listed.has(e.name)) problems.push(`${e.name}/: a release folder that ${RELEASES_JSON} does not list`);
    } else if (!TOP_LEVEL.has(e.name)) problems.push(`${e.name}: unexpected file (only ${[...TOP_LEVEL].join(", ")} and release folders belong here)`);
  }

  const manifestPath = join(dir, MANIFEST);
  let manifest: { sha256: string; path: string }[] = [];
  if (existsSync(manifestPath)) {
    try {
      manifest = parseSums(readFileSync(manifestPath, "utf-8"), MANIFEST);
    } catch (e) {
      problems.push((e as Error).message);
    }
  } else if (list.length > 0) problems.push(`${MANIFEST}: missing (it must list every released file)`);
  const inManifest = new Map<string, string>();
  for (const m of manifest) {
    if (inManifest.has(m.path)) problems.push(`${MANIFEST}: ${m.path} is listed twice`);
    inManifest.set(m.path, m.sha256);
  }

  const onDisk = new Set<string>();
  for (const r of list) {
    const folder = releaseDir(r.version);
    const files = listFiles(join(dir, folder));
    if (files.length === 0) {
      problems.push(`${folder}/: the release ${r.version} has no files`);
      continue;
    }
    for (const f of files) onDisk.add(`${folder}/${f}`);
    for (const f of files) {
      const path = `${folder}/${f}`;
      const expected = inManifest.get(path);
      if (expected === undefined) problems.push(`${path}: not in ${MANIFEST} (a file was added to a published release)`);
      else if (sha256(readFileSync(join(dir, path))) !== expected) problems.push(`${path}: its SHA-256 differs from ${MANIFEST}: a published file has changed`);
    }
    const ownPath = join(dir, folder, FILES.sums);
    if (!existsSync(ownPath)) problems.push(`${folder}/${FILES.sums}: missing`);
    else {
      try {
        const own = parseSums(readFileSync(ownPath, "utf-8"), `${folder}/${FILES.sums}`);
        const ownPaths = own.map((o) => o.path).sort().join("\n");
        const expected = files.filter((f) => f !== FILES.sums).join("\n");
        if (ownPaths !== expected) problems.push(`${folder}/${FILES.sums}: does not list exactly the files of the release`);
        for (const o of own) {
          const top = inManifest.get(`${folder}/${o.path}`);
          if (top !== undefined && top !== o.sha256) problems.push(`${folder}/${FILES.sums}: ${o.path} disagrees with ${MANIFEST}`);
        }
      } catch (e) {
        problems.push((e as Error).message);
      }
    }
    const dp = join(dir, folder, FILES.datapackage);
    if (existsSync(dp)) {
      try {
        const pkg = JSON.parse(readFileSync(dp, "utf-8")) as { version?: unknown; created?: unknown };
        if (pkg.version !== r.version) problems.push(`${folder}/${FILES.datapackage}: version ${JSON.stringify(pkg.version)} is not ${r.version}`);
        if (pkg.created !== `${r.date}T00:00:00Z`) problems.push(`${folder}/${FILES.datapackage}: created ${JSON.stringify(pkg.created)} disagrees with the date ${r.date} in ${RELEASES_JSON}`);
      } catch {
        problems.push(`${folder}/${FILES.datapackage}: not valid JSON`);
      }
    } else problems.push(`${folder}/${FILES.datapackage}: missing`);
  }
  for (const path of inManifest.keys()) {
    if (!onDisk.has(path)) problems.push(`${path}: listed in ${MANIFEST} but missing (a published file was removed)`);
  }
  return problems;
}

/** The files of a release folder, read on demand; undefined for a file it does not have. */
export const readerOf = (folder: string) => (path: string) => {
  const file = join(folder, path);
  return existsSync(file) ? new Uint8Array(readFileSync(file)) : undefined;
};

export interface CutOptions {
  dataDir: string;
  outDir: string;
  version: string;
  date: string;
  changesZh: string;
  changesEn: string;
  licenceText: string;
  /** Where to write CITATION.cff for the new release; null to leave it. */
  citationPath: string | null;
}

export class ReleaseRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ReleaseRefused";
  }
}

interface Descriptor {
  resources: { name: string; path: string; schema: { fields: { name: string; type: string; constraints?: { enum?: string[] } }[] } }[];
}

const records = (bytes: Uint8Array) => new TextDecoder().decode(bytes).split("\n").length - 2;

/** The least version step the change from the previous release's files to the new ones requires. */
export function requiredBump(previous: (path: string) => Uint8Array, next: ReadonlyMap<string, Uint8Array>): { bump: Bump; reasons: string[] } {
  const read = (bytes: Uint8Array) => JSON.parse(new TextDecoder().decode(bytes)) as Descriptor;
  const before = read(previous(FILES.datapackage));
  const after = read(next.get(FILES.datapackage)!);
  let bump: Bump = "patch";
  const reasons: string[] = [];
  const need = (b: Bump, why: string) => {
    bump = larger(bump, b);
    reasons.push(`${b}: ${why}`);
  };
  for (const old of before.resources) {
    const now = after.resources.find((r) => r.name === old.name);
    if (!now) {
      need("major", `table ${old.name} removed`);
      continue;
    }
    for (const f of old.schema.fields) {
      const g = now.schema.fields.find((x) => x.name === f.name);
      if (!g) need("major", `column ${old.name}.${f.name} removed or renamed`);
      else if (g.type !== f.type) need("major", `column ${old.name}.${f.name} changed type ${f.type} → ${g.type}`);
      else {
        const removed = (f.constraints?.enum ?? []).filter((v) => !(g.constraints?.enum ?? []).includes(v));
        const added = (g.constraints?.enum ?? []).filter((v) => !(f.constraints?.enum ?? []).includes(v));
        if (removed.length > 0) need("major", `${old.name}.${f.name} no longer allows ${removed.join(", ")}`);
        if (added.length > 0) need("minor", `${old.name}.${f.name} now also allows ${added.join(", ")}`);
      }
    }
    for (const g of now.schema.fields) if (!old.schema.fields.some((f) => f.name === g.name)) need("minor", `column ${old.name}.${g.name} added`);
    const [n0, n1] = [records(previous(old.path)), records(next.get(now.path)!)];
    if (n1 > n0) need("minor", `${n1 - n0} rows added to ${old.name}`);
  }
  for (const now of after.resources) if (!before.resources.some((r) => r.name === now.name)) need("minor", `table ${now.name} added`);
  return { bump, reasons };
}

/**
 * Cuts a release: validates the data with the loader, refuses an existing, smaller or insufficiently
 * increased version, writes every file, then appends to releases.json and the manifest. Returns the
 * files written (relative to the release folder).
 */
export async function cutRelease(o: CutOptions): Promise<{ folder: string; files: Map<string, Uint8Array>; warnings: string[] }> {
  if (!SEMVER.test(o.version)) throw new ReleaseRefused(`"${o.version}" is not a version of the form MAJOR.MINOR.PATCH (e.g. 1.0.0)`);
  if (!isDate(o.date)) throw new ReleaseRefused(`--date "${o.date}" is not a date YYYY-MM-DD`);
  for (const [flag, text] of [["--zh", o.changesZh], ["--en", o.changesEn]] as const) {
    if (text.trim() === "" || text !== text.trim() || /[\r\n]/.test(text)) throw new ReleaseRefused(`${flag} must be one line of text without leading or trailing spaces`);
  }
  const existing = checkReleases(o.outDir);
  if (existing.length > 0) throw new ReleaseRefused(`the existing releases in ${o.outDir} fail their check; fix that first:\n  ${existing.join("\n  ")}`);
  const list = readReleaseList(o.outDir);
  const newest = list.at(-1);
  if (list.some((r) => r.version === o.version)) throw new ReleaseRefused(`version ${o.version} has already been released`);
  if (newest && compareVersions(o.version, newest.version) <= 0) throw new ReleaseRefused(`version ${o.version} is not greater than the newest release, ${newest.version}`);
  if (newest && o.date < newest.date) throw new ReleaseRefused(`date ${o.date} is before the newest release's date (${newest.version}, ${newest.date})`);
  const folder = releaseDir(o.version);
  if (existsSync(join(o.outDir, folder))) throw new ReleaseRefused(`${join(o.outDir, folder)} already exists`);

  const data = loadDataset(o.dataDir); // throws DataValidationError, listing every problem
  const site = buildSite(data, o.version);
  const entry: ReleaseEntry = { version: o.version, date: o.date, changes_zh: o.changesZh, changes_en: o.changesEn };
  const prevDir = newest ? join(o.outDir, releaseDir(newest.version)) : null;
  const previous = newest && prevDir ? { version: newest.version, read: readerOf(prevDir) } : null;
  const files = await buildBundle({ source: site, version: o.version, date: o.date, dir: folder, changelog: [...list, entry], licenceText: o.licenceText, previous });

  const warnings: string[] = [];
  if (newest && prevDir) {
    const { bump, reasons } = requiredBump((p) => readFileSync(join(prevDir, p)), files);
    const actual = bumpOf(newest.version, o.version);
    if (!atLeast(actual, bump)) {
      throw new ReleaseRefused(`${newest.version} → ${o.version} is a ${actual} step, but the changes need a ${bump} step:\n  ${reasons.join("\n  ")}`);
    }
    const same = [...files.keys()].filter((p) => p.endsWith(".csv")).every((p) => existsSync(join(prevDir, p)) && isDeepStrictEqual(new Uint8Array(readFileSync(join(prevDir, p))), files.get(p)));
    if (same) warnings.push(`no CSV file differs from ${newest.version}`);
  }

  // Write beside the final folder, then rename: a failed write leaves no half release behind.
  const partial = join(o.outDir, `.${folder}.partial`);
  rmSync(partial, { recursive: true, force: true });
  try {
    for (const [path, bytes] of files) {
      mkdirSync(dirname(join(partial, path)), { recursive: true });
      writeFileSync(join(partial, path), bytes);
    }
    renameSync(partial, join(o.outDir, folder));
  } finally {
    rmSync(partial, { recursive: true, force: true });
  }
  writeFileSync(join(o.outDir, RELEASES_JSON), JSON.stringify([...list, entry], null, 2) + "\n");
  appendFileSync(join(o.outDir, MANIFEST), formatSums([...files].map(([path, bytes]) => ({ path: `${folder}/${path}`, sha256: sha256(bytes) }))));
  if (o.citationPath) writeFileSync(o.citationPath, citationCff({ version: o.version, date: o.date }));

  const after = checkReleases(o.outDir);
  if (after.length > 0) throw new Error(`the new release fails its own check:\n  ${after.join("\n  ")}`);
  const where = relative(process.cwd(), join(o.outDir, folder));
  return { folder: where.startsWith("..") ? join(o.outDir, folder) : where, files, warnings };
}
