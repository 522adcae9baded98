/** The stamped chart export (layout helpers, stamp and source line) and the loading of releases for pinned embeds. */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { EXPORT_MIN_HEIGHT, chartExportSvg, textWidth, wrapText } from "../../src/share/chartExport.ts";
import { dataVersionLabel, sourceLine } from "../../src/share/indicatorFigure.ts";
import { loadPinnedReleases } from "../../src/share/pinned.ts";
import type { Source } from "../../src/schema/tables.ts";

const chart = `<svg role="img" class="chart" width="100%" viewBox="0 0 640 300" aria-labelledby="a"><title id="a">T</title><rect width="640" height="300"/></svg>`;
const swatch = `<svg class="swatch" viewBox="0 0 28 16" width="28" height="16" aria-hidden="true"><line x1="1" x2="27" y1="8" y2="8"/></svg>`;

describe("text layout", () => {
  it("measures CJK and full-width characters at 1 em, others at 0.56 em", () => {
    expect(textWidth("浙江", 10)).toBe(20);
    expect(textWidth("（）", 10)).toBe(20);
    expect(textWidth("ab", 10)).toBeCloseTo(11.2);
  });
  it("breaks English at spaces and Chinese anywhere, keeping every character", () => {
    expect(wrapText("one two three", 10, 45)).toEqual(["one two", "three"]);
    expect(wrapText("浙江省生态环境", 10, 30)).toEqual(["浙江省", "生态环", "境"]);
    expect(wrapText("short", 10, 500)).toEqual(["short"]);
  });
});

describe("chartExportSvg", () => {
  const input = { title: "PM₂.₅ <test> & co", chart, legend: [{ swatch, label: "Series A" }], source: "Source: Publisher, “Title”", stamp: "data v1.2.3 · CC BY 4.0 · https://x.example/indicators/pm25/" };
  it("is one standalone SVG with the title, chart, legend, source and stamp, text escaped", () => {
    const { svg, width, height } = chartExportSvg(input);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="1200" height="630"/);
    expect([width, height]).toEqual([1200, EXPORT_MIN_HEIGHT]);
    for (const text of ["PM₂.₅ &lt;test&gt; &amp; co", "Series A", "Source: Publisher, “Title”", "data v1.2.3 · CC BY 4.0 · https://x.example/indicators/pm25/"]) expect(svg).toContain(`>${text}</text>`);
    // The chart is nested at a fixed size, without its page-only attributes.
    expect(svg).toContain(`<svg x="40" y="`);
    expect(svg).not.toContain(`width="100%"`);
    expect(svg).not.toContain(`role="img" class="chart"`);
  });
  it("grows taller when the legend needs more room than 630 px, keeping the stamp inside", () => {
    const legend = Array.from({ length: 30 }, (_, i) => ({ swatch, label: `Legend entry number ${i}` }));
    const { svg, height } = chartExportSvg({ ...input, legend });
    expect(height).toBeGreaterThan(EXPORT_MIN_HEIGHT);
    const stampY = Number(svg.match(/<text x="40" y="(\d+)" font-size="16"[^>]*>data v1\.2\.3/)![1]);
    expect(stampY).toBeLessThan(height);
    expect(stampY).toBeGreaterThan(height - 80);
  });
  it("says what is missing when there is no chart", () => {
    const { svg } = chartExportSvg({ ...input, chart: null, legend: [], missing: "No value yet. Expected in: Bulletin." });
    expect(svg).toContain(">No value yet. Expected in: Bulletin.</text>");
  });
  it("refuses chart markup without a viewBox", () => {
    expect(() => chartExportSvg({ ...input, chart: `<svg width="10"></svg>` })).toThrow(/viewBox/);
  });
});

describe("stamp and source line", () => {
  it("labels the data version, or says the data are unreleased", () => {
    expect(dataVersionLabel("1.1.0", "en")).toBe("data v1.1.0");
    expect(dataVersionLabel("1.0.0+unreleased", "zh")).toBe("数据 v1.0.0+unreleased");
    expect(dataVersionLabel("unreleased", "zh")).toBe("数据 未发布");
  });
  it("names two sources and counts the rest", () => {
    const src = (publisher: string, title: string) => ({ publisher, title, publisher_en: `${publisher} (en)`, title_en: `${title} (en)` }) as Source;
    // English names the publisher's English name and the title's English gloss: plain text cannot mark Chinese.
    expect(sourceLine([src("甲", "一")], "en")).toBe("Source: 甲 (en), “一 (en)”");
    expect(sourceLine([src("甲", "一"), src("乙", "二"), src("丙", "三"), src("丁", "四")], "zh")).toBe("来源：甲《一》；乙《二》等 2 项（全部见页面）");
  });
});

describe("loadPinnedReleases", () => {
  const root = mkdtempSync(join(tmpdir(), "zj-pinned-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  it("loads a release whose tables fit the current schema, and names the problem of one that does not", () => {
    mkdirSync(join(root, "v9.0.0"), { recursive: true });
    mkdirSync(join(root, "v9.1.0"), { recursive: true });
    // v9.1.0 holds today's tables; v9.0.0 lacks one.
    for (const f of readdirSync("data").filter((f) => f.endsWith(".csv"))) {
      cpSync(join("data", f), join(root, "v9.1.0", f));
      if (f !== "sources.csv") cpSync(join("data", f), join(root, "v9.0.0", f));
    }
    writeFileSync(join(root, "releases.json"), JSON.stringify([
      { version: "9.0.0", date: "2026-01-01", changes_zh: "甲", changes_en: "A" },
      { version: "9.1.0", date: "2026-02-01", changes_zh: "乙", changes_en: "B" },
    ]));
    const [old, current] = loadPinnedReleases(root);
    expect(old!.site).toBeNull();
    expect(old!.problem).toContain("sources.csv");
    expect(current!.problem).toBeNull();
    expect(current!.site!.version).toBe("9.1.0");
    expect(current!.site!.data.indicators.length).toBeGreaterThan(0);
  });
});
