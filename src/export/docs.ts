/** Human-readable descriptions of field documentation, shared by the README, the workbook and the data page. */
import type { FieldDoc } from "../schema/field.ts";

type Lang = "zh" | "en";

const TYPE_LABEL: Record<FieldDoc["type"], Record<Lang, string>> = {
  string: { zh: "文本", en: "text" },
  number: { zh: "数值", en: "number" },
  integer: { zh: "整数", en: "integer" },
  boolean: { zh: "布尔值（true/false）", en: "boolean (true/false)" },
  date: { zh: "日期（YYYY、YYYY-MM 或 YYYY-MM-DD）", en: "date (YYYY, YYYY-MM or YYYY-MM-DD)" },
  list: { zh: "列表（以;分隔；JSON 中为数组）", en: "list (separated by ;, an array in JSON)" },
};

export const typeLabel = (doc: FieldDoc, lang: Lang) => TYPE_LABEL[doc.type][lang];

export const requiredLabel = (doc: FieldDoc, lang: Lang) =>
  doc.required ? (lang === "zh" ? "必填" : "required") : lang === "zh" ? "可空" : "may be empty";

/** Allowed values, the referenced table or the pattern, in that order of preference. */
export function constraintLabel(doc: FieldDoc, lang: Lang): string {
  const parts: string[] = [];
  if (doc.values && doc.type !== "boolean") parts.push(doc.values.join(", "));
  if (doc.references) parts.push(lang === "zh" ? `引用 ${doc.references}.id` : `refers to ${doc.references}.id`);
  else if (doc.pattern && !doc.values) parts.push(lang === "zh" ? `格式 ${doc.pattern}` : `pattern ${doc.pattern}`);
  return parts.join("; ");
}
