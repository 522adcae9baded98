/**
 * The whole pipeline with releases: copy data/, cut release 1.0.0 with the release script, revise a value
 * and cut 1.0.1, change the data afterwards, build the site from that folder, and check what a reader
 * gets: each release at its versioned URL and the newest at /data/latest/, byte for byte, each with its
 * landing page; the changed data as a working copy; a /data/ page that does not grow with the releases;
 * citations naming the versioned URLs; the feed announcing the releases.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { DOMParser, parseHTML } from "linkedom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listFiles } from "../../src/export/store.ts";
import { SITE_URL } from "../../src/export/site.ts";

const temp = mkdtempSync(join(tmpdir(), "zj-release-build-"));
const data = join(temp, "data");
const out = join(temp, "dist");
let build: ReturnType<typeof spawnSync>;

beforeAll(() => {
  mkdirSync(data);
  for (const f of readdirSync("data")) if (f.endsWith(".csv")) cpSync(join("data", f), join(data, f));
  const release = (version: string, date: string, zh: string, en: string) => {
    const cut = spawnSync("npx", ["node", "scripts/release.ts", version, "--date", date, "--zh", zh, "--en", en, "--data-dir", data, "--out-dir", join(data, "releases"), "--no-citation"], { encoding: "utf-8" });
    expect(cut.status, cut.stderr).toBe(0);
  };
  release("1.0.0", "2025-07-01", "首个测试版本。", "First test release.");
  // A revised value (fixture: PM2.5 2021, 24 → 23), released as a correction.
  const observations = join(data, "observations.csv");
  const revised = readFileSync(observations, "utf-8").replace("pm25,zhejiang,2021,24,24,", "pm25,zhejiang,2021,23,23,");
  expect(revised).not.toBe(readFileSync(observations, "utf-8"));
  writeFileSync(observations, revised);
  release("1.0.1", "2025-08-01", "测试更正版本。", "Test correction release.");
  // A correction after the releases: the site must now say 1.0.1+unreleased and offer a working copy.
  const sources = join(data, "sources.csv");
  writeFileSync(sources, readFileSync(sources, "utf-8").replace("浙江日报", "浙江日报社"));
  build = spawnSync("npx", ["astro", "build", "--outDir", out], { env: { ...process.env, TRACKER_DATA_DIR: data }, encoding: "utf-8" });
}, 300_000);
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const page = (path: string) => parseHTML(readFileSync(join(out, path, "index.html"), "utf-8")).document;
const same = (a: string, b: string) => Buffer.compare(readFileSync(a), readFileSync(b)) === 0;

describe("a site built with a release", () => {
  it("builds", () => {
    expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
  });

  it("serves every file of each release byte for byte at /data/v<version>/, and the newest at /data/latest/", () => {
    for (const version of ["1.0.0", "1.0.1"]) {
      const files = listFiles(join(data, "releases", `v${version}`));
      expect(files.length).toBeGreaterThan(200);
      for (const f of files) expect(same(join(data, "releases", `v${version}`, f), join(out, "data", `v${version}`, f)), f).toBe(true);
    }
    for (const f of listFiles(join(data, "releases", "v1.0.1"))) expect(same(join(data, "releases", "v1.0.1", f), join(out, "data", "latest", f)), f).toBe(true);
  });

  it("shows the data as changed since 1.0.1 and publishes the changed data as a working copy", () => {
    expect(page("/").querySelector("footer")?.textContent).toContain("1.0.1+unreleased");
    const working = readFileSync(join(out, "data", "unreleased", "sources.csv"), "utf-8");
    expect(working).toContain("浙江日报社");
    expect(readFileSync(join(out, "data", "v1.0.1", "sources.csv"), "utf-8")).not.toContain("浙江日报社");
    expect(page("/data/").querySelector("#working a")?.getAttribute("href")).toBe("/data/unreleased/");
  });

  it("gives each release a landing page with its changes, its files and its citation; an older one names the newer", () => {
    for (const [version, zh, en] of [["1.0.0", "首个测试版本。", "First test release."], ["1.0.1", "测试更正版本。", "Test correction release."]] as const) {
      for (const path of [`/data/v${version}/`, `/en/data/v${version}/`]) {
        const doc = page(path);
        expect(doc.querySelector("h1")?.textContent, path).toContain(version);
        expect(doc.body.textContent, path).toContain(zh);
        expect(doc.body.textContent, path).toContain(en);
        const rows = [...doc.querySelectorAll("table.data-files tr[data-path] a")].map((a) => a.getAttribute("href"));
        expect(rows, path).toContain(`/data/v${version}/zj-eco-tracker.zip`);
        expect(doc.querySelector("section.cite-block")!.textContent, path).toContain(`${SITE_URL}/data/v${version}/zj-eco-tracker.zip`);
      }
    }
    expect(page("/data/v1.0.0/").querySelector('a[href="/data/v1.0.1/"]')).not.toBeNull();
    expect(page("/data/v1.0.1/").querySelector('a[href="/data/v1.0.0/"]')).toBeNull();
    expect(page("/data/latest/").querySelector("h1")?.textContent).toContain("1.0.1");
  });

  it("writes the computed changelog into 1.0.1, shows it on its landing page, and marks the revised value on the indicator page", () => {
    const changelog = JSON.parse(readFileSync(join(data, "releases", "v1.0.1", "changelog.json"), "utf-8")) as { previous: string; values: { revised: unknown[] } };
    expect(changelog.previous).toBe("1.0.0");
    expect(changelog.values.revised).toEqual([{ indicator_id: "pm25", place_id: "zhejiang", year: "2021", series_id: "pm25--main", unit: "μg/m³", old: "24", new: "23" }]);
    expect(readFileSync(join(data, "releases", "v1.0.1", "CHANGELOG.md"), "utf-8")).toContain("pm25 · zhejiang · 2021 · pm25--main: 24 → 23 μg/m³");
    expect(page("/data/v1.0.1/").querySelector(".release-changes")?.textContent).toContain("修订 1 个");
    expect(page("/en/data/v1.0.1/").querySelector(".release-changes table")?.textContent).toContain("24");
    const note = page("/indicators/pm25/").querySelector(".value-revisions li[data-year='2021']");
    expect(note?.getAttribute("data-old")).toBe("24");
    expect(note?.getAttribute("data-new")).toBe("23");
    expect(note?.getAttribute("data-from")).toBe("1.0.0");
    expect(note?.querySelector("a")?.getAttribute("href")).toBe("/data/v1.0.0/");
    expect(page("/indicators/so2-reduction/").querySelector(".value-revisions")).toBeNull();
  });

  it("keeps /data/ light whatever the number of releases: the main downloads of the newest, one link per release", () => {
    for (const path of ["/data/", "/en/data/"]) {
      const html = readFileSync(join(out, path, "index.html"), "utf-8");
      const doc = parseHTML(html).document;
      expect(doc.querySelectorAll("table.data-files").length, path).toBe(0);
      expect([...doc.querySelectorAll(".main-downloads a")].map((a) => a.getAttribute("href"))).toEqual(["/data/v1.0.1/zj-eco-tracker.xlsx", "/data/v1.0.1/zj-eco-tracker.zip"]);
      const releaseLinks = [...doc.querySelectorAll("ul.releases li")];
      expect(releaseLinks.map((li) => li.id)).toEqual(["release-1.0.1", "release-1.0.0"]);
      // What each release adds to the page: its list item, and nothing else.
      const withoutList = html.replace(/<ul class="releases"[^]*?<\/ul>/, "");
      const perRelease = (gzipSync(html, { level: 9 }).length - gzipSync(withoutList, { level: 9 }).length) / releaseLinks.length;
      expect(perRelease, path).toBeLessThan(200);
      expect(gzipSync(html, { level: 9 }).length, path).toBeLessThan(30 * 1024);
      const ld = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.textContent!) as Record<string, unknown>;
      expect(ld["version"]).toBe("1.0.1");
      expect(ld["datePublished"]).toBe("2025-08-01");
    }
    expect(page("/data/").body.textContent).toContain("测试更正版本。");
    expect(page("/en/data/").body.textContent).toContain("Test correction release.");
  });

  it("cites the versioned URLs on the data page and on each indicator page", () => {
    const cite = (path: string) => page(path).querySelector("section.cite-block")!.textContent!;
    expect(cite("/data/")).toContain(`${SITE_URL}/data/v1.0.1/zj-eco-tracker.zip`);
    expect(cite("/en/indicators/pm25/")).toContain(`${SITE_URL}/data/v1.0.1/by-indicator/pm25.json`);
    expect(cite("/indicators/pm25/")).toContain("[DS/OL]");
    const downloads = [...page("/indicators/pm25/").querySelectorAll("section.data-downloads a")].map((a) => a.getAttribute("href"));
    expect(downloads).toContain("/data/v1.0.1/by-indicator/pm25.observations.csv");
    for (const h of downloads) if (h!.startsWith("/data/v")) expect(existsSync(join(out, h!)), h!).toBe(true);
  });

  it("announces the releases in the feed, newest first, each linking to its landing page", () => {
    const xml = new DOMParser().parseFromString(readFileSync(join(out, "data", "releases.xml"), "utf-8"), "text/xml");
    const items = [...xml.querySelectorAll("item")];
    expect(items).toHaveLength(2);
    expect(items[0]!.querySelector("title")?.textContent).toContain("1.0.1");
    expect(items[0]!.querySelector("link")?.textContent).toBe(`${SITE_URL}/data/v1.0.1/`);
    expect(items[0]!.querySelector("enclosure")?.getAttribute("url")).toBe(`${SITE_URL}/data/v1.0.1/zj-eco-tracker.zip`);
    expect(items[0]!.querySelector("description")?.textContent).toContain("Against 1.0.0: 0 values added, 1 revised, 0 removed");
  });

  it("refuses to build when a released file has been changed", () => {
    const path = join(data, "releases", "v1.0.0", "places.csv");
    writeFileSync(path, readFileSync(path, "utf-8").replace("杭州市", "杭州"));
    const broken = spawnSync("npx", ["astro", "build", "--outDir", join(temp, "dist2")], { env: { ...process.env, TRACKER_DATA_DIR: data }, encoding: "utf-8" });
    expect(broken.status).not.toBe(0);
    expect(broken.stdout + broken.stderr).toContain("v1.0.0/places.csv: its SHA-256 differs");
  }, 300_000);
});

describe("pinned embeds of a site built with releases", () => {
  // Release 1.0.0 has PM₂.₅ 2021 = 24, the correction 1.0.1 has 23 (fixture above); each pinned embed keeps its own.
  const pm25In2021 = (path: string) => {
    const row = page(path).querySelector('table.chart-table tr[data-kind="observation"][data-year="2021"]');
    return (row?.querySelector("td:nth-child(3)")?.textContent ?? "").trim();
  };
  it("draw each release's own values, stamped with its version", () => {
    expect(pm25In2021("/embed/v1.0.0/pm25/")).toMatch(/^24\b/);
    expect(pm25In2021("/embed/v1.0.1/pm25/")).toMatch(/^23\b/);
    expect(page("/embed/v1.0.0/pm25/").body.textContent).toContain("数据 v1.0.0 ·");
    expect(page("/en/embed/v1.0.1/pm25/").body.textContent).toContain("data v1.0.1 ·");
    expect(page("/embed/pm25/").body.textContent).toContain("数据 v1.0.1+unreleased ·");
  });
  it("are offered on the indicator page: the newest release", () => {
    const codes = [...page("/indicators/pm25/").querySelectorAll(".chart-exports textarea")].map((t) => t.textContent ?? "");
    expect(codes).toHaveLength(2);
    expect(codes[1]).toContain(`${SITE_URL}/embed/v1.0.1/pm25/`);
  });
});
