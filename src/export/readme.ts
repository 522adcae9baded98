/**
 * README.zh-en.md of a release and the README sheet of its workbook: what the files are, their columns
 * (from fieldDocs), caveats, how to cite, the licence, how to verify. Everything specific is derived from
 * the release's tables and metadata.
 */
import type { Plan } from "../schema/tables.ts";
import { observationFlags } from "../schema/observations.ts";
import { flagTerms } from "../i18n/terms.ts";
import { CSV_DIALECT } from "./csv.ts";
import { CHANGELOG_JSON, CHANGELOG_MD } from "./changelog.ts";
import { citations, releaseCitationUrl } from "./citation.ts";
import { constraintLabel, requiredLabel, typeLabel } from "./docs.ts";
import type { ExportTable } from "./fields.ts";
import type { SheetRows } from "./xlsx.ts";
import { CREATOR, DATASET_DESCRIPTION, DATASET_TITLE, FILES, LATEST_DIR, LICENCE, SITE_URL, dataUrl } from "./site.ts";

import type { ReleaseEntry } from "./releaseList.ts";

export interface ReadmeInput {
  tables: readonly ExportTable[];
  version: string;
  /** Release date; null for the working copy. */
  date: string | null;
  baseUrl: string;
  changelog: readonly ReleaseEntry[];
  plan: Plan | undefined;
  indicatorCount: number;
}

const cell = (s: string) => s.replaceAll("|", "\\|");

function fileList(input: ReadmeInput): [string, string, string][] {
  return [
    ...input.tables.flatMap((t): [string, string, string][] => [[`${t.def.name}.csv`, t.def.zh, t.def.en], [`${t.def.name}.json`, "同上，JSON 数组", "The same as a JSON array"]]),
    [FILES.xlsx, "全部表格的 Excel 工作簿（每表一个工作表，另有 README 工作表）", "Excel workbook of every table (one sheet each, plus a README sheet)"],
    [`${FILES.byIndicator}/<id>.json`, `每个指标一个文件（共${input.indicatorCount}个）：指标、序列、目标、状态、观测值及其来源`, `One per indicator (${input.indicatorCount}): the indicator, its series, targets, statuses, observations and their sources`],
    [`${FILES.byIndicator}/<id>.zip`, "每个指标的独立下载包：<id>.csv、<id>.metadata.json 和 <id>.README.md", "One self-contained download per indicator: <id>.csv, <id>.metadata.json and <id>.README.md"],
    [`${FILES.byIndicator}/<id>.csv`, "该指标的数值，每行附地区名称、单位、标记和来源（发布者、标题、日期、网址、原文/转载）", "The indicator's values, each row with place name, unit, flags and source (publisher, title, date, URL, original/reprint)"],
    [`${FILES.byIndicator}/<id>.metadata.json`, "该指标的元数据：来源、字段、许可、版本地址、引用、图表署名", "The indicator's metadata: sources, columns, licence, versioned URL, citation, chart credit"],
    [`${FILES.byIndicator}/<id>.README.md`, "该指标的说明", "The indicator's read-me"],
    [`${FILES.byIndicator}/<id>.observations.csv`, "该指标的观测值（列同 observations.csv）", "The indicator's observations (columns as observations.csv)"],
    [`${FILES.byIndicator}/<id>.targets.csv`, "该指标的目标（列同 targets.csv）", "The indicator's targets (columns as targets.csv)"],
    [`${FILES.byIndicator}/<id>.statuses.csv`, "该指标各目标的状态（列同 statuses.csv）", "Statuses of the indicator's targets (columns as statuses.csv)"],
    [FILES.datapackage, "Frictionless Data Package v2 描述文件（字段类型、约束、主键、外键）", "Frictionless Data Package v2 descriptor (field types, constraints, primary and foreign keys)"],
    [FILES.csvw, "W3C CSVW 元数据", "W3C CSV on the Web metadata"],
    [FILES.readme, "本说明", "This file"],
    [CHANGELOG_MD, "更新记录：与上一版本相比新增、修订、删除的数值与记录（中英文）", "Changelog: values and records added, revised and removed since the previous release (Chinese and English)"],
    [CHANGELOG_JSON, "同上，JSON 格式", "The same as JSON"],
    [FILES.citation, "引用信息（Citation File Format 1.2.0）", "Citation metadata (Citation File Format 1.2.0)"],
    [FILES.licence, "CC BY 4.0 许可协议全文", "The full text of the CC BY 4.0 licence"],
    [FILES.zip, "以上全部文件的压缩包（网站上提供；包内另附 SHA256SUMS）", "All of the above in one archive (on the site; it holds its own SHA256SUMS)"],
    [FILES.sums, "每个文件的 SHA-256 校验值", "SHA-256 checksum of every file"],
  ];
}

