import { z } from "zod";
import { defineTable } from "./table.ts";
import { boolean, id, integer, optionalDate, optionalText, ref, text } from "./field.ts";

export const plansTable = defineTable({
  name: "plans",
  file: "plans.csv",
  zh: "规划：每个五年规划一行（哪个是当前规划、简称、已完成的年份均由此表和构建日期得出）",
  en: "Plans: one row per five-year plan (which plan is current, short labels and complete years all follow from this table and the build date)",
  primaryKey: ["id"],
  schema: z.object({
    id: id({ zh: "规划标识", en: "Plan identifier" }),
    name_zh: text({ zh: "中文名称", en: "Chinese name" }),
    name_en: text({ zh: "英文名称", en: "English name" }),
    short_zh: text({ zh: "简称，如“十四五”", en: "Short label in Chinese, e.g. “十四五”" }),
    short_en: text({ zh: "英文简称，如 14th plan", en: "Short label in English, e.g. 14th plan" }),
    period_start: integer({ zh: "规划期起始年", en: "First year of the plan period" }),
    period_end: integer({ zh: "规划期末年", en: "Last year of the plan period" }),
    issuer_zh: optionalText({ zh: "印发机关", en: "Issuer (Chinese)" }),
    issuer_en: optionalText({ zh: "印发机关（英文）", en: "Issuer (English)" }),
    document_number: optionalText({ zh: "文号", en: "Document number" }),
    signed_date: optionalDate({ zh: "成文日期", en: "Date signed" }),
    published_date: optionalDate({ zh: "发布日期", en: "Date published" }),
    source_id: ref("sources", { zh: "来源", en: "Source" }),
    full_text: boolean({ zh: "规划全文收录于本站（/plan/）", en: "The plan's full text is published on this site (/plan/)" }),
    former_path: optionalText({ zh: "本规划成绩单页的旧网址（重定向到新网址）", en: "Former address of this plan's results page (redirects to the current one)" }),
    note_zh: optionalText({ zh: "备注", en: "Note (Chinese)" }),
    note_en: optionalText({ zh: "备注（英文）", en: "Note (English)" }),
  }),
});

export type Plan = z.output<typeof plansTable.schema>;
