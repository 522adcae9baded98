/**
 * Every internal link and fragment in dist/ must resolve: href/src to a built file, #id to an element
 * of the target page. External links are listed, not fetched (the tests run without network).
 *
 *   npx node scripts/check-links.ts [dist-directory]
 *
 * One pass parses each page once and keeps only its ids and references (not the document), so time and
 * memory grow with the site's size; targets are resolved once per distinct path.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseHTML } from "linkedom";
import { htmlFiles, sitePath } from "./dist-pages.ts";

const arg = process.argv[2];
const root = arg ? resolve(arg) : join(process.cwd(), "dist");
const started = performance.now();

interface Page {
  ids: Set<string>;
  refs: { tag: string; ref: string }[];
}
const pages = new Map<string, Page>();
for (const file of htmlFiles(root)) {
  const { document } = parseHTML(readFileSync(file, "utf-8"));
  pages.set(sitePath(root, file), {
    ids: new Set([...document.querySelectorAll("[id]")].map((e) => e.getAttribute("id")!)),
    refs: [...document.querySelectorAll("a[href], link[href], img[src], script[src], source[src]")].map((el) => ({
      tag: el.tagName.toLowerCase(),
      ref: el.getAttribute("href") ?? el.getAttribute("src")!,
    })),
  });
}

const resolved = new Map<string, string | null>();
function resolveFile(pathname: string): string | null {
  if (!resolved.has(pathname)) {
    const file = join(root, decodeURIComponent(pathname));
    resolved.set(pathname, existsSync(file) && statSync(file).isFile() ? file : existsSync(join(file, "index.html")) ? join(file, "index.html") : null);
  }
  return resolved.get(pathname)!;
}

const broken: string[] = [];
let internal = 0;
const external = new Set<string>();
for (const [page, { refs }] of pages) {
  for (const { tag, ref } of refs) {
    if (/^(mailto:|tel:|data:)/.test(ref)) continue;
    const url = new URL(ref, `http://site${page}`);
    if (url.host !== "site") {
      external.add(url.href);
      continue;
    }
    internal++;
    const file = resolveFile(url.pathname);
    if (!file) {
      broken.push(`${page}: <${tag}> ${ref} → no such file in dist/`);
      continue;
    }
    const fragment = decodeURIComponent(url.hash.slice(1));
    if (fragment && file.endsWith(".html") && !pages.get(sitePath(root, file))?.ids.has(fragment)) {
      broken.push(`${page}: ${ref} → no element with id "${fragment}" on ${sitePath(root, file)}`);
    }
  }
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`Link check: ${pages.size} pages, ${internal} internal links and fragments checked, ${broken.length} broken; ${external.size} distinct external URLs (not fetched); ${seconds} s.`);
if (broken.length > 0) {
  console.error(broken.join("\n"));
  process.exit(1);
}
