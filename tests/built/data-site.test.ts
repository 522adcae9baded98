/**
 * The open data on the built site (dist/): the data pages list every published file with its real size
 * and SHA-256, the published files are the release's (or, before one, the working copy's, which loads to
 * data/), JSON-LD, feed, sitemap and static-host headers.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { DOMParser } from "linkedom";
import { builtPage } from "./builtPage.ts";
import { describe, expect, it } from "vitest";
import { getSite } from "../../src/data/dataset.ts";
import { loadDataset } from "../../src/data/load.ts";
import { readReleaseList } from "../../src/export/releaseList.ts";
import { exportDefs, exportTables } from "../../src/export/tables.ts";
import { SITE_URL } from "../../src/export/site.ts";
import { htmlFiles, sitePath } from "../../scripts/dist-pages.ts";

const dist = join(process.cwd(), "dist");
const site = getSite();
const releases = readReleaseList(join(process.cwd(), "data", "releases"));
const page = (path: string) => builtPage(dist, path);
const sha = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

describe("data pages", () => {
  it("exist in Chinese and English and are linked from the navigation", () => {
    expect(page("/data/").documentElement.getAttribute("lang")).toBe("zh-CN");
    expect(page("/en/data/").documentElement.getAttribute("lang")).toBe("en");
    expect(page("/").querySelector('header nav a[href="/data/"]')).not.toBeNull();
    expect(page("/en/").querySelector('header nav a[href="/en/data/"]')).not.toBeNull();
  });

  const landingDirs = () => [
    ...releases.map((r) => `v${r.version}`),
    ...(releases.length > 0 ? ["latest"] : []),
    ...(existsSync(join(dist, "data", "unreleased")) ? ["unreleased"] : []),
  ];
  const publishedFiles = (dir: string) =>
    readdirSync(join(dist, "data", dir), { recursive: true, encoding: "utf-8" })
      .filter((f) => statSync(join(dist, "data", dir, f)).isFile() && f !== "index.html")
      .sort();

  it("give each release, latest and the working copy a landing page listing every one of its files with its true size and SHA-256", () => {
    expect(landingDirs().length).toBeGreaterThan(0);
    for (const dir of landingDirs()) {
      for (const path of [`/data/${dir}/`, `/en/data/${dir}/`]) {
        const rows = [...page(path).querySelectorAll("table.data-files tr[data-path]")];
        expect(rows.map((r) => r.getAttribute("data-path")).sort(), path).toEqual(publishedFiles(dir));
        for (const row of rows) {
          const href = row.querySelector("a")!.getAttribute("href")!;
          expect(href, path).toBe(`/data/${dir}/${row.getAttribute("data-path")}`);
          const file = join(dist, decodeURIComponent(href));
          expect(Number(row.getAttribute("data-bytes")), href).toBe(statSync(file).size);
          expect(row.getAttribute("data-sha256"), href).toBe(sha(file));
          expect(row.textContent).toContain(row.getAttribute("data-sha256")!);
        }
      }
    }
  });

  it("/data/ starts with the two main downloads, links each release to its landing page, and lists no release's files", () => {
    for (const [path, prefix] of [["/data/", ""], ["/en/data/", "/en"]] as const) {
      const doc = page(path);
      const main = [...doc.querySelectorAll(".main-downloads li[data-path]")];
      expect(main.map((li) => li.getAttribute("data-path"))).toEqual(["zj-eco-tracker.xlsx", "zj-eco-tracker.zip"]);
      for (const li of main) {
        const href = li.querySelector("a")!.getAttribute("href")!;
        expect(li.getAttribute("data-sha256"), href).toBe(sha(join(dist, href)));
      }
      expect(doc.querySelectorAll("table.data-files").length).toBe(0);
      for (const r of releases) expect(doc.querySelector(`a[href="${prefix}/data/v${r.version}/"]`), `${path} → v${r.version}`).not.toBeNull();
    }
  });

  it("publish each committed release byte for byte at /data/v<version>/ and the newest at /data/latest/", () => {
    for (const r of releases) {
      const sums = readFileSync(join(process.cwd(), "data/releases", `v${r.version}`, "SHA256SUMS"), "utf-8").trimEnd().split("\n");
      for (const line of sums) {
        const [hash, file] = [line.slice(0, 64), line.slice(66)];
        expect(sha(join(dist, "data", `v${r.version}`, file)), file).toBe(hash);
        if (r === releases.at(-1)) expect(sha(join(dist, "data", "latest", file)), file).toBe(hash);
      }
    }
    if (releases.length === 0) expect(existsSync(join(dist, "data", "latest"))).toBe(false);
  });

  it("before the first release (or after data change) publish a working copy whose tables load to data/", () => {
    const working = join(dist, "data", "unreleased");
    if (releases.length === 0 || site.version.endsWith("unreleased")) {
      expect(loadDataset(working, { released: true })).toEqual(site.data);
      expect(page("/data/").querySelector("#working")).not.toBeNull();
    } else expect(existsSync(working)).toBe(false);
  });

  it("document every column of every table, from the schemas", () => {
    for (const path of ["/data/", "/en/data/"]) {
      const doc = page(path);
      for (const def of exportDefs) {
        const table = doc.querySelector(`table.schema[data-table="${def.name}"]`);
        expect(table, `${path} ${def.name}`).not.toBeNull();
        expect([...table!.querySelectorAll("tr[data-field]")].map((r) => r.getAttribute("data-field"))).toEqual(exportTables(site).find((t) => t.def === def)!.fields.map((f) => f.name));
        expect(table!.querySelector("caption")).not.toBeNull();
      }
    }
  });

  it("describe the dataset in schema.org JSON-LD: licence, coverage from the data, every indicator, downloadable files", () => {
    for (const path of ["/data/", "/en/data/"]) {
      const script = page(path).querySelector('script[type="application/ld+json"]');
      const ld = JSON.parse(script!.textContent!) as Record<string, unknown>;
      expect(ld["@context"]).toBe("https://schema.org");
      expect(ld["@type"]).toBe("Dataset");
      expect(ld["license"]).toBe("https://creativecommons.org/licenses/by/4.0/");
      const years = [...site.data.observations.map((o) => o.year), ...site.data.targets.flatMap((t) => [t.baseline_year, t.target_year])];
      expect(ld["temporalCoverage"]).toBe(`${Math.min(...years)}/${Math.max(...years)}`);
      expect((ld["spatialCoverage"] as { identifier: string }).identifier).toBe("330000");
      expect((ld["variableMeasured"] as { propertyID: string }[]).map((v) => v.propertyID)).toEqual(site.data.indicators.map((i) => i.id));
      const distribution = ld["distribution"] as { contentUrl: string; sha256: string }[];
      expect(distribution.length).toBeGreaterThan(9);
      for (const d of distribution) {
        expect(d.contentUrl.startsWith(`${SITE_URL}/data/`), d.contentUrl).toBe(true);
        expect(sha(join(dist, d.contentUrl.slice(SITE_URL.length))), d.contentUrl).toBe(d.sha256);
      }
      if (releases.length > 0) expect(ld["version"]).toBe(releases.at(-1)!.version);
    }
  });

  it("every indicator page links to that indicator's files, and the files exist", () => {
    for (const i of site.data.indicators) {
      for (const path of [`/indicators/${i.id}/`, `/en/indicators/${i.id}/`]) {
        const links = [...page(path).querySelectorAll("section.data-downloads a[href^='/data/']")].map((a) => a.getAttribute("href")!);
        expect(links.some((h) => h.endsWith(`/by-indicator/${i.id}.observations.csv`)), path).toBe(true);
        expect(links.some((h) => h.endsWith(`/by-indicator/${i.id}.json`)), path).toBe(true);
        expect(links.some((h) => h.endsWith(`/by-indicator/${i.id}.zip`)), path).toBe(true);
        expect(links.some((h) => h.endsWith(`/by-indicator/${i.id}.csv`)), path).toBe(true);
        for (const h of links) expect(existsSync(join(dist, h)), h).toBe(true);
        expect(page(path).querySelector("section.cite-block h2"), path).not.toBeNull();
      }
    }
  });
});

describe("licence statements", () => {
  it("the footer gives the data's CC BY 4.0 licence and the plan text's status separately, in both languages", () => {
    for (const path of ["/", "/en/", "/data/"]) {
      const footer = page(path).querySelector("footer")!.textContent!;
      expect(footer, path).toContain("CC BY 4.0");
      expect(footer, path).not.toContain("数据版权归原发布机构所有");
      expect(footer, path).not.toContain("figures belong to their publishers");
    }
  });

  it("citations give an access date (the build date) and biblatex @dataset", () => {
    const cite = page("/en/data/").querySelector("section.cite-block");
    if (releases.length === 0) return;
    expect(cite!.querySelector('[data-style="bibtex"]')!.textContent).toMatch(/urldate += \{\d{4}-\d{2}-\d{2}\}/);
    expect(cite!.querySelector('[data-style="biblatex"]')!.textContent).toMatch(/^@dataset\{/);
    expect(page("/data/").querySelector('.cite-block [data-style="gbt"]')!.textContent).toMatch(/\[\d{4}-\d{2}-\d{2}\]\. https:/);
  });
});

describe("CITATION.cff", () => {
  it("is served at /CITATION.cff for the newest release, the same as the repository's and the release's own", () => {
    const served = readFileSync(join(dist, "CITATION.cff"), "utf-8");
    expect(served).toBe(readFileSync(join(process.cwd(), "CITATION.cff"), "utf-8"));
    const newest = releases.at(-1);
    if (newest) {
      expect(served).toContain(`version: "${newest.version}"`);
      const own = join(process.cwd(), "data/releases", `v${newest.version}`, "CITATION.cff");
      if (existsSync(own)) expect(served).toBe(readFileSync(own, "utf-8"));
    }
  });
});

describe("feed and sitemap", () => {
  it("the release feed is RSS 2.0 with one item per release", () => {
    const xml = new DOMParser().parseFromString(readFileSync(join(dist, "data/releases.xml"), "utf-8"), "text/xml");
    expect(xml.querySelector("rss")?.getAttribute("version")).toBe("2.0");
    expect(xml.querySelector("channel > title")?.textContent).toContain("Zhejiang Eco-Plan Tracker");
    expect(xml.querySelectorAll("item").length).toBe(releases.length);
  });

  it("the sitemap lists every HTML page but 404, embeds and search, at the site's address, and nothing else", () => {
    const index = readFileSync(join(dist, "sitemap-index.xml"), "utf-8");
    const chunks = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!.slice(SITE_URL.length));
    const locs = chunks.flatMap((c) => [...readFileSync(join(dist, c), "utf-8").matchAll(/<url><loc>([^<]+)<\/loc>/g)].map((m) => m[1]!));
    // Embed pages repeat an indicator page's chart; search pages have no content of their own.
    const pages = htmlFiles(dist).map((f) => sitePath(dist, f)).filter((p) => p !== "/404.html" && !/\/(embed|search)\//.test(p));
    expect(locs.map((l) => l.slice(SITE_URL.length)).sort()).toEqual(pages.sort());
  });
});

/** The rules of a _headers file (Cloudflare Pages / Netlify): a path pattern and its headers. */
function parseHeaders(text: string): { pattern: string; headers: [string, string][] }[] {
  const rules: { pattern: string; headers: [string, string][] }[] = [];
  for (const line of text.split("\n")) {
    if (line.trim() === "" || line.trimStart().startsWith("#")) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else {
      const m = /^\s+([A-Za-z-]+):\s*(.+)$/.exec(line);
      expect(m, line).not.toBeNull();
      rules.at(-1)!.headers.push([m![1]!.toLowerCase(), m![2]!]);
    }
  }
  return rules;
}
/** A splat matches any characters (greedy), as the hosts document. */
const matches = (pattern: string, path: string) => new RegExp(`^${pattern.split("*").map((p) => p.replace(/[.?+^$()[\]{}|\\]/g, "\\$&")).join(".*")}$`).test(path);

