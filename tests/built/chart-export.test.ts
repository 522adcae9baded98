/**
 * Chart downloads, embeds and share images in the built site: for every indicator, in both languages, a
 * stamped SVG and its PNG (1200 px wide), linked from the page for download and used as og:image; the
 * one-line source under the chart; live embed pages; pinned embed pages for every release that loads; and
 * iframe code that points at embed pages that exist.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { DATA_DIR, getSite } from "../../src/data/dataset.ts";
import { dataVersion } from "../../src/data/version.ts";
import { loadDataset } from "../../src/data/load.ts";
import { readReleaseList } from "../../src/export/releaseList.ts";
import { SITE_URL } from "../../src/export/siteUrl.ts";

const dist = join(process.cwd(), "dist");
const site = getSite();
const version = dataVersion(DATA_DIR);
const doc = (path: string) => {
  const file = join(dist, path, "index.html");
  expect(existsSync(file), `${path} was not built`).toBe(true);
  return parseHTML(readFileSync(file, "utf-8")).document;
};
const pngSize = (bytes: Buffer) => [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
const prefix = { zh: "", en: "/en" } as const;
const versionText = { zh: version === "unreleased" ? "数据 未发布" : `数据 v${version}`, en: version === "unreleased" ? "data unreleased" : `data v${version}` };
/** Every source an indicator's chart can name: its observations' and its plans'. */
/** Publishers of what an indicator's chart plots, as its source line names them: in English by their English names. */
const publishers = (id: string, locale: "zh" | "en") => {
  const ids = new Set([...site.observationsOf(id).map((o) => o.source_id), ...site.data.plans.map((p) => p.source_id)]);
  return site.data.sources.filter((s) => ids.has(s.id)).map((s) => (locale === "zh" ? s.publisher : s.publisher_en));
};

describe("chart files of every indicator", () => {
  for (const locale of ["zh", "en"] as const) {
    it(`${locale}: a stamped SVG (source, data version, licence, page address) and its PNG`, () => {
      for (const i of site.data.indicators) {
        const base = `${prefix[locale]}/indicators/${i.id}/`;
        const svg = readFileSync(join(dist, base, "chart.svg"), "utf-8");
        expect(svg, base).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
        const texts = [...parseHTML(`<html><body>${svg.replace(/^<\?xml[^>]*>/, "")}</body></html>`).document.querySelectorAll("text")].map((t) => t.textContent ?? "");
        const stamp = texts.join("\n");
        expect(stamp, base).toContain(versionText[locale]);
        expect(stamp, base).toContain("CC BY 4.0");
        expect(stamp.replace(/\n/g, ""), base).toContain(`${SITE_URL}${base}`);
        // A charted indicator names the sources of what it plots; one with nothing to chart says so instead.
        if (doc(base).querySelector("figure.chart-figure")) {
          expect(stamp, base).toContain(locale === "zh" ? "来源：" : "Source: ");
          // The stamp wraps across <text> lines (breaking English at a space): compare without white space.
          const squeezed = (x: string) => x.replace(/\s+/g, "");
          expect(publishers(i.id, locale).some((p) => squeezed(stamp).includes(squeezed(p))), `${base}: names a source`).toBe(true);
        }
        const height = Number(svg.match(/<svg [^>]*height="(\d+)"/)![1]);
        expect(pngSize(readFileSync(join(dist, base, "chart.png"))), base).toEqual([1200, height]);
      }
    });
  }
});

