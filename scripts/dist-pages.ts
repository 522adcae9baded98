/** The HTML pages of the built site, as files and as site paths. */
import { readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";

export function htmlFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: "utf-8" })
    .filter((f) => f.endsWith(".html"))
    .map((f) => join(root, f))
    .sort();
}

/** "dist/en/indicators/pm25/index.html" → "/en/indicators/pm25/". */
export function sitePath(root: string, file: string): string {
  const rel = relative(root, file).split(sep).join("/");
  return "/" + rel.replace(/(^|\/)index\.html$/, "$1");
}
