/** The data version shown with every status: the newest release, or "unreleased" before the first. */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

export function dataVersion(dataDir: string): string {
  const path = join(dataDir, "releases", "releases.json");
  if (!existsSync(path)) return "unreleased";
  const releases = JSON.parse(readFileSync(path, "utf-8")) as { version: string }[];
  return releases.at(-1)?.version ?? "unreleased";
}
