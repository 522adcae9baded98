/**
 * The whole pipeline with a release: copy data/, cut release 1.0.0 with the release script, change the data
 * afterwards, build the site from that folder, and check what a reader gets: the release at its versioned
 * URL and at /data/latest/, byte for byte; the changed data as a working copy; citations naming the
 * versioned URLs; the feed announcing the release.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
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
  const cut = spawnSync("npx", ["node", "scripts/release.ts", "1.0.0", "--date", "2025-07-01", "--zh", "首个测试版本。", "--en", "First test release.", "--data-dir", data, "--out-dir", join(data, "releases"), "--no-citation"], { encoding: "utf-8" });
  expect(cut.status, cut.stderr).toBe(0);
  // A correction after the release: the site must now say 1.0.0+unreleased and offer a working copy.
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

  it("serves every file of the release byte for byte at /data/v1.0.0/ and /data/latest/", () => {
    const files = listFiles(join(data, "releases", "v1.0.0"));
    expect(files.length).toBeGreaterThan(200);
    for (const f of files) {
      expect(same(join(data, "releases", "v1.0.0", f), join(out, "data", "v1.0.0", f)), f).toBe(true);
      expect(same(join(data, "releases", "v1.0.0", f), join(out, "data", "latest", f)), f).toBe(true);
    }
  });

  it("shows the data as changed since 1.0.0 and publishes the changed data as a working copy", () => {
    expect(page("/").querySelector("footer")?.textContent).toContain("1.0.0+unreleased");
    const working = readFileSync(join(out, "data", "unreleased", "sources.csv"), "utf-8");
    expect(working).toContain("浙江日报社");
    expect(readFileSync(join(out, "data", "v1.0.0", "sources.csv"), "utf-8")).not.toContain("浙江日报社");
    expect(page("/data/").querySelector("#working")).not.toBeNull();
  });

  it("lists the release on the data page with its changelog, and JSON-LD names version 1.0.0", () => {
    for (const path of ["/data/", "/en/data/"]) {
      const doc = page(path);
      expect(doc.querySelector("#release-1\\.0\\.0")?.textContent).toContain("1.0.0");
      const rows = [...doc.querySelectorAll("table.data-files tr[data-path]")].map((r) => r.querySelector("a")!.getAttribute("href"));
      expect(rows).toContain("/data/v1.0.0/zj-eco-tracker.zip");
      const ld = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.textContent!) as Record<string, unknown>;
      expect(ld["version"]).toBe("1.0.0");
      expect(ld["datePublished"]).toBe("2025-07-01");
    }
    expect(page("/data/").body.textContent).toContain("首个测试版本。");
    expect(page("/en/data/").body.textContent).toContain("First test release.");
  });

  it("cites the versioned URLs on the data page and on each indicator page", () => {
    const cite = (path: string) => page(path).querySelector("section.cite-block")!.textContent!;
    expect(cite("/data/")).toContain(`${SITE_URL}/data/v1.0.0/zj-eco-tracker.zip`);
    expect(cite("/en/indicators/pm25/")).toContain(`${SITE_URL}/data/v1.0.0/by-indicator/pm25.json`);
    expect(cite("/indicators/pm25/")).toContain("[DS/OL]");
    const downloads = [...page("/indicators/pm25/").querySelectorAll("section.data-downloads a")].map((a) => a.getAttribute("href"));
    expect(downloads).toContain("/data/v1.0.0/by-indicator/pm25.observations.csv");
    for (const h of downloads) if (h!.startsWith("/data/v")) expect(existsSync(join(out, h!)), h!).toBe(true);
  });

  it("announces the release in the feed", () => {
    const xml = new DOMParser().parseFromString(readFileSync(join(out, "data", "releases.xml"), "utf-8"), "text/xml");
    const items = [...xml.querySelectorAll("item")];
    expect(items).toHaveLength(1);
    expect(items[0]!.querySelector("title")?.textContent).toContain("1.0.0");
    expect(items[0]!.querySelector("enclosure")?.getAttribute("url")).toBe(`${SITE_URL}/data/v1.0.0/zj-eco-tracker.zip`);
  });

  it("refuses to build when a released file has been changed", () => {
    const path = join(data, "releases", "v1.0.0", "places.csv");
    writeFileSync(path, readFileSync(path, "utf-8").replace("杭州市", "杭州"));
    const broken = spawnSync("npx", ["astro", "build", "--outDir", join(temp, "dist2")], { env: { ...process.env, TRACKER_DATA_DIR: data }, encoding: "utf-8" });
    expect(broken.status).not.toBe(0);
    expect(broken.stdout + broken.stderr).toContain("v1.0.0/places.csv: its SHA-256 differs");
  }, 300_000);
});
