/**
 * The open-data bundle's fixed names and descriptive metadata. The site's address is set in ./siteUrl.ts
 * (re-exported here), so that changing the host is one edit.
 */
import { zh } from "../i18n/zh.ts";
import { en } from "../i18n/en.ts";
import { SITE_URL } from "./siteUrl.ts";

export { SITE_URL };

/** Name of the data package (Frictionless `name`, file-name prefix, BibTeX key prefix). */
export const PACKAGE_NAME = "zj-eco-tracker";

/** The author and publisher named in citations: the project itself (an entity, not a person). */
export const CREATOR = { zh: zh.siteTitle, en: en.siteTitle } as const;

export const DATASET_TITLE = { zh: `${zh.siteTitle}：开放数据`, en: `${en.siteTitle}: open data` } as const;

export const DATASET_DESCRIPTION = {
  zh: "《浙江省生态环境保护“十四五”规划》（浙发改规划〔2021〕204号）主要指标、“十三五”完成情况、正文目标与专栏项目的结构化数据，以及每个数值的来源和本站对各目标进展的评估。缺失的数值如实缺失，不作估算；不同统计口径的数值分属不同序列。",
  en: "Structured data on Zhejiang's 14th Five-Year Plan for Ecological Environment Protection (浙发改规划〔2021〕204号): its main indicators, the 13th plan's results, targets stated in the text and the items of its boxes, with the source of every value and this project's assessment of progress on each target. Missing values are missing, never estimated; values on different statistical calibers belong to different series.",
} as const;

export const KEYWORDS = ["Zhejiang", "浙江", "14th Five-Year Plan", "十四五", "ecological environment", "生态环境", "open data"] as const;

/** The compiled data are published under CC BY 4.0; the full legal code is LICENSE-DATA.txt. */
export const LICENCE = {
  id: "CC-BY-4.0",
  title: "Creative Commons Attribution 4.0 International",
  url: "https://creativecommons.org/licenses/by/4.0/",
  legalcode: "https://creativecommons.org/licenses/by/4.0/legalcode",
  /** Repository file with the verbatim legal code, copied into every release as LICENSE.txt. */
  file: "LICENSE-DATA.txt",
} as const;

/** File names inside a release (and inside /data/<dir>/ on the site). */
export const FILES = {
  readme: "README.zh-en.md",
  licence: "LICENSE.txt",
  datapackage: "datapackage.json",
  csvw: "csv-metadata.json",
  xlsx: `${PACKAGE_NAME}.xlsx`,
  zip: `${PACKAGE_NAME}.zip`,
  sums: "SHA256SUMS",
  citation: "CITATION.cff",
  byIndicator: "by-indicator",
} as const;

/** Site directory of a release: `v1.0.0`; the newest also as `latest`; data not yet released as `unreleased`. */
export const releaseDir = (version: string) => `v${version}`;
export const LATEST_DIR = "latest";
export const UNRELEASED_DIR = "unreleased";

/** Site path of a file of a published directory: "/data/v1.0.0/observations.csv". */
export const dataPath = (dir: string, file = "") => `/data/${dir}/${file}`;
/** Absolute URL of the same. */
export const dataUrl = (dir: string, file = "") => `${SITE_URL}${dataPath(dir, file)}`;