describe("_headers for static hosts", () => {
  const rules = parseHeaders(readFileSync(join(dist, "_headers"), "utf-8"));
  const headersFor = (path: string) => {
    const all = rules.filter((r) => matches(r.pattern, path)).flatMap((r) => r.headers);
    const names = all.map(([n]) => n);
    expect(new Set(names).size, `${path}: a header set by two rules would be joined with a comma`).toBe(names.length);
    return Object.fromEntries(all);
  };

  it("respects the hosts' limits: at most 100 rules, one splat each, lines under 2,000 characters", () => {
    expect(rules.length).toBeLessThanOrEqual(100);
    for (const r of rules) expect(r.pattern.split("*").length - 1, r.pattern).toBeLessThanOrEqual(1);
    for (const line of readFileSync(join(dist, "_headers"), "utf-8").split("\n")) expect(line.length).toBeLessThan(2000);
  });

  it("makes released files immutable and open to any origin, /data/latest/ short-lived, CSV text/csv in UTF-8", () => {
    const released = headersFor("/data/v1.2.3/observations.csv");
    expect(released["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(released["access-control-allow-origin"]).toBe("*");
    expect(released["content-type"]).toBe("text/csv; charset=utf-8");
    const latest = headersFor("/data/latest/by-indicator/pm25.observations.csv");
    expect(latest["cache-control"]).toMatch(/max-age=\d{1,4}\b/);
    expect(latest["cache-control"]).not.toContain("immutable");
    expect(latest["access-control-allow-origin"]).toBe("*");
    expect(latest["content-type"]).toBe("text/csv; charset=utf-8");
    expect(headersFor("/data/")["cache-control"]).toBeUndefined();
    expect(headersFor("/data/v1.2.3/")["cache-control"], "a release's landing page changes (it links newer releases)").toBeUndefined();
    expect(headersFor("/data/v1.2.3/zj-eco-tracker.zip")["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(headersFor("/data/v1.2.3/SHA256SUMS")["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(headersFor("/en/data/")["cache-control"]).toBeUndefined();
  });

  it("gives every data file built into dist/ a CORS header and a content type", () => {
    const paths = readdirSync(join(dist, "data"), { recursive: true, encoding: "utf-8" })
      .filter((f) => statSync(join(dist, "data", f)).isFile() && !f.endsWith("index.html"))
      .map((f) => `/data/${f}`)
      .filter((p) => /^\/data\/(v[^/]+|latest|unreleased)\//.test(p));
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) {
      const h = headersFor(path);
      expect(h["access-control-allow-origin"], path).toBe("*");
      if (!/\.(xlsx|zip)$/.test(path)) expect(h["content-type"], path).toMatch(/charset=utf-8$/);
    }
  });
});
