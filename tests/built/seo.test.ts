/**
 * Link previews and search-engine basics of the built site: absolute canonical and hreflang links
 * (with x-default) on every page, Open Graph and Twitter tags whose image exists, the icons, robots.txt
 * and the sitemap's lastmod.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { htmlFiles, sitePath } from "../../scripts/dist-pages.ts";
import { SITE_URL } from "../../src/export/siteUrl.ts";
import { buildDate } from "../../src/data/plans.ts";

const dist = join(process.cwd(), "dist");
const pages = htmlFiles(dist).map((file) => ({ path: sitePath(dist, file), document: parseHTML(readFileSync(file, "utf-8")).document }));
const noindex = (d: Document) => d.querySelector('meta[name="robots"]')?.getAttribute("content")?.includes("noindex") ?? false;
/** Content pages: all but those kept out of search engines (404, redirects of former addresses, embeds). */
const content = pages.filter((p) => !noindex(p.document));
const meta = (d: Document, key: string) => d.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute("content") ?? null;
const inDist = (url: string) => {
  expect(url.startsWith(`${SITE_URL}/`), url).toBe(true);
  const path = url.slice(SITE_URL.length);
  return existsSync(join(dist, path.endsWith("/") ? `${path}index.html` : path));
};

describe("every content page", () => {
  it("has an absolute canonical link to itself", () => {
    expect(content.length).toBeGreaterThan(100);
    for (const { path, document } of content) {
      expect(document.querySelectorAll('link[rel="canonical"]'), path).toHaveLength(1);
      expect(document.querySelector('link[rel="canonical"]')?.getAttribute("href"), path).toBe(`${SITE_URL}${path}`);
    }
  });

  it("has absolute hreflang links to both languages and x-default (Chinese), each of them built", () => {
    for (const { path, document } of content) {
      const zhPath = path.startsWith("/en/") ? path.slice(3) : path;
      const alt = (lang: string) => document.querySelector(`link[rel="alternate"][hreflang="${lang}"]`)?.getAttribute("href");
      expect(alt("zh-CN"), path).toBe(`${SITE_URL}${zhPath}`);
      expect(alt("en"), path).toBe(`${SITE_URL}/en${zhPath}`);
      expect(alt("x-default"), path).toBe(`${SITE_URL}${zhPath}`);
      for (const lang of ["zh-CN", "en"]) expect(inDist(alt(lang)!), `${path} → ${alt(lang)}`).toBe(true);
    }
  });

  it("has Open Graph and Twitter card tags whose image is a built 1200 × 630 PNG", () => {
    for (const { path, document } of content) {
      for (const key of ["og:title", "og:description", "og:url", "og:image", "og:image:alt", "twitter:card", "twitter:image"]) expect(meta(document, key), `${path} ${key}`).toBeTruthy();
      expect(meta(document, "og:url"), path).toBe(`${SITE_URL}${path}`);
      expect(meta(document, "twitter:card")).toBe("summary_large_image");
      const image = meta(document, "og:image")!;
      expect(inDist(image), `${path}: ${image}`).toBe(true);
      expect(meta(document, "twitter:image")).toBe(image);
      const png = readFileSync(join(dist, image.slice(SITE_URL.length)));
      expect([...png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join("")).toBe("PNG");
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], image).toEqual([Number(meta(document, "og:image:width")), Number(meta(document, "og:image:height"))]);
    }
  });

  it("names the icons, and they exist", () => {
    for (const { path, document } of content.slice(0, 5)) {
      for (const rel of ["icon", "apple-touch-icon"]) {
        for (const link of document.querySelectorAll(`link[rel="${rel}"]`)) expect(existsSync(join(dist, link.getAttribute("href")!)), `${path} ${rel}`).toBe(true);
      }
    }
  });
});

describe("pages kept out of search engines", () => {
  it("are the 404 page, redirects and embeds; a redirect's canonical is the absolute new address", () => {
    const kept = pages.filter((p) => noindex(p.document));
    for (const { path, document } of kept) {
      expect(path, path).toMatch(/^\/404\.html$|^(\/en)?\/(embed\/|[a-z-]+\/$)/);
      const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute("href");
      if (document.querySelector('meta[http-equiv="refresh"]')) expect(inDist(canonical!), path).toBe(true);
    }
  });
});

describe("site files", () => {
  it("has /favicon.ico (an ICO holding a PNG), /favicon.svg and a 180 px /apple-touch-icon.png", () => {
    const ico = readFileSync(join(dist, "favicon.ico"));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([0, 1, 1]);
    expect(ico.subarray(22, 26).toString("latin1")).toBe("\x89PNG");
    expect(readFileSync(join(dist, "favicon.svg"), "utf-8")).toMatch(/^<svg /);
    const touch = readFileSync(join(dist, "apple-touch-icon.png"));
    expect([touch.readUInt32BE(16), touch.readUInt32BE(20)]).toEqual([180, 180]);
  });

  it("has robots.txt naming the absolute sitemap, which exists", () => {
    const robots = readFileSync(join(dist, "robots.txt"), "utf-8");
    const sitemap = robots.match(/^Sitemap: (\S+)$/m)?.[1];
    expect(sitemap).toBe(`${SITE_URL}/sitemap-index.xml`);
    expect(inDist(sitemap!)).toBe(true);
  });

  it("dates every sitemap entry with the build date, and leaves out 404, embed and search pages", () => {
    const xml = readFileSync(join(dist, "sitemap-0.xml"), "utf-8");
    const urls = [...xml.matchAll(/<url>(.*?)<\/url>/g)].map((m) => m[1]!);
    expect(urls.length).toBeGreaterThan(100);
    for (const u of urls) expect(u).toContain(`<lastmod>${buildDate()}T00:00:00.000Z</lastmod>`);
    expect(xml).not.toMatch(/\/(embed|search)\/|404/);
  });
});
