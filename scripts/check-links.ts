/**
 * Every internal link and fragment in dist/ must resolve: href/src to a built file, #id to an element
 * of the target page. External links are listed, not fetched (the tests run without network).
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { htmlFiles, sitePath } from "./dist-pages.ts";

const root = join(process.cwd(), "dist");
const files = htmlFiles(root);
const idsOf = new Map<string, Set<string>>();
const docs = new Map(files.map((f) => [sitePath(root, f), parseHTML(readFileSync(f, "utf-8")).document]));
for (const [path, doc] of docs) idsOf.set(path, new Set([...doc.querySelectorAll("[id]")].map((e) => e.getAttribute("id")!)));

function resolveFile(pathname: string): string | null {
  const file = join(root, decodeURIComponent(pathname));
  if (existsSync(file) && statSync(file).isFile()) return file;
  if (existsSync(join(file, "index.html"))) return join(file, "index.html");
  return null;
}

const broken: string[] = [];
let internal = 0;
const external = new Set<string>();
for (const [page, doc] of docs) {
  for (const el of doc.querySelectorAll("a[href], link[href], img[src], script[src], source[src]")) {
    const ref = el.getAttribute("href") ?? el.getAttribute("src")!;
    if (/^(mailto:|tel:|data:)/.test(ref)) continue;
    const url = new URL(ref, `http://site${page}`);
    if (url.host !== "site") {
      external.add(url.href);
      continue;
    }
    internal++;
    const file = resolveFile(url.pathname);
    if (!file) {
      broken.push(`${page}: <${el.tagName.toLowerCase()}> ${ref} → no such file in dist/`);
      continue;
    }
    const fragment = decodeURIComponent(url.hash.slice(1));
    if (fragment && file.endsWith(".html") && !idsOf.get(sitePath(root, file))?.has(fragment)) {
      broken.push(`${page}: ${ref} → no element with id "${fragment}" on ${sitePath(root, file)}`);
    }
  }
}
console.log(`Link check: ${docs.size} pages, ${internal} internal links and fragments checked, ${broken.length} broken; ${external.size} distinct external URLs (not fetched).`);
if (broken.length > 0) {
  console.error(broken.join("\n"));
  process.exit(1);
}
