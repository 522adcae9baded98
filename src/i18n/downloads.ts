/** UI strings of the release pages (/data/, /data/v<version>/, /data/latest/, /data/unreleased/). */
import type { Locale } from "./locales.ts";

const zh = {
  mainHeading: "下载",
  mainIntro: "最新版本 {version}（{date}发布）。两个主要文件包含全部数据：",
  mainWorkingIntro: "尚无正式版本。以下是由当前数据生成的工作副本，会随数据变化，请勿引用：",
  mainXlsx: "Excel 工作簿（每张表一个工作表，另有说明页）",
  mainZip: "全部文件的 ZIP 压缩包（CSV、JSON、元数据、说明、许可）",
  mainSize: "大小",
  mainSha: "SHA-256",
  mainAllFiles: "版本 {version} 的全部文件、校验值、引用方式和更新记录",
  workingLink: "数据在版本 {version} 之后已有改动：未发布的工作副本",
  workingLinkFirst: "未发布的工作副本的全部文件",
  releasesHeading: "全部版本",
  releaseItem: "版本 {version}（{date}）",
  releaseTitle: "数据版本 {version}",
  releaseLatestTitle: "最新数据版本（{version}）",
  workingTitle: "未发布的工作副本",
  releaseIntro: "{date}发布。该版本的文件永不改变，可以引用。",
  releaseLatestNote: "本页地址随每次发布指向最新版本，文件会变化，引用时请使用永久地址 {url}。",
  releaseNewer: "已有更新的版本 {version}：",
  workingIntro: "由当前数据生成，尚未发布：文件会随数据变化，请勿引用；发布后请使用版本地址。",
  filesHeading: "文件",
  changesHeading: "本版本的更新",
  citeHeading: "引用",
  licenceHeading: "许可",
  backToData: "开放数据首页：使用说明与表格字段说明",
} as const;

const en: Record<keyof typeof zh, string> = {
  mainHeading: "Download",
  mainIntro: "Newest release: {version} ({date}). These two files hold all of the data:",
  mainWorkingIntro: "No release yet. Below is a working copy generated from the current data; it changes with the data, so do not cite it:",
  mainXlsx: "Excel workbook (one sheet per table, plus a README sheet)",
  mainZip: "ZIP of every file (CSV, JSON, metadata, read-me, licence)",
  mainSize: "Size",
  mainSha: "SHA-256",
  mainAllFiles: "Every file of release {version}, with checksums, citation and changelog",
  workingLink: "The data have changed since release {version}: the unreleased working copy",
  workingLinkFirst: "Every file of the unreleased working copy",
  releasesHeading: "All releases",
  releaseItem: "Release {version} ({date})",
  releaseTitle: "Data release {version}",
  releaseLatestTitle: "Newest data release ({version})",
  workingTitle: "Unreleased working copy",
  releaseIntro: "Released {date}. The files of this release never change and can be cited.",
  releaseLatestNote: "This address moves to each new release, so its files change: cite the permanent address {url}.",
  releaseNewer: "A newer release exists, {version}:",
  workingIntro: "Generated from the current data and not released: the files change with the data, so do not cite them; once released, use the versioned address.",
  filesHeading: "Files",
  changesHeading: "Changes in this release",
  citeHeading: "Citation",
  licenceHeading: "Licence",
  backToData: "Open data home: how to use the files, and the tables' columns",
};

const strings = { zh, en } as const;
export type DownloadsKey = keyof typeof zh;

/** The release-page string `key` in `locale`, with `{name}` placeholders filled. */
export function td(locale: Locale, key: DownloadsKey, vars: Record<string, string | number> = {}): string {
  return strings[locale][key].replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}

/** A file size for people: bytes below 1 KB, else KB (1024 B) with one decimal, in the locale's digits. */
export const formatBytes = (n: number, locale: Locale) =>
  n < 1024 ? `${n} B` : `${new Intl.NumberFormat(locale === "zh" ? "zh-CN" : "en", { maximumFractionDigits: 1 }).format(n / 1024)} KB`;
