/**
 * The release ZIP: every file of the release at the archive's root (datapackage.json first among equals,
 * so that `frictionless validate zj-eco-tracker.zip` finds the package), with fixed timestamps
 * (deterministic bytes). Unzip it into a folder of your choosing: `unzip zj-eco-tracker.zip -d data`.
 */
import { zipSync, type Zippable } from "fflate";

/**
 * The timestamp written for every entry: midnight of the release date (1980-01-01, the earliest a ZIP
 * can hold, for the working copy). ZIP stores local wall-clock time, which fflate reads with the local
 * getters, so the date is built from local components to give the same bytes in every time zone.
 */
export function zipTime(date: string | null): Date {
  const [y, m, d] = (date ?? "1980-01-01").split("-").map(Number) as [number, number, number];
  return new Date(y, m - 1, d, 0, 0, 0);
}

const STORED = /\.(zip|xlsx)$/;

/** `files` maps paths inside the archive to bytes; entries are written in path order. */
export function toZip(files: ReadonlyMap<string, Uint8Array>, date: string | null): Uint8Array {
  const mtime = zipTime(date);
  const tree: Zippable = {};
  for (const path of [...files.keys()].sort()) {
    tree[path] = [files.get(path)!, { level: STORED.test(path) ? 0 : 9, mtime }];
  }
  return zipSync(tree, { mtime });
}
