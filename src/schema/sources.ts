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
    publisher_en: text({ zh: "原发布机构的英文名称（本项目所译，英文页面显示）", en: "The original publisher's name in English (our translation; shown on English pages)" }),
    title: text({ zh: "标题（原文，中文页面及引用均以此为准）", en: "Title in the original language (the title of record, cited as printed)" }),
    title_en: text({ zh: "标题的英文意译（本项目所译，不是原标题；英文页面在中文原题旁显示）", en: "English gloss of the title (our translation, not the publication's title; English pages show it beside the Chinese original)" }),
    document_number: optionalText({ zh: "文号（官方文件的发文字号，如 浙政发〔2022〕21号；无则留空）", en: "Document number of an official document (发文字号, e.g. 浙政发〔2022〕21号); empty if none" }),
    date: optionalDate({ zh: "发布日期（精确到来源所给）", en: "Publication date, as precise as the source gives it" }),
    date_note: optionalText({ zh: "日期说明（英文，英文页面显示；填写时须同时填 date_note_zh）", en: "Note on the date, in English (e.g. year inferred); shown on English pages. If filled, date_note_zh must be too" }),
    date_note_zh: optionalText({ zh: "日期说明（中文，中文页面显示；填写时须同时填 date_note）", en: "Note on the date, in Chinese; shown on Chinese pages. If filled, date_note must be too" }),
    url: url({ zh: "阅读所用网址", en: "URL where it was read" }),
    access: oneOf(sourceAccess, { zh: "网址是原发布页（original）还是转载页（reprint）", en: "Whether the URL is the publisher's own page (original) or a copy elsewhere (reprint)" }),
    kind: oneOf(sourceKinds, { zh: "来源类型", en: "Kind of source" }),
    note: optionalText({ zh: "备注（英文，英文页面显示；填写时须同时填 note_zh）", en: "Note in English; shown on English pages. If filled, note_zh must be too" }),
    note_zh: optionalText({ zh: "备注（中文，中文页面显示；填写时须同时填 note）", en: "Note in Chinese; shown on Chinese pages. If filled, note must be too" }),
  }),
});

export type Source = z.output<typeof sourcesTable.schema>;
