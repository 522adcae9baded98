/**
 * How readers report an error, and the corrections log. There is no public address for reports yet:
 * the repository's issue tracker will be it once the repository is published. Set CORRECTIONS_URL then;
 * until it is set, the about page says plainly that no channel exists rather than inventing one.
 */
import { join } from "node:path";
import { DATA_DIR } from "../data/dataset.ts";
import { readReleaseList, type ReleaseEntry } from "../export/releaseList.ts";

export const CORRECTIONS_URL: string | null = null;

/**
 * The corrections log: every data release's changes, newest first. Releases are the only way published
 * data change (a release never changes after it is cut), so a correction reaches readers as a line of
 * the next release's changes. Slot: when releases record corrections separately (value, old, new, why),
 * they replace these lines here.
 */
export function correctionsLog(dir: string = join(DATA_DIR, "releases")): ReleaseEntry[] {
  return [...readReleaseList(dir)].reverse();
}
