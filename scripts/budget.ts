/**
 * Page-weight budget over dist/: for every HTML page, the JavaScript it loads (external and inline)
 * and the total of HTML + CSS + JS, each file gzipped (level 9) and counted once per page that uses it.
 * Fonts and images are excluded (the site ships no web fonts; charts are inline SVG, so they count in
 * the HTML). Prints the table, heaviest page first; exits 1 if any page has more than 10 KB of
 * gzipped JS or 60 KB gzipped in total (KB = 1024 bytes).
 *
 * The one exception is the search page (a page whose script imports /pagefind/pagefind.js): Pagefind's
 * loader and the WebAssembly of the page's language are counted on their own, in the `search` column,
 * against SEARCH_BUDGET; the page's own HTML, CSS and script keep the budgets above. (Index chunks are
 * data fetched per query, not counted.)
 *
 *   npx node scripts/budget.ts [dist-directory] [--top N]
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { pathToFileURL } from "node:url";
import { parseHTML } from "linkedom";
import { htmlFiles, sitePath } from "./dist-pages.ts";

export const JS_BUDGET = 10 * 1024;
export const TOTAL_BUDGET = 60 * 1024;
export const SEARCH_BUDGET = 80 * 1024;
const PAGEFIND_LOADER = "/pagefind/pagefind.js";

const gz = (bytes: Uint8Array | string) => gzipSync(bytes, { level: 9 }).length;

export interface PageWeight {
  path: string;
  html: number;
  css: number;
  js: number;
  total: number;
  /** Raw (uncompressed) bytes of the HTML, for context. */
  rawHtml: number;
  /** Pagefind's loader + WebAssembly for the page's language, on the search page only (else 0). */
  search: number;
}

export const overBudget = (w: PageWeight) => w.js > JS_BUDGET || w.total > TOTAL_BUDGET || w.search > SEARCH_BUDGET;

/** Pagefind's loader (run without its worker) and the WebAssembly it fetches for a page language. */
function pagefindWeight(root: string, lang: string, gzFile: (path: string) => number): number {
  const entry = JSON.parse(readFileSync(join(root, "pagefind", "pagefind-entry.json"), "utf-8")) as { languages: Record<string, { wasm: string | null }> };
  const language = entry.languages[lang.toLowerCase()];
  if (!language) throw new Error(`the search index has no language "${lang}" (it has ${Object.keys(entry.languages).join(", ")})`);
  return gzFile(PAGEFIND_LOADER) + gzFile(`/pagefind/wasm.${language.wasm ?? "unknown"}.pagefind`);
}

/** Weights of every page of a built site. */
export function pageWeights(root: string): PageWeight[] {
  const cache = new Map<string, number>();
  const asset = (page: string, ref: string): number => {
    const url = new URL(ref, `http://site${page}`);
    if (url.host !== "site") throw new Error(`${page}: third-party asset ${ref}`);
    const file = join(root, decodeURIComponent(url.pathname));
    if (!cache.has(file)) {
      if (!existsSync(file)) throw new Error(`${page}: ${ref} is not in ${root}`);
      cache.set(file, gz(readFileSync(file)));
    }
    return cache.get(file)!;
  };
  return htmlFiles(root).map((file) => {
    const path = sitePath(root, file);
    const bytes = readFileSync(file);
    const { document } = parseHTML(bytes.toString("utf-8"));
    let css = 0;
    let js = 0;
    let search = 0;
    for (const link of document.querySelectorAll('link[rel~="stylesheet"][href]')) css += asset(path, link.getAttribute("href")!);
    for (const script of document.querySelectorAll("script")) {
      const src = script.getAttribute("src");
      const type = script.getAttribute("type") ?? "";
      if (src) js += asset(path, src);
      else if (type === "" || type === "module" || /javascript/.test(type)) {
        js += gz(script.textContent ?? "");
        if (script.textContent?.includes(PAGEFIND_LOADER)) search = pagefindWeight(root, document.documentElement.getAttribute("lang") ?? "", (p) => asset(path, p));
      }
    }
    // Inline <style> and <script> are already inside the HTML's own bytes; JS is also reported on its own.
    const html = gz(bytes);
    return { path, html, css, js, total: html + css + (js - inlineJs(document)), rawHtml: bytes.length, search };
  });
}

/** Inline JS is counted in `js` (for its budget) and is also part of the HTML; count it once in the total. */
function inlineJs(document: ReturnType<typeof parseHTML>["document"]): number {
  let n = 0;
  for (const script of document.querySelectorAll("script:not([src])")) {
    const type = script.getAttribute("type") ?? "";
    if (type === "" || type === "module" || /javascript/.test(type)) n += gz(script.textContent ?? "");
  }
  return n;
}

const kb = (n: number) => (n / 1024).toFixed(1).padStart(6);

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const args = process.argv.slice(2);
  const topArg = args.indexOf("--top");
  const top = topArg >= 0 ? Number(args[topArg + 1]) : Infinity;
  const dir = args.find((a, i) => !a.startsWith("--") && (topArg < 0 || i !== topArg + 1));
  const root = dir ? resolve(dir) : join(process.cwd(), "dist");
  if (!existsSync(root)) {
    console.error(`budget: ${root} does not exist (run astro build first)`);
    process.exit(1);
  }
  const weights = pageWeights(root).sort((a, b) => b.total - a.total || a.path.localeCompare(b.path));
  const over = weights.filter(overBudget);
  console.log(`Page weights (gzip -9, KB = 1024 B; budget: JS ≤ ${JS_BUDGET / 1024} KB, HTML+CSS+JS ≤ ${TOTAL_BUDGET / 1024} KB per page; search page: Pagefind JS + wasm ≤ ${SEARCH_BUDGET / 1024} KB)`);
  console.log(`${"total".padStart(6)} ${"html".padStart(6)} ${"css".padStart(6)} ${"js".padStart(6)} ${"raw html".padStart(9)}  page`);
  for (const w of weights.slice(0, top)) {
    const flag = overBudget(w) ? "  ← over budget" : "";
    console.log(`${kb(w.total)} ${kb(w.html)} ${kb(w.css)} ${kb(w.js)} ${kb(w.rawHtml).padStart(9)}  ${w.path}${flag}`);
  }
  for (const w of weights.filter((x) => x.search > 0)) console.log(`search ${w.path}: Pagefind loader + wasm ${kb(w.search).trim()} KB gz (budget ${SEARCH_BUDGET / 1024} KB)`);
  if (weights.length > top) console.log(`… ${weights.length - top} lighter pages not shown`);
  console.log(`${weights.length} pages; heaviest ${kb(weights[0]?.total ?? 0).trim()} KB; most JS ${kb(Math.max(0, ...weights.map((w) => w.js))).trim()} KB.`);
  if (over.length > 0) {
    console.error(`${over.length} page(s) over budget: ${over.map((w) => w.path).join(", ")}`);
    process.exit(1);
  }
}
