import { z } from "zod";
import { defineTable } from "./table.ts";
import { id, integer, optionalInteger, optionalText, refList, text } from "./field.ts";

/** The items of the plan's 12 boxes (专栏) of major projects, reforms and policies. */
export const projectsTable = defineTable({
  name: "projects",
  file: "projects.csv",
  zh: "专栏项目：规划专栏1–12中的每一项",
  en: "Box items: every item of the plan's boxes (专栏) 1–12",
  primaryKey: ["id"],
  schema: z.object({
    id: id({ zh: "项目标识（即原文锚点，如 box-4-i1）", en: "Item identifier (the plan anchor, e.g. box-4-i1)" }),
    box_number: integer({ zh: "专栏编号", en: "Box number" }),
    box_title_zh: text({ zh: "专栏标题", en: "Box title (Chinese)" }),
    box_title_en: text({ zh: "专栏标题（英文）", en: "Box title (English)" }),
    item_number: integer({ zh: "项目序号", en: "Item number" }),
    name_zh: text({ zh: "项目名称", en: "Item name (Chinese)" }),
    name_en: text({ zh: "项目名称（英文）", en: "Item name (English)" }),
    description_zh: text({ zh: "项目内容（原文，逐字）", en: "Item text, verbatim (Chinese)" }),
    summary_en: text({ zh: "英文摘要", en: "Short English summary" }),
    city_ids: refList("places", { zh: "涉及的设区市（以;分隔）", en: "Cities concerned (separated by ;)" }),
    places_named_zh: optionalText({ zh: "原文点名的地点（县、海湾、园区等，以;分隔）", en: "Places named in the text (counties, bays, parks…, separated by ;)" }),
    quantities_zh: optionalText({ zh: "原文给出的数量（以;分隔）", en: "Quantities the text gives (separated by ;)" }),
    target_year: optionalInteger({ zh: "原文给出的完成年份", en: "Year the text sets" }),
  }),
});

export type Project = z.output<typeof projectsTable.schema>;
