/** English for the data's Chinese wording: the plan's printed cells and the units. */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadGlossary } from "../../src/data/glossary.ts";
import { loadDataset } from "../../src/data/load.ts";
import { chineseRuns, withoutChineseGlosses } from "../../src/i18n/chineseRuns.ts";
import { formatValue } from "../../src/i18n/format.ts";
import { unitsEn } from "../../src/i18n/units.ts";
import { planCells, planWording, VERBATIM_COLUMNS } from "../../src/plan/cells.ts";

const data = loadDataset(join(process.cwd(), "data"));
const HAN = /\p{Script=Han}/u;

describe("the plan's printed wording in English", () => {
  const printed = new Set(data.targets.flatMap((t) => VERBATIM_COLUMNS.map((c) => t[c]).filter((v): v is string => v !== null && HAN.test(v))));

  it("has English for every printed wording with Chinese in data/targets.csv, and no entry for wording that is not there", () => {
    const cells = planCells();
    expect([...printed].filter((text) => !cells.has(text))).toEqual([]);
    expect([...cells.keys()].filter((text) => !printed.has(text))).toEqual([]);
  });

  it("uses the glossary's fixed English for 国家下达指标, and no Chinese in any English", () => {
    const national = loadGlossary().find((e) => e.zh === "国家下达指标")!;
    expect(planWording("国家下达指标", "en")).toBe(national.en);
    expect([...planCells().values()].filter((en) => HAN.test(en))).toEqual([]);
  });

  it("keeps the printed wording on Chinese pages", () => {
    expect(planWording("国家下达指标", "zh")).toBe("国家下达指标");
  });
});

describe("units", () => {
  it("has English for every unit of data/indicators.csv written in Chinese", () => {
    const chinese = [...new Set(data.indicators.map((i) => i.unit))].filter((u) => HAN.test(u));
    expect(chinese.filter((u) => unitsEn[u] === undefined)).toEqual([]);
  });

  it("formats values with English units and bare counts, keeping symbol units", () => {
    expect(formatValue(10, "个", "en")).toBe("10");
    expect(formatValue(130, "起", "en")).toBe("130 incidents");
    expect(formatValue(166.42, "亿m³", "en")).toBe("166.42 × 100 million m³");
    expect(formatValue(24, "μg/m³", "en")).toBe("24 μg/m³");
    expect(formatValue(10, "个", "zh")).toBe("10个");
  });
});

describe("Chinese runs inside English", () => {
  it("separates a Chinese title and a bracketed term from the English around them", () => {
    expect(chineseRuns("figure from the 2023年宁波市生态环境状况公报. Also 中国宁波网")).toEqual([
      { text: "figure from the ", chinese: false },
      { text: "2023年宁波市生态环境状况公报", chinese: true },
      { text: ". Also ", chinese: false },
      { text: "中国宁波网", chinese: true },
    ]);
    expect(chineseRuns("Lower bound (“以上”)")).toEqual([
      { text: "Lower bound (", chinese: false },
      { text: "“以上”", chinese: true },
      { text: ")", chinese: false },
    ]);
  });

  it("keeps the digits that end a Chinese run in it", () => {
    expect(chineseRuns("Title: 浙江森林覆盖率升至61.24% (reprint)")).toEqual([
      { text: "Title: ", chinese: false },
      { text: "浙江森林覆盖率升至61.24%", chinese: true },
      { text: " (reprint)", chinese: false },
    ]);
  });

  it("leaves text without Han characters whole, even with full-width punctuation", () => {
    expect(chineseRuns("Values in 〔〕 are cumulative")).toEqual([{ text: "Values in 〔〕 are cumulative", chinese: false }]);
  });

  it("drops bracketed or quoted Chinese glosses where Chinese cannot be marked", () => {
    expect(withoutChineseGlosses("Estimate (预计数)")).toBe("Estimate");
    expect(withoutChineseGlosses("Lower bound (“以上”)")).toBe("Lower bound");
    expect(withoutChineseGlosses("Provisional")).toBe("Provisional");
    expect(withoutChineseGlosses("Year not stated (inferred)")).toBe("Year not stated (inferred)");
  });
});
