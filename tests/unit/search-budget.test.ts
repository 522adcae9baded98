/** scripts/budget.ts: the search page's Pagefind loader and WebAssembly count on their own, against SEARCH_BUDGET. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { SEARCH_BUDGET, overBudget, pageWeights } from "../../scripts/budget.ts";

const root = mkdtempSync(join(tmpdir(), "zj-search-budget-"));
const gz = (s: string | Uint8Array) => gzipSync(s, { level: 9 }).length;
const loader = "export async function search(q){return q}".repeat(30);
const wasmZh = new Uint8Array(5000).map((_, i) => (i * 2654435761) >>> 24);
const wasmEn = new Uint8Array(7000).map((_, i) => (i * 40503) >>> 8);
const script = `const p = await import("/pagefind/pagefind.js");`;
mkdirSync(join(root, "pagefind"), { recursive: true });
mkdirSync(join(root, "en", "search"), { recursive: true });
mkdirSync(join(root, "search"), { recursive: true });
writeFileSync(join(root, "pagefind/pagefind.js"), loader);
writeFileSync(join(root, "pagefind/wasm.unknown.pagefind"), wasmZh);
writeFileSync(join(root, "pagefind/wasm.en.pagefind"), wasmEn);
writeFileSync(join(root, "pagefind/pagefind-entry.json"), JSON.stringify({ languages: { "zh-cn": { wasm: null }, en: { wasm: "en" } } }));
writeFileSync(join(root, "search/index.html"), `<!doctype html><html lang="zh-CN"><body><script type="module">${script}</script></body></html>`);
writeFileSync(join(root, "en/search/index.html"), `<!doctype html><html lang="en"><body><script type="module">${script}</script></body></html>`);
writeFileSync(join(root, "index.html"), `<!doctype html><html lang="zh-CN"><body><p>no script</p></body></html>`);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("search page budget", () => {
  const weights = pageWeights(root);
  const at = (path: string) => weights.find((w) => w.path === path)!;

  it("adds the loader and the page language's wasm (zh-cn has none of its own: wasm.unknown) to the search column only", () => {
    expect(at("/search/").search).toBe(gz(loader) + gz(wasmZh));
    expect(at("/en/search/").search).toBe(gz(loader) + gz(wasmEn));
    expect(at("/search/").js).toBe(gz(script));
    expect(at("/").search).toBe(0);
  });

  it("is over budget when Pagefind's part passes SEARCH_BUDGET", () => {
    expect(overBudget(at("/search/"))).toBe(false);
    expect(overBudget({ ...at("/search/"), search: SEARCH_BUDGET + 1 })).toBe(true);
  });
});
