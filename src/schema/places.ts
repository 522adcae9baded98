import { z } from "zod";
import { defineTable } from "./table.ts";
import { id, integer, oneOf, text } from "./field.ts";

export const placeLevels = ["province", "city"] as const;

export const placesTable = defineTable({
  name: "places",
  file: "places.csv",
  zh: "地区：浙江省及11个设区市",
  en: "Places: Zhejiang Province and its 11 prefecture-level cities",
  primaryKey: ["id"],
  schema: z.object({
    id: id({ zh: "地区标识", en: "Place identifier" }),
    adcode: integer({ zh: "行政区划代码（GB/T 2260）", en: "Administrative division code (GB/T 2260)" }),
    level: oneOf(placeLevels, { zh: "层级", en: "Level" }),
    name_zh: text({ zh: "中文名称", en: "Chinese name" }),
    name_en: text({ zh: "英文名称", en: "English name" }),
  }),
});

export type Place = z.output<typeof placesTable.schema>;
