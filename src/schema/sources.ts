import { z } from "zod";
import { defineTable } from "./table.ts";
import { id, oneOf, optionalDate, optionalText, text, url } from "./field.ts";

export const sourceAccess = ["original", "reprint"] as const;
export const sourceKinds = [
  "plan",
  "environment-bulletin",
  "statistics-bulletin",
  "water-resources-bulletin",
  "government-notice",
  "media",
] as const;

export const sourcesTable = defineTable({
  name: "sources",
  file: "sources.csv",
  zh: "来源：每个数值所依据的出版物",
  en: "Sources: the publication behind every value",
  primaryKey: ["id"],
  schema: z.object({
    id: id({ zh: "来源标识", en: "Source identifier" }),
    publisher: text({ zh: "原发布机构（转载时仍为原发布者）", en: "Original publisher (for reprints, still the original publisher)" }),
    title: text({ zh: "标题", en: "Title" }),
    document_number: optionalText({ zh: "文号（官方文件的发文字号，如 浙政发〔2022〕21号；无则留空）", en: "Document number of an official document (发文字号, e.g. 浙政发〔2022〕21号); empty if none" }),
    date: optionalDate({ zh: "发布日期（精确到来源所给）", en: "Publication date, as precise as the source gives it" }),
    date_note: optionalText({ zh: "日期说明（如年份为推断）", en: "Note on the date (e.g. year inferred)" }),
    url: url({ zh: "阅读所用网址", en: "URL where it was read" }),
    access: oneOf(sourceAccess, { zh: "网址是原发布页（original）还是转载页（reprint）", en: "Whether the URL is the publisher's own page (original) or a copy elsewhere (reprint)" }),
    kind: oneOf(sourceKinds, { zh: "来源类型", en: "Kind of source" }),
    note: optionalText({ zh: "备注", en: "Note" }),
  }),
});

export type Source = z.output<typeof sourcesTable.schema>;
