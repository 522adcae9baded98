import { z } from "zod";
import { defineTable } from "./table.ts";
import { id, oneOf, optionalText, text } from "./field.ts";

export const measures = ["share", "concentration", "change", "count", "index", "score", "quantity"] as const;
export const directions = ["higher", "lower"] as const;
export const domains = [
  "environmental-quality",
  "pollution-reduction",
  "risk-control",
  "ecological-protection",
  "low-carbon",
] as const;

export const indicatorsTable = defineTable({
  name: "indicators",
  file: "indicators.csv",
  zh: "指标：每个指标概念一条（两个规划共有的指标只列一次）",
  en: "Indicators: each indicator concept once (shared by both plans where it continues)",
  primaryKey: ["id"],
  schema: z.object({
    id: id({ zh: "指标标识（网址中使用，稳定不变）", en: "Indicator identifier (stable URL slug)" }),
    name_zh: text({ zh: "中文名称", en: "Chinese name" }),
    name_en: text({ zh: "英文名称", en: "English name" }),
    unit: text({ zh: "单位（观测值须使用同一单位）", en: "Unit (observations must use exactly this unit)" }),
    measure: oneOf(measures, { zh: "量的类型（share 为0–100的比例）", en: "Kind of quantity (share = a proportion from 0 to 100)" }),
    direction: oneOf(directions, { zh: "越高越好（higher）或越低越好（lower）", en: "Whether higher or lower values are better" }),
    domain: oneOf(domains, { zh: "领域", en: "Domain" }),
    caliber_note_zh: optionalText({ zh: "统计口径说明", en: "Caliber note (Chinese)" }),
    caliber_note_en: optionalText({ zh: "统计口径说明（英文）", en: "Caliber note (English)" }),
    expected_publication_zh: optionalText({ zh: "应公布该数值的官方年度出版物", en: "Official annual publication that should report the figure (Chinese title)" }),
    expected_publication_en: optionalText({ zh: "应公布该数值的官方年度出版物（英文）", en: "Official annual publication that should report the figure (English)" }),
  }),
});

export type Indicator = z.output<typeof indicatorsTable.schema>;
