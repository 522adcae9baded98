/** The language-split rules on small hand-written pages (the built test runs them on the whole site). */
import { describe, expect, it } from "vitest";
import { scanLanguage } from "../../src/i18n/languageScan.ts";

const page = (lang: string, body: string) => `<!doctype html><html lang="${lang}"><head><title>T</title></head><body>${body}</body></html>`;

describe("language scan of an English page", () => {
  it("reports Chinese outside lang=zh-CN, in text and in read attributes, and passes marked Chinese", () => {
    const found = scanLanguage(
      page("en", `<p id="a">Target: 国家下达指标</p><p lang="zh-CN">浙江日报</p><p>Source: <span lang="zh-CN">浙江日报</span></p><svg><title>x</title></svg><a title="浙江日报 2021">x</a>`),
      "en",
    );
    expect(found).toEqual([
      { rule: "han-on-en", text: "Target: 国家下达指标", where: "p#a" },
      { rule: "han-on-en", text: "浙江日报 2021", where: "a[title]" },
    ]);
  });

  it("does not count full-width punctuation, units or scripts as Chinese", () => {
    expect(scanLanguage(page("en", `<p>Values in 〔〕 are five-year totals: 24 μg/m³.</p><script>const s = "中文";</script>`), "en")).toEqual([]);
  });
});

describe("language scan of a Chinese page", () => {
  it("reports English prose and repository paths outside lang=en", () => {
    const found = scanLanguage(
      page("zh-CN", `<p class="note">Scope: not stated in the notes.</p><td>见 content/plan-source/anchors.json</td><p lang="en">An English summary is fine here.</p>`),
      "zh",
    );
    expect(found.map((f) => f.rule)).toEqual(["prose-on-zh", "path-on-zh"]);
  });

  it("allows names, units, codes and addresses: fewer than three lower-case words in a row", () => {
    const ok = `<p>PM₂.₅ 浓度 24 μg/m³，来源：浙江日报，CC BY 4.0，CSV、JSON、XLSX，GitHub，http://www.zj.gov.cn/art/2021/6/8/art_1229.html，Data Package v2</p>`;
    expect(scanLanguage(page("zh-CN", ok), "zh")).toEqual([]);
    expect(scanLanguage(page("zh-CN", `<td>at-least, at-most, zero, cumulative-change</td>`), "zh")).toEqual([]);
    // A three-word name is English to a screen reader: it needs lang="en".
    expect(scanLanguage(page("zh-CN", `<p>本站（Zhejiang Eco-Plan Tracker）</p>`), "zh").map((f) => f.rule)).toEqual(["prose-on-zh"]);
  });

  it("leaves text to copy alone: embed code in a textarea and data rows in code are not prose", () => {
    const code = `<textarea readonly>&lt;iframe src="https://example.org/embed/pm25/" title="细颗粒物" width="100%" height="480" loading="lazy"&gt;&lt;/iframe&gt;</textarea>`;
    expect(scanLanguage(page("zh-CN", code), "zh")).toEqual([]);
    expect(scanLanguage(page("en", `<code>pm25,zhejiang,2025,,,μg/m³,pm25--main,,,,"Note to fill in",待填写</code>`), "en")).toEqual([]);
    // The same words as text on the page are prose.
    expect(scanLanguage(page("zh-CN", `<p>width height loading lazy frame border</p>`), "zh").map((f) => f.rule)).toEqual(["prose-on-zh"]);
  });
});
