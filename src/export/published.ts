/**
 * What the site publishes under /data/ (build time): every committed release at /data/v<version>/, the
 * newest again at /data/latest/, and — before the first release, or when data/ has changed since the
 * newest — a working copy generated from data/ at /data/unreleased/. Committed releases are copied byte
 * for byte, and the build refuses to publish them if any fails its check.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DATA_DIR, getSite } from "../data/dataset.ts";
import { buildBundle } from "./bundle.ts";
import { sha256 } from "./checksums.ts";
import { checkReleases, listFiles, readReleaseList, readerOf } from "./store.ts";
import type { ReleaseEntry } from "./releaseList.ts";
import { CHANGELOG_JSON, type Changelog, type ValueRevision } from "./changelog.ts";
import { LATEST_DIR, LICENCE, UNRELEASED_DIR, releaseDir } from "./site.ts";

export interface PublishedFile {
  path: string;
  bytes: number;
  sha256: string;
}

export interface PublishedRelease extends ReleaseEntry {
  dir: string;
  files: PublishedFile[];
}

export interface WorkingCopy {
  /** The label the files carry: "unreleased" or "<newest>+unreleased". */
  version: string;
  dir: typeof UNRELEASED_DIR;
  files: PublishedFile[];
}

export interface Published {
  /** Oldest first. */
  releases: PublishedRelease[];
  latest: PublishedRelease | null;
  working: WorkingCopy | null;
}

interface State {
  published: Published;
  bytes: (dir: string, path: string) => Uint8Array;
}

export const RELEASES_DIR = join(DATA_DIR, "releases");

async function load(): Promise<State> {
  const problems = checkReleases(RELEASES_DIR);
  if (problems.length > 0) {
    throw new Error(`The data releases in ${RELEASES_DIR} fail their check; nothing was built:\n  ${problems.join("\n  ")}`);
  }
  const list = readReleaseList(RELEASES_DIR);
  const describe = (path: string, bytes: Uint8Array): PublishedFile => ({ path, bytes: bytes.length, sha256: sha256(bytes) });
  const releases = list.map((r) => {
    const dir = releaseDir(r.version);
    const files = listFiles(join(RELEASES_DIR, dir)).map((path) => describe(path, readFileSync(join(RELEASES_DIR, dir, path))));
    return { ...r, dir, files };
  });
  const latest = releases.at(-1) ?? null;

  const site = getSite();
  let workingBytes: Map<string, Uint8Array> | null = null;
  if (!latest || site.version !== latest.version) {
    workingBytes = await buildBundle({
      source: site,
      version: site.version,
      date: null,
      dir: UNRELEASED_DIR,
      changelog: list,
      licenceText: readFileSync(join(process.cwd(), LICENCE.file), "utf-8"),
      previous: latest ? { version: latest.version, read: readerOf(join(RELEASES_DIR, latest.dir)) } : null,
    });
  }
  const working: WorkingCopy | null = workingBytes
    ? { version: site.version, dir: UNRELEASED_DIR, files: [...workingBytes].map(([path, bytes]) => describe(path, bytes)) }
    : null;

  const bytes = (dir: string, path: string): Uint8Array => {
    if (dir === UNRELEASED_DIR && workingBytes) {
      const b = workingBytes.get(path);
      if (b) return b;
    }
    const folder = dir === LATEST_DIR && latest ? latest.dir : dir;
    return readFileSync(join(RELEASES_DIR, folder, path));
  };
  return { published: { releases, latest, working }, bytes };
}

let state: Promise<State> | undefined;
const getState = () => (state ??= load());

export const getPublished = async (): Promise<Published> => (await getState()).published;

/** Every file the site serves under /data/<dir>/, with the directory it is served from. */
export async function publishedPaths(): Promise<{ dir: string; path: string }[]> {
  const { releases, latest, working } = await getPublished();
  return [
    ...releases.flatMap((r) => r.files.map((f) => ({ dir: r.dir, path: f.path }))),
    ...(latest ? latest.files.map((f) => ({ dir: LATEST_DIR, path: f.path })) : []),
    ...(working ? working.files.map((f) => ({ dir: UNRELEASED_DIR, path: f.path })) : []),
  ];
}

export const publishedBytes = async (dir: string, path: string) => (await getState()).bytes(dir, path);

/** The changelog a published directory carries (changelog.json), or null when it has none (1.0.0 predates it). */
export function publishedChangelog(dir: string): Promise<Changelog | null> {
  let changelog = changelogs.get(dir);
  if (!changelog) {
    changelog = readChangelog(dir);
    changelogs.set(dir, changelog);
  }
  return changelog;
}

/**
 * Parsed once per directory: every indicator page asks for the revisions, and a changelog lists every added
 * and changed value, so decoding it per page made the build grow with pages × data (40 of 64 CPU s at 10×).
 */
const changelogs = new Map<string, Promise<Changelog | null>>();

async function readChangelog(dir: string): Promise<Changelog | null> {
  const { releases, latest, working } = await getPublished();
  const files = dir === UNRELEASED_DIR ? working?.files : (dir === LATEST_DIR ? latest : releases.find((r) => r.dir === dir))?.files;
  if (!files?.some((f) => f.path === CHANGELOG_JSON)) return null;
  return JSON.parse(new TextDecoder().decode(await publishedBytes(dir, CHANGELOG_JSON))) as Changelog;
}

/** A value of one release that a later release (or the working copy) changed. */
export interface PublishedRevision extends ValueRevision {
  /** The release the earlier value came from. */
  fromVersion: string;
  /** The release that revised it, or the working copy's label. */
  toVersion: string;
  /** Where the revising files are published: "v1.1.0" or "unreleased". */
  toDir: string;
}

/** Every value revision recorded in the published changelogs, oldest first, for one indicator. */
export async function publishedRevisions(indicatorId: string): Promise<PublishedRevision[]> {
  const { releases, working } = await getPublished();
  const dirs = [...releases.map((r) => ({ dir: r.dir, version: r.version })), ...(working ? [{ dir: working.dir, version: working.version }] : [])];
  const out: PublishedRevision[] = [];
  for (const { dir, version } of dirs) {
    const c = await publishedChangelog(dir);
    if (!c?.previous) continue;
    for (const r of c.values.revised) if (r.indicator_id === indicatorId) out.push({ ...r, fromVersion: c.previous, toVersion: version, toDir: dir });
  }
  return out;
}
