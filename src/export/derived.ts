/**
 * Columns the released tables carry beyond data/'s own, each computed from another column of the same
 * row, never typed: an ASCII or plain form next to each typographic name (so that "PM2.5", "CO2" or
 * "Class III" find PM₂.₅, CO₂ and Ⅲ in a CSV or spreadsheet), and the site URL of each plan anchor.
 * The loader accepts them in a released table and ignores them, since they follow from the other columns.
 */
import type { FieldDoc } from "../schema/field.ts";
import { planHref } from "../plan/links.ts";
import { asciiText, plainSymbols } from "./ascii.ts";
import type { Row } from "./fields.ts";
import { SITE_URL } from "./siteUrl.ts";

export interface DerivedColumn {
  table: string;
  name: string;
  /** The column it is derived from; it is placed right after it. */
  from: string;
  doc: FieldDoc;
  value: (source: string) => string | null;
}

const text = (zh: string, en: string): FieldDoc => ({ type: "string", required: false, zh, en });
const plainDoc = (col: string) => text(`由 ${col} 派生：上下标数字和罗马数字改为普通字符（PM2.5、CO2、III），便于搜索`, `Derived from ${col}: sub/superscript digits and Roman numerals as plain characters (PM2.5, CO2, III), for searching`);
const paragraphUrl = (anchor: string) => {
  const href = planHref(anchor, "zh");
  return href ? `${SITE_URL}${href}` : null;
};
const urlDoc = (col: string) => text(`由 ${col} 派生：该规划段落在本站的网址`, `Derived from ${col}: the URL of that passage of the plan on this site`);

export const DERIVED: readonly DerivedColumn[] = [
  { table: "indicators", name: "name_zh_plain", from: "name_zh", doc: plainDoc("name_zh"), value: plainSymbols },
  {
    table: "indicators",
    name: "name_ascii",
    from: "name_en",
    doc: text("由 name_en 派生：纯 ASCII 形式（PM2.5、CO2、Class III），便于搜索和只支持 ASCII 的工具", "Derived from name_en: the name in plain ASCII (PM2.5, CO2, Class III), for searching and for ASCII-only tools"),
    value: asciiText,
  },
  { table: "targets", name: "label_zh_plain", from: "label_zh", doc: plainDoc("label_zh"), value: plainSymbols },
  { table: "targets", name: "paragraph_url", from: "paragraph_id", doc: urlDoc("paragraph_id"), value: paragraphUrl },
  { table: "projects", name: "paragraph_url", from: "id", doc: urlDoc("id"), value: paragraphUrl },
];

export const derivedColumns = (table: string) => DERIVED.filter((d) => d.table === table);

/** The row with its derived columns' values (null where the source column is empty). */
export function withDerived(table: string, row: Row): Row {
  const extra = derivedColumns(table).map((d) => {
    const source = row[d.from];
    return [d.name, typeof source === "string" && source !== "" ? d.value(source) : null] as const;
  });
  return extra.length === 0 ? row : { ...row, ...Object.fromEntries(extra) };
}
