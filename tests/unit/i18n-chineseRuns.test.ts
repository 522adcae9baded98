/** Chinese runs inside English text: what gets lang="zh-CN" on English pages. Cases written by hand. */
import { describe, expect, it } from "vitest";
import { chineseRuns } from "../../src/i18n/chineseRuns.ts";

const marked = (text: string) => chineseRuns(text).filter((r) => r.chinese).map((r) => r.text);

describe("chineseRuns", () => {
  it("keeps a title with digits inside and a closing figure in one run", () => {
    expect(marked("浙江森林覆盖率升至61.24%")).toEqual(["浙江森林覆盖率升至61.24%"]);
    expect(marked("2022年宁波市生态环境状况公报")).toEqual(["2022年宁波市生态环境状况公报"]);
  });
  it("leaves the English around a quoted term as English", () => {
    const runs = chineseRuns("Target set by the national government (国家下达指标) for 2025");
    expect(runs.map((r) => [r.text, r.chinese])).toEqual([
      ["Target set by the national government (", false],
      ["国家下达指标", true],
      [") for 2025", false],
    ]);
  });
  it("does not pull a figure separated by a space into the Chinese run", () => {
    expect(marked("目标 2025")).toEqual(["目标"]);
  });
  it("treats punctuation alone as not Chinese", () => {
    expect(marked("“quoted” — English")).toEqual([]);
  });
});
