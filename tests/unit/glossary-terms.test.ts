import { describe, expect, it } from "vitest";
import { keepFirstTermLinks, splitTerms } from "../../src/glossary/terms.ts";
import type { GlossaryEntry } from "../../src/schema/glossary.ts";

const entry = (id: string, zh: string, en: string, aliases_zh: string[] = [], aliases_en: string[] = []): GlossaryEntry => ({
  id, zh, en, aliases_zh, aliases_en, explain_zh: "解释", explain_en: "Explanation",
});
const entries = [
  entry("caliber", "统计口径", "statistical caliber", ["口径"], ["caliber"]),
  entry("cumulative", "〔〕五年累计值", "five-year cumulative value", ["〔〕"]),
  entry("progress-ratio", "进度比 R", "progress ratio (R)", ["进度比", "R"], ["progress ratio"]),
  entry("national-assignment", "国家下达指标", "set by the national government", ["国家下达"]),
];

describe("glossary terms in running text", () => {
  it("cuts out the first occurrence of each term, preferring the longest form", () => {
    expect(splitTerms("统计口径不同，口径见注", ["caliber"], entries, "zh")).toEqual([
      { text: "统计口径", term: "caliber" },
      { text: "不同，口径见注" },
    ]);
  });

  it("takes a bracketed number for the 〔〕 form, and finds several terms in text order", () => {
    expect(splitTerms("下降〔14.5〕，国家下达指标", ["national-assignment", "cumulative"], entries, "zh")).toEqual([
      { text: "下降" },
      { text: "〔14.5〕", term: "cumulative" },
      { text: "，" },
      { text: "国家下达指标", term: "national-assignment" },
    ]);
  });

  it("matches a one-letter form only as a word of its own, and Chinese forms on English pages", () => {
    expect(splitTerms("Rate R is low", ["progress-ratio"], entries, "en")).toEqual([{ text: "Rate " }, { text: "R", term: "progress-ratio" }, { text: " is low" }]);
    expect(splitTerms("assigned (国家下达指标)", ["national-assignment"], entries, "en")[1]).toEqual({ text: "国家下达指标", term: "national-assignment" });
  });

  it("leaves text without the terms whole, and fails on an unknown entry", () => {
    expect(splitTerms("没有术语", ["caliber"], entries, "zh")).toEqual([{ text: "没有术语" }]);
    expect(splitTerms("", ["caliber"], entries, "zh")).toEqual([{ text: "" }]);
    expect(() => splitTerms("x", ["nope"], entries, "zh")).toThrow(/no glossary entry "nope"/);
  });

  it("keeps only the first link to each term on a page", () => {
    const link = (id: string, text: string) => `<a class="term" href="/glossary/#${id}" data-term="${id}" title="t">${text}</a>`;
    const html = `<p>${link("caliber", "口径")} ${link("binding", "约束性")}</p><p>${link("caliber", "<span lang=\"zh-CN\">统计口径</span>")}</p>`;
    expect(keepFirstTermLinks(html)).toBe(`<p>${link("caliber", "口径")} ${link("binding", "约束性")}</p><p><span lang="zh-CN">统计口径</span></p>`);
  });
});
