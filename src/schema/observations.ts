import { z } from "zod";
import { defineTable } from "./table.ts";
import { decimalText, enumList, integer, number, optionalText, ref, refList, text } from "./field.ts";

/**
 * `lower-bound`: reported as "X以上"; `estimated`: the plan's 预计数; `caliber-assumed`: the source does
 * not state the caliber and the series was assigned by us (see note); `year-inferred`: the source
 * does not state the reference year.
 */
export const observationFlags = ["lower-bound", "estimated", "provisional", "caliber-assumed", "year-inferred"] as const;

export const observationsTable = defineTable({
  name: "observations",
  file: "observations.csv",
  zh: "观测值：已公开报道的指标实际值，每条注明来源",
  en: "Observations: reported values of the indicators, each with its source",
  primaryKey: ["indicator_id", "place_id", "year", "series_id"],
  schema: z.object({
    indicator_id: ref("indicators", { zh: "指标", en: "Indicator" }),
    place_id: ref("places", { zh: "地区", en: "Place" }),
    year: integer({ zh: "数据所属年份", en: "Reference year" }),
    value: number({ zh: "数值（如来源所载，不作修约）", en: "Value as published (not rounded)" }),
    value_text: decimalText({
      zh: "数值原文：按来源所印的写法，保留末尾的0（如 92.10、89.0）；须与 value 为同一个数。value 是数字，导出为 JSON 或电子表格时末尾的0会丢失，故另存此列",
      en: "The value exactly as the source prints it, trailing zeros kept (e.g. 92.10, 89.0); must be the same number as value. value is a number and loses trailing zeros in JSON and spreadsheets, so the published form is kept here as text",
    }),
    unit: text({ zh: "单位（须与指标单位一致）", en: "Unit (must equal the indicator's unit)" }),
    series_id: ref("series", { zh: "序列（统计口径）", en: "Series (caliber)" }),
    source_id: ref("sources", { zh: "主要来源", en: "Primary source" }),
    corroborating_source_ids: refList("sources", { zh: "印证来源（以;分隔）", en: "Corroborating sources (separated by ;)" }),
    flags: enumList(observationFlags, { zh: "标记（以;分隔）", en: "Flags (separated by ;)" }),
    note: optionalText({ zh: "备注（英文，英文页面显示；填写时须同时填 note_zh）", en: "Note in English; shown on English pages. If filled, note_zh must be too" }),
    note_zh: optionalText({ zh: "备注（中文，中文页面显示；填写时须同时填 note）", en: "Note in Chinese; shown on Chinese pages. If filled, note must be too" }),
  }),
});

export type Observation = z.output<typeof observationsTable.schema>;
