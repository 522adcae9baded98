/**
 * Releases that pinned embeds (/embed/v<version>/<indicator>/) are drawn from: each committed release under
 * data/releases/ whose tables this code can still load, as a Site of its own (the release's data, today's
 * chart code). A release made under an older table schema no longer loads; it gets no pinned embeds, and
 * the build says so (never silently), naming the first problem.
 */
import { join } from "node:path";
import { buildSite, DATA_DIR, type Site } from "../data/dataset.ts";
import { loadDataset } from "../data/load.ts";
import { readReleaseList } from "../export/releaseList.ts";

export interface PinnedRelease {
  version: string;
  /** The release's data, or null when it cannot be loaded. */
  site: Site | null;
  /** Why it cannot be pinned, when it cannot. */
  problem: string | null;
}

export function loadPinnedReleases(releasesDir: string): PinnedRelease[] {
  return readReleaseList(releasesDir).map(({ version }) => {
    try {
      return { version, site: buildSite(loadDataset(join(releasesDir, `v${version}`), { released: true }), version), problem: null };
    } catch (e) {
      const lines = (e as Error).message.split("\n");
      return { version, site: null, problem: (lines[1] ?? lines[0] ?? "").trim() };
    }
  });
}

let cached: PinnedRelease[] | undefined;
/** The site's releases (data/releases/), loaded once per build. */
export function pinnedReleases(): PinnedRelease[] {
  if (!cached) {
    cached = loadPinnedReleases(join(DATA_DIR, "releases"));
    for (const r of cached.filter((r) => r.site === null)) {
      console.warn(`[embed] release ${r.version} has no pinned embeds: its tables no longer load with the current schema (${r.problem})`);
    }
  }
  return cached;
}

/** The newest release that can be pinned and has the indicator, or null. */
export function newestPinnable(indicatorId: string): PinnedRelease | null {
  return pinnedReleases().filter((r) => r.site?.data.indicators.some((i) => i.id === indicatorId)).at(-1) ?? null;
}

export const embedPath = (locale: "zh" | "en", id: string, version?: string) => `${locale === "zh" ? "" : "/en"}/embed/${version ? `v${version}/` : ""}${id}/`;
