import { z } from "zod";
import { defineTable } from "./table.ts";
import { id, integer, optionalDate, optionalText, ref, text } from "./field.ts";

export const plansTable = defineTable({
  name: "plans",
  file: "plans.csv",
  zh: "规划：“十三五”和“十四五”",
  en: "Plans: the 13th and 14th Five-Year Plans",
  primaryKey: ["id"],
  schema: z.object({
    id: id({ zh: "规划标识", en: "Plan identifier" }),
    name_zh: text({ zh: "中文名称", en: "Chinese name" }),
    name_en: text({ zh: "英文名称", en: "English name" }),
    period_start: integer({ zh: "规划期起始年", en: "First year of the plan period" }),
    period_end: integer({ zh: "规划期末年", en: "Last year of the plan period" }),
    issuer_zh: optionalText({ zh: "印发机关", en: "Issuer (Chinese)" }),
    issuer_en: optionalText({ zh: "印发机关（英文）", en: "Issuer (English)" }),
    document_number: optionalText({ zh: "文号", en: "Document number" }),
    signed_date: optionalDate({ zh: "成文日期", en: "Date signed" }),
    published_date: optionalDate({ zh: "发布日期", en: "Date published" }),
    source_id: ref("sources", { zh: "来源", en: "Source" }),
    note_zh: optionalText({ zh: "备注", en: "Note (Chinese)" }),
    note_en: optionalText({ zh: "备注（英文）", en: "Note (English)" }),
  }),
});

export type Plan = z.output<typeof plansTable.schema>;