function caveats(): [string, string][] {
  return [
    ["缺失的数值就是缺失：没有任何数值经过估算、插值或沿用。", "A missing value is missing: nothing is estimated, interpolated or carried forward."],
    [
      "同一指标的数值可能分属不同序列（series_id，即统计口径）；只有同一序列内的数值可以比较。",
      "An indicator's values may belong to different series (series_id = statistical caliber); compare values only within one series.",
    ],
    [
      `observations.flags 标记数值的性质：${observationFlags.map((f) => `${f}（${flagTerms[f].zh}）`).join("；")}。`,
      `observations.flags qualify a value: ${observationFlags.map((f) => `${f} (${flagTerms[f].en})`).join("; ")}.`,
    ],
    [
      "数值以最短的十进制形式写出：来源中印出的末尾零（如 92.10）不保留。",
      "Numbers are written in their shortest decimal form: trailing zeros printed by a source (e.g. 92.10) are not kept.",
    ],
    [
      `statuses 是本项目状态引擎依据本版本数据计算的评估，不是官方结论；方法见 ${SITE_URL}/method/ 。`,
      `statuses are this project's assessment, computed by its status engine from the data of this version, not an official verdict; the method is at ${SITE_URL}/en/method/ .`,
    ],
    [
      "每条记录都注明来源（sources）；access 为 reprint 表示阅读所用网址为转载页，publisher 仍为原发布者。",
      "Every record names its source (sources); access = reprint means the URL read is a copy, while publisher is still the original publisher.",
    ],
    [
      "本数据仅收录已找到的公开数值，覆盖并不完整；找不到的年份没有记录。",
      "The data hold only the published figures found so far; coverage is incomplete and years not found have no record.",
    ],
  ];
}

function planStatus(plan: Plan | undefined): [string, string] {
  const name = plan ? `《${plan.name_zh}》${plan.document_number ? `（${plan.document_number}）` : ""}` : "规划原文";
  const issuerZh = plan?.issuer_zh ?? "原发布机关";
  const issuerEn = plan?.issuer_en ?? "the issuing bodies";
  return [
    `${name}是${issuerZh}印发的政府公文，不在本项目的 CC BY 4.0 许可范围内。数据中逐字摘录的规划原文（如 quote_zh、label_zh、baseline_text、target_text、description_zh 等字段）照录原文，仅供查阅和核对；原文的权利（如有）归原发布机关。各数值是来源（sources）所载的事实，由其发布者公布。`,
    `The plan${plan ? ` (${plan.name_en}${plan.document_number ? `, ${plan.document_number}` : ""})` : ""} is an official government document issued by ${issuerEn}; it is not licensed by this project under CC BY 4.0. Verbatim quotations of the plan in the data (fields such as quote_zh, label_zh, baseline_text, target_text, description_zh) are reproduced for reference and verification; any rights in that text rest with the issuing bodies. The figures are facts published by the publishers named in sources.`,
  ];
}

function licence(): [string, string] {
  return [
    `本数据集（对记录的选择与编排、标识符、英文译文、说明、分类和计算所得的状态）以 ${LICENCE.title}（${LICENCE.id}）许可发布：${LICENCE.url} 。使用时请注明：“${CREATOR.zh}，${SITE_URL}/data/ ，CC BY 4.0”，并说明是否作了修改。许可协议全文见 ${FILES.licence}。`,
    `This data set (the selection and arrangement of the records, the identifiers, English translations, notes, classifications and computed statuses) is published under the ${LICENCE.title} licence (${LICENCE.id}): ${LICENCE.url} . Attribute it as “${CREATOR.en}, ${SITE_URL}/data/, CC BY 4.0” and say whether you changed it. The full licence text is ${FILES.licence}.`,
  ];
}