describe("indicator pages", () => {
  it("link the downloads, show the source under the chart, offer iframe code for embed pages that exist, and use the PNG as share image", () => {
    for (const locale of ["zh", "en"] as const) {
      for (const i of site.data.indicators) {
        const base = `${prefix[locale]}/indicators/${i.id}/`;
        const d = doc(base);
        expect(d.querySelector('meta[property="og:image"]')?.getAttribute("content"), base).toBe(`${SITE_URL}${base}chart.png`);
        const figure = d.querySelector("figure.chart-figure");
        if (!figure) continue; // nothing to chart: the page says so; the share image still exists (tested above)
        expect(figure.querySelector(".chart-source")?.textContent, base).toMatch(locale === "zh" ? /^来源：/ : /^Source: /);
        for (const ext of ["svg", "png"]) {
          const a = figure.querySelector(`.chart-exports a[href="${base}chart.${ext}"]`);
          expect(a?.getAttribute("download"), `${base} ${ext}`).toBe(`zj-eco-tracker-${i.id}-${locale}.${ext}`);
        }
        // A textarea's content is text (RCDATA): the browser decodes the entities; linkedom leaves them.
        const decode = (s: string) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&amp;/g, "&");
        const codes = [...figure.querySelectorAll(".chart-exports textarea[readonly]")].map((t) => decode(t.textContent ?? ""));
        expect(codes.length, base).toBeGreaterThanOrEqual(1);
        expect(codes[0]).toContain(`src="${SITE_URL}${prefix[locale]}/embed/${i.id}/"`);
        for (const code of codes) {
          const src = code.match(/<iframe src="([^"]+)"/)![1]!;
          expect(existsSync(join(dist, src.slice(SITE_URL.length), "index.html")), src).toBe(true);
        }
      }
    }
  });
});

describe("embed pages", () => {
  it("live: /embed/<id>/ in both languages, with the chart, its stamp and a link back, kept out of search engines", () => {
    for (const locale of ["zh", "en"] as const) {
      for (const i of site.data.indicators) {
        const path = `${prefix[locale]}/embed/${i.id}/`;
        const d = doc(path);
        const page = `${SITE_URL}${prefix[locale]}/indicators/${i.id}/`;
        expect(d.querySelector('meta[name="robots"]')?.getAttribute("content")).toBe("noindex");
        expect(d.querySelector('link[rel="canonical"]')?.getAttribute("href")).toBe(page);
        expect(d.querySelector(`a[href="${page}"][target="_blank"]`), path).not.toBeNull();
        expect(d.body.textContent, path).toContain(versionText[locale]);
        expect(d.querySelectorAll("script"), path).toHaveLength(0);
        expect(d.querySelector(".chart-exports"), path).toBeNull();
      }
    }
  });

  it("pinned: /embed/v<version>/<id>/ for every indicator of every release whose tables load, stamped with that version", () => {
    for (const { version: v } of readReleaseList(join(DATA_DIR, "releases"))) {
      let indicators: readonly { id: string }[];
      try {
        indicators = loadDataset(join(DATA_DIR, "releases", `v${v}`), { released: true }).indicators;
      } catch {
        expect(existsSync(join(dist, "embed", `v${v}`)), `v${v} does not load, yet has pinned embeds`).toBe(false);
        continue;
      }
      for (const i of indicators) expect(doc(`/embed/v${v}/${i.id}/`).body.textContent).toContain(`数据 v${v}`);
    }
  });
});

describe("story share images", () => {
  // A story whose frontmatter lists indicators is previewed with the first one's chart under the story's title.
  const storyFiles = readdirSync(join(process.cwd(), "content", "stories")).filter((f) => /^[a-z0-9-]+\.(zh|en)\.mdx$/.test(f));
  it("exist for every story that lists an indicator, 1200 px wide, named as the page's og:image", () => {
    expect(storyFiles.length).toBeGreaterThan(0);
    for (const f of storyFiles) {
      const [, slug, locale] = f.match(/^([a-z0-9-]+)\.(zh|en)\.mdx$/)!;
      const listed = readFileSync(join(process.cwd(), "content", "stories", f), "utf-8").match(/^indicators:\s*\[([^\]]*)\]/m)?.[1]?.trim();
      const base = `${locale === "en" ? "/en" : ""}/stories/${slug}/`;
      const image = doc(base).querySelector('meta[property="og:image"]')?.getAttribute("content");
      if (!listed) {
        expect(image, base).toBe(`${SITE_URL}/share/site.png`);
        continue;
      }
      expect(image, base).toBe(`${SITE_URL}${base}share.png`);
      expect(pngSize(readFileSync(join(dist, base, "share.png")))[0], base).toBe(1200);
    }
  });
});
