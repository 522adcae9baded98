/**
 * One indicator's self-contained download, in the manner of Our World in Data: a flat CSV whose every row
 * carries the place's name, the unit, the flags and the source (publisher, title, date, URL, access), a
 * metadata JSON and a README (licence, versioned URL, full citation, a one-line credit for charts), and
 * the three in one small ZIP. Whoever gets only pm25.zip has everything needed to use and credit it.
 */
import { cellText, type Row } from "./fields.ts";
import { csvText } from "./csv.ts";
import { jsonText } from "./json.ts";
import { citations, indicatorZipCitationUrl } from "./citation.ts";
import { toZip } from "./zip.ts";
import type { IndicatorSubset } from "./tables.ts";
import { CREATOR, FILES, LICENCE, SITE_URL, dataUrl } from "./site.ts";

/** File names of the self-contained download, inside `by-indicator/`. */
export const indicatorPackageFiles = (id: string) => ({
  csv: `${id}.csv`,
  metadata: `${id}.metadata.json`,
  readme: `${id}.README.md`,
  zip: `${id}.zip`,
});

interface Context {
  place: (id: string) => Row | undefined;
  source: (id: string) => Row | undefined;
}

/** The columns of `<id>.csv`: name, whether it is text (quoted), English description, and its value. */
export const INDICATOR_CSV_COLUMNS: readonly { name: string; text: boolean; en: string; zh: string; get: (o: Row, c: Context, i: Row) => unknown }[] = [
  { name: "indicator_id", text: true, zh: "指标标识", en: "Indicator identifier", get: (o) => o["indicator_id"] },
  { name: "indicator_zh", text: true, zh: "指标名称（中文）", en: "Indicator name (Chinese)", get: (_, __, i) => i["name_zh"] },
  { name: "indicator_en", text: true, zh: "指标名称（英文）", en: "Indicator name (English)", get: (_, __, i) => i["name_en"] },
  { name: "place_id", text: true, zh: "地区标识", en: "Place identifier", get: (o) => o["place_id"] },
  { name: "place_zh", text: true, zh: "地区名称（中文）", en: "Place name (Chinese)", get: (o, c) => c.place(o["place_id"] as string)?.["name_zh"] },
  { name: "place_en", text: true, zh: "地区名称（英文）", en: "Place name (English)", get: (o, c) => c.place(o["place_id"] as string)?.["name_en"] },
  { name: "year", text: false, zh: "年份", en: "Year", get: (o) => o["year"] },
  { name: "value", text: false, zh: "数值", en: "Value", get: (o) => o["value"] },
  { name: "value_text", text: true, zh: "数值（按来源所印的位数）", en: "Value as printed by the source (its precision)", get: (o) => o["value_text"] },
  { name: "unit", text: true, zh: "单位", en: "Unit", get: (o) => o["unit"] },
  { name: "series_id", text: true, zh: "序列（统计口径）：只有同一序列的数值可以比较", en: "Series (statistical caliber): compare values only within one series", get: (o) => o["series_id"] },
  { name: "flags", text: true, zh: "数值性质标记（以“;”分隔）", en: "Flags qualifying the value (“;”-separated)", get: (o) => o["flags"] },
  { name: "note", text: true, zh: "说明", en: "Note", get: (o) => o["note"] },
  { name: "source_id", text: true, zh: "来源标识", en: "Source identifier", get: (o) => o["source_id"] },
  { name: "source_publisher", text: true, zh: "来源发布者", en: "Source publisher", get: (o, c) => c.source(o["source_id"] as string)?.["publisher"] },
  { name: "source_title", text: true, zh: "来源标题", en: "Source title", get: (o, c) => c.source(o["source_id"] as string)?.["title"] },
  { name: "source_date", text: true, zh: "来源日期", en: "Source date", get: (o, c) => c.source(o["source_id"] as string)?.["date"] },
  { name: "source_url", text: true, zh: "来源网址", en: "Source URL", get: (o, c) => c.source(o["source_id"] as string)?.["url"] },
  { name: "source_access", text: true, zh: "来源获取方式（原文或转载）", en: "Source access (original or reprint)", get: (o, c) => c.source(o["source_id"] as string)?.["access"] },
  { name: "corroborating_source_ids", text: true, zh: "佐证来源标识", en: "Corroborating sources", get: (o) => o["corroborating_source_ids"] },
];

export interface IndicatorPackageInput {
  sub: IndicatorSubset;
  places: readonly Row[];
  version: string;
  /** Release date; null for the working copy (then nothing to cite). */
  date: string | null;
  /** Site directory: "v1.1.0" or "unreleased". */
  dir: string;
}

/** The one-line credit for a chart: the publishers of the values, then this project and its licence. */
export function creditLine(sub: IndicatorSubset, version: string): { zh: string; en: string } {
  const publishers = [...new Set(sub.sources.rows.map((s) => s["publisher"] as string))];
  return {
    zh: `数据来源：${publishers.join("；") || "—"}；整理：${CREATOR.zh}（数据版本 ${version}，CC BY 4.0）`,
    en: `Data: ${publishers.join("; ") || "—"}; compiled by ${CREATOR.en} (data version ${version}, CC BY 4.0)`,
  };
}

