import { z } from "zod";
import { defineTable } from "./table.ts";
import { id, optionalText, ref, text } from "./field.ts";

export const seriesTable = defineTable({
  name: "series",
  file: "series.csv",
  zh: "序列：同一统计口径下可比的数值序列",
  en: "Series: values comparable under one statistical caliber",
  primaryKey: ["id"],
  schema: z.object({
    id: id({ zh: "序列标识（指标标识--口径）", en: "Series identifier (indicator--caliber)" }),
    indicator_id: ref("indicators", { zh: "指标", en: "Indicator" }),
    name_zh: text({ zh: "中文名称", en: "Chinese name" }),
    name_en: text({ zh: "英文名称", en: "English name" }),
    note_zh: optionalText({ zh: "说明", en: "Note (Chinese)" }),
    note_en: optionalText({ zh: "说明（英文）", en: "Note (English)" }),
  }),
});

export type Series = z.output<typeof seriesTable.schema>;