export function readmeMarkdown(input: ReadmeInput): string {
  const out: string[] = [];
  const p = (...lines: string[]) => out.push(...lines, "");
  const released = input.date !== null;
  p(`# ${DATASET_TITLE.zh} · ${DATASET_TITLE.en}`);
  p(
    released
      ? `版本 Version **${input.version}** · 发布日期 Released **${input.date}**`
      : `**未发布的工作副本 · Unreleased working copy** (${input.version}): 这些文件会随数据更新而改变，请引用正式版本。These files change whenever the data change; cite a release instead.`,
    `网址 URL: ${input.baseUrl}${released ? `（此网址的文件永不改变；最新版本另见 ${dataUrl(LATEST_DIR)} · the files at this URL never change; the newest release is also at ${dataUrl(LATEST_DIR)}）` : ""}`,
  );
  p("## 这是什么 · What this is");
  p(DATASET_DESCRIPTION.zh, DATASET_DESCRIPTION.en);

  p("## 文件 · Files");
  p("| 文件 File | 内容 | Contents |", "| --- | --- | --- |", ...fileList(input).map(([f, zh, en]) => `| \`${cell(f)}\` | ${cell(zh)} | ${cell(en)} |`));

  p("## CSV 格式 · CSV dialect");
  p(
    `UTF-8（无 BOM）、逗号分隔、换行符 LF、首行为列名；按 RFC 4180 加引号：列名和所有非空文本单元格都加双引号（字段内的双引号写两次），数值、布尔值和空单元格不加。空单元格表示缺失值；列表的各项以“;”分隔；布尔值为 true/false；日期按来源的精度写作 YYYY、YYYY-MM 或 YYYY-MM-DD。任何单元格都不以 = + - @ 开头（负数除外）。`,
    `UTF-8 (no BOM), comma-separated, LF line ends (${JSON.stringify(CSV_DIALECT.lineTerminator)}), a header row; RFC 4180 quoting: the header and every non-empty text cell are in double quotes (a double quote inside is doubled); numbers, booleans and empty cells are not. An empty cell is a missing value; list items are separated by “;”; booleans are true/false; dates are as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD. No cell begins with = + - or @ except negative numbers.`,
  );
  p(
    "在 Excel 中：直接打开 .xlsx 文件；或用“数据 → 自文本/CSV”导入 CSV 并选择“65001: Unicode (UTF-8)”编码（双击打开 CSV 可能把中文显示成乱码）。",
    "In Excel: open the .xlsx file; or import a CSV with Data → From Text/CSV and choose “65001: Unicode (UTF-8)” (double-clicking a CSV may garble the Chinese).",
  );

  p("## 表与字段 · Tables and columns");
  for (const t of input.tables) {
    p(`### ${t.def.name}`, `${t.def.zh}`, `${t.def.en}`, `主键 Primary key: \`${t.def.primaryKey.join(", ")}\` · ${t.rows.length} 行 rows`);
    p(
      "| 字段 Field | 类型 Type | 必填 Required | 说明 | Description | 取值 Values |",
      "| --- | --- | --- | --- | --- | --- |",
      ...t.fields.map(
        (f) =>
          `| \`${f.name}\` | ${typeLabel(f.doc, "en")} | ${requiredLabel(f.doc, "en")} | ${cell(f.doc.zh)}${f.doc.unit ? `（单位 ${cell(f.doc.unit)}）` : ""} | ${cell(f.doc.en)}${f.doc.unit ? ` (unit ${cell(f.doc.unit)})` : ""} | ${cell(constraintLabel(f.doc, "en"))} |`,
      ),
    );
  }

  p("## 注意事项 · Caveats");
  p(...caveats().map(([zh, en]) => `- ${zh}\n  ${en}`));

  p("## 如何引用 · How to cite");
  if (released) {
    const c = citations({ version: input.version, date: input.date!, url: releaseCitationUrl(input.version), accessed: input.date! });
    p(
      `GB/T 7714 的 [引用日期] 和 BibTeX 的 urldate 这里暂填发布日期（${input.date}），请换成您访问数据的日期。`,
      `The access date (GB/T 7714 [引用日期], BibTeX urldate) is given here as the release date (${input.date}): replace it with the day you accessed the data.`,
    );
    p("GB/T 7714-2015:", "", `    ${c.gbt}`);
    p("APA 7:", "", `    ${c.apa.replaceAll("*", "")}`);
    p("BibTeX (@misc):", "", "```bibtex", c.bibtex, "```");
    p("biblatex (@dataset):", "", "```bibtex", c.biblatex, "```");
  } else {
    p("这是未发布的工作副本，不宜引用；请引用正式版本（见网站数据页）。", `This is an unreleased working copy and should not be cited; cite a release (see ${SITE_URL}/en/data/).`);
  }

  p("## 许可 · Licence");
  p(...licence());
  p("### 规划原文 · The plan's text");
  p(...planStatus(input.plan));

  p("## 校验 · Verify");
  p("在解压后的文件夹中运行 · In the unpacked folder, run:", "", "    sha256sum -c SHA256SUMS");

  if (input.changelog.length > 0) {
    p("## 更新记录 · Changelog");
    p(...[...input.changelog].reverse().map((r) => `- **${r.version}** (${r.date}): ${r.changes_zh}\n  ${r.changes_en}`));
  }
  return out.join("\n").replace(/\n+$/, "\n");
}

/** The README sheet of the workbook: the same essentials, as two columns, plus every field's documentation. */
export function readmeSheet(input: ReadmeInput): SheetRows {
  const rows: (string | number)[][] = [
    [DATASET_TITLE.zh, DATASET_TITLE.en],
    ["版本 Version", input.version],
    ["发布日期 Released", input.date ?? "未发布 unreleased"],
    ["网址 URL", input.baseUrl],
    ["说明", DATASET_DESCRIPTION.zh],
    ["Description", DATASET_DESCRIPTION.en],
    ["许可 Licence", licence()[0]],
    ["Licence", licence()[1]],
    ["规划原文", planStatus(input.plan)[0]],
    ["The plan's text", planStatus(input.plan)[1]],
    ...caveats().flatMap(([zh, en]) => [["注意 Caveat", zh], ["Caveat", en]]),
    [],
    ["工作表 Sheet", "内容 Contents", "行数 Rows"],
    ...input.tables.map((t) => [t.def.name, `${t.def.zh} · ${t.def.en}`, t.rows.length]),
    [],
    ["工作表 Sheet", "字段 Field", "类型 Type", "必填 Required", "说明", "Description", "取值 Values"],
    ...input.tables.flatMap((t) =>
      t.fields.map((f) => [t.def.name, f.name, typeLabel(f.doc, "en"), requiredLabel(f.doc, "en"), f.doc.zh, f.doc.en, constraintLabel(f.doc, "en")]),
    ),
  ];
  return rows;
}
