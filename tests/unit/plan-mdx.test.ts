/**
 * MDX safety on synthetic input: text full of characters that MDX, GFM or smart punctuation would
 * otherwise interpret comes back unchanged when the generated MDX is compiled as Astro compiles it.
 * (The real plan text contains few such characters, so this is where escaping is really tested.)
 */
import { describe, expect, it } from "vitest";
import { escapeText, renderPlan } from "../../src/plan/mdx.ts";
import { parsePlan } from "../../src/plan/structure.ts";
import { renderMdx, squeeze, strippedText } from "./plan-support.ts";

const TRICKY = [
  "花括号 {x} {/* 注释 */} 尖括号 <b>粗</b> <Component /> a<b",
  "星号 *强调* 与 **加粗** 下划线 _斜体_ __粗__ 反引号 `代码`",
  "链接 [文字](http://example.org) ![图](a.png) 自动链接 www.example.org https://example.org a@example.org",
  "引号 \"直\" 'single' 破折号 -- 与 --- 省略号 ... 和 & 实体 &amp; &#42;",
  "井号 # 波浪 ~删~ ~~删~~ 竖线 | 美元 $x$ 上标 ^a^ 反斜杠 \\ 感叹号 ! 冒号 : 等号 = 加号 +",
];

function synthetic(): string[] {
  return [
    "",
    "测试规划 {标题}",
    "",
    ...TRICKY.flatMap((line) => [`${line}。`, ""]),
    "一、背景与形势",
    "",
    "（一）测试节",
    "",
    "段落含**强调** <p>标签</p> 与 {表达式} 。",
    "",
    "专栏 1 测试专栏",
    "",
    "1. 条目 {一} 与 *星号*。",
    "2. 条目 <二> 与 `代码`。",
  ];
}

describe("MDX escaping", () => {
  it("escapeText backslash-escapes syntax characters and leaves Chinese punctuation alone", () => {
    expect(escapeText("{a}<b>*c*_d_")).toBe("\\{a\\}\\<b\\>\\*c\\*\\_d\\_");
    expect(escapeText("“十四五”，（一）《规划》〔2021〕——。")).toBe("“十四五”，（一）《规划》〔2021〕——。");
    expect(escapeText("7-10天 PM₂.₅")).toBe("7-10天 PM₂.₅");
  });

  it("synthetic text with every kind of MDX syntax renders back character for character", () => {
    const lines = synthetic();
    const files = renderPlan(parsePlan(lines));
    expect(files.map((f) => f.name)).toEqual(["00-preamble.mdx", "01-background-and-current-situation.mdx"]);
    const rendered = files.map((file) => renderMdx(file.content, file.name));
    for (const r of rendered) expect(r.unexpected).toEqual([]);
    const expected = squeeze(lines.join("").replaceAll("**", "").replace("专栏 1 测试专栏", "专栏1测试专栏"));
    expect(squeeze(rendered.map((r) => r.text).join(""))).toBe(expected);
    // The regex-based reading used by the fidelity test agrees.
    expect(files.map((f) => strippedText(f.content)).join("")).toBe(expected);
    const ids = rendered.flatMap((r) => r.elements.map((e) => e.id));
    expect(ids).toEqual(["plan-title", ...TRICKY.map((_, i) => `preamble-p${i + 1}`), "ch1", "ch1-s1", "ch1-s1-p1", "box-1", "box-1-i1", "box-1-i2"]);
  });

  it("box titles that cannot be a safe JSX attribute make the render fail rather than corrupt", () => {
    const lines = synthetic().map((line) => (line.startsWith("专栏 1") ? '专栏 1 含"引号"的标题' : line));
    expect(() => renderPlan(parsePlan(lines))).toThrow(/attribute title/);
  });
});
