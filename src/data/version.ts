/**
 * The data version shown with every status: the newest release when data/ holds exactly the data of that
 * release; "<newest>+unreleased" when data/ has changed since (the statuses then rest on data no release
 * holds yet); "unreleased" before the first release. Releases live in data/releases/ (see
 * src/export/store.ts); a release's table CSVs are readable by the loader, so "the same data" means the
 * loader returns equal records from both.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { loadDataset } from "./load.ts";
import { readReleaseList } from "../export/releaseList.ts";

export const UNRELEASED = "unreleased";

export function dataVersion(dataDir: string): string {
  const releasesDir = join(dataDir, "releases");
  const newest = readReleaseList(releasesDir).at(-1)?.version;
  if (!newest) return UNRELEASED;
  return sameData(dataDir, join(releasesDir, `v${newest}`)) ? newest : `${newest}+${UNRELEASED}`;
}

function sameData(dataDir: string, releaseDir: string): boolean {
  if (!existsSync(releaseDir)) return false;
  try {
    return isDeepStrictEqual(loadDataset(dataDir), loadDataset(releaseDir, { released: true }));
  } catch {
    // A release made under an older schema no longer loads: the data have changed.
    return false;
  }
}