/** The files of one indicator's self-contained download, the ZIP last, keyed by their path inside the release. */
export function indicatorPackage(input: IndicatorPackageInput): Map<string, Uint8Array> {
  const { sub, version, date, dir } = input;
  const id = sub.indicator.id;
  const names = indicatorPackageFiles(id);
  const places = new Map(input.places.map((p) => [p["id"] as string, p]));
  const sources = new Map(sub.sources.rows.map((s) => [s["id"] as string, s]));
  const context: Context = { place: (x) => places.get(x), source: (x) => sources.get(x) };
  const csv = csvText(
    INDICATOR_CSV_COLUMNS.map((c) => c.name),
    sub.observations.rows.map((o) => INDICATOR_CSV_COLUMNS.map((c) => cellText(c.get(o, context, sub.indicator as unknown as Row), `${names.csv}.${c.name}`))),
    INDICATOR_CSV_COLUMNS.map((c) => c.text),
  );

  const zipUrl = dataUrl(dir, `${FILES.byIndicator}/${names.zip}`);
  const cite = date
    ? citations({ version, date, url: indicatorZipCitationUrl(version, id), accessed: date, indicator: { id, zh: sub.indicator.name_zh, en: sub.indicator.name_en } })
    : null;
  const credit = creditLine(sub, version);
  const metadata = {
    indicator: { id, name_zh: sub.indicator.name_zh, name_en: sub.indicator.name_en, unit: sub.indicator.unit, caliber_note_zh: sub.indicator.caliber_note_zh ?? null, caliber_note_en: sub.indicator.caliber_note_en ?? null },
    version,
    released: date,
    url: zipUrl,
    page: `${SITE_URL}/en/indicators/${id}/`,
    license: { id: LICENCE.id, title: LICENCE.title, url: LICENCE.url },
    credit,
    // BibTeX is in the README only: a JSON string beginning with "@" would run as a formula if pasted into a spreadsheet.
    citation: cite ? { gbt_7714: cite.gbt, apa: cite.apa.replaceAll("*", ""), note: "The access date is the release date: replace it with the day you accessed the data. BibTeX: see the README." } : null,
    columns: INDICATOR_CSV_COLUMNS.map((c) => ({ name: c.name, zh: c.zh, en: c.en })),
    series: sub.series.rows,
    sources: sub.sources.rows,
  };

  const readme = [
    `# ${sub.indicator.name_zh} · ${sub.indicator.name_en}`,
    "",
    `${CREATOR.zh} · ${CREATOR.en} — ${date ? `数据版本 ${version}（${date}）· Data release ${version} (${date})` : `未发布的工作副本 ${version} · Unreleased working copy ${version}: do not cite`}`,
    "",
    `- ${names.csv}: 每行一个数值，附地区名称、单位、标记和来源（发布者、标题、日期、网址、原文/转载）· One value per row, with place name, unit, flags and source (publisher, title, date, URL, original/reprint)`,
    `- ${names.metadata}: 指标、序列、来源、字段说明、许可、引用 · Indicator, series, sources, columns, licence, citation`,
    "",
    "## 字段 · Columns",
    "",
    ...INDICATOR_CSV_COLUMNS.map((c) => `- \`${c.name}\`: ${c.zh} · ${c.en}`),
    "",
    "缺失的数值就是缺失，没有估算。不同序列（series_id）的数值不可直接比较。· A missing value is missing, never estimated. Do not compare values of different series (series_id).",
    "",
    "## 图表署名 · Credit for charts",
    "",
    credit.zh,
    "",
    credit.en,
    "",
    "## 许可 · Licence",
    "",
    `${LICENCE.title} (${LICENCE.id}): ${LICENCE.url} — 请署名“${CREATOR.zh}”并注明是否修改 · credit “${CREATOR.en}” and say whether you changed the data. 规划原文不在此许可范围内 · The plan's text is not covered by this licence.`,
    "",
    "## 地址与引用 · Address and citation",
    "",
    `${zipUrl}`,
    "",
    ...(cite
      ? ["引用日期暂填发布日期，请换成您访问数据的日期。· The access date is the release date: replace it with the day you accessed the data.", "", `GB/T 7714: ${cite.gbt}`, "", `APA 7: ${cite.apa.replaceAll("*", "")}`, "", "```bibtex", cite.bibtex, "```", ""]
      : ["这是未发布的工作副本，不宜引用。· This is an unreleased working copy: cite a release instead.", ""]),
  ].join("\n");

  const enc = new TextEncoder();
  const files = new Map<string, Uint8Array>([
    [names.csv, enc.encode(csv)],
    [names.metadata, enc.encode(jsonText(metadata))],
    [names.readme, enc.encode(readme)],
  ]);
  const zip = toZip(files, date);
  return new Map([...[...files].map(([n, b]) => [`${FILES.byIndicator}/${n}`, b] as const), [`${FILES.byIndicator}/${names.zip}`, zip]]);
}
