import { z } from "zod";
import { defineTable } from "./table.ts";
import { boolean, id, integer, oneOf, optionalInteger, optionalNumber, optionalText, ref, text } from "./field.ts";

export const sourceTables = ["table-1", "table-2", "text"] as const;
export const bindings = ["binding", "expected"] as const;
/**
 * How a target is worded. `cumulative-change`: a five-year cumulative value (printed in 〔〕);
 * `national-assignment`: 国家下达指标, a value set by the national government and not printed.
 */
export const targetKinds = [
  "at-least",
  "at-most",
  "zero",
  "cumulative-change",
  "maintain",
  "count",
  "national-assignment",
  "qualitative",
] as const;

export const targetsTable = defineTable({
  name: "targets",
  file: "targets.csv",
  zh: "目标：规划表1、表2中的每一行（含分项）",
  en: "Targets: every row (and sub-row) of the plans' Tables 1 and 2",
  primaryKey: ["id"],
  schema: z.object({
    id: id({ zh: "目标标识", en: "Target identifier" }),
    plan_id: ref("plans", { zh: "规划", en: "Plan" }),
    indicator_id: ref("indicators", { zh: "指标", en: "Indicator" }),
    source_table: oneOf(sourceTables, { zh: "出处（表1、表2或正文）", en: "Where the plan states it (Table 1, Table 2 or the text)" }),
    row_number: optionalInteger({ zh: "表中序号", en: "Row number in the plan's table" }),
    sub_label_zh: optionalText({ zh: "分项名称", en: "Sub-row label (Chinese)" }),
    sub_label_en: optionalText({ zh: "分项名称（英文）", en: "Sub-row label (English)" }),
    label_zh: text({ zh: "规划原文指标名称", en: "Indicator name as printed in the plan" }),
    binding: oneOf(bindings, { zh: "约束性（binding）或预期性（expected）", en: "Binding (约束性) or expected (预期性)" }),
    category_zh: text({ zh: "规划原文指标类别", en: "Indicator category as printed" }),
    baseline_year: integer({ zh: "基期年", en: "Baseline year" }),
    baseline_value: optionalNumber({ zh: "基期值（原文为单纯数值时）", en: "Baseline value (where the plan prints a plain number)" }),
    baseline_text: text({ zh: "基期值原文", en: "Baseline cell verbatim" }),
    target_year: integer({ zh: "目标年", en: "Target year" }),
    target_kind: oneOf(targetKinds, { zh: "目标类型", en: "Kind of target" }),
    target_value: optionalNumber({ zh: "目标值", en: "Target value" }),
    target_text: text({ zh: "目标值原文", en: "Target cell verbatim" }),
    quote_zh: optionalText({ zh: "规划原文语句（逐字）", en: "The plan's sentence, verbatim" }),
    paragraph_id: optionalText({ zh: "原文段落锚点（规划原文网页中各段的编号，如 ch3-s2-p4）", en: "Anchor of the plan paragraph or table (content/plan-source/anchors.json)" }),
    result_year: optionalInteger({ zh: "完成值年份（仅表1）", en: "Year of the reported result (Table 1 only)" }),
    result_value: optionalNumber({ zh: "完成值（仅表1）", en: "Reported result (Table 1 only)" }),
    result_text: optionalText({ zh: "完成值原文", en: "Result cell verbatim" }),
    completion_zh: optionalText({ zh: "完成情况原文", en: "Completion as reported (完成情况)" }),
    estimated: boolean({ zh: "完成值为预计数（表1带*）", en: "Result is an estimate (预计数, marked * in Table 1)" }),
    caliber_changed: boolean({ zh: "统计口径较“十三五”有调整（表2带*）", en: "Caliber changed from the 13th plan (marked * in Table 2)" }),
    series_id: ref("series", { zh: "考核所用序列（口径）", en: "Series (caliber) the target is measured on" }),
    note_zh: optionalText({ zh: "备注", en: "Note (Chinese)" }),
    note_en: optionalText({ zh: "备注（英文）", en: "Note (English)" }),
  }),
});

export type Target = z.output<typeof targetsTable.schema>;
