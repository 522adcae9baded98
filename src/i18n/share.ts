/** Strings of the share images, chart downloads, embed pages and search (helper "reach"). */
import type { Locale } from "./locales.ts";

interface ShareStrings {
  siteImageAlt: string;
  searchLabel: string;
  searchButton: string;
  searchTitle: string;
  searchIntro: string;
  searchNoScript: string;
  searchNone: string;
  searchCount: string;
  downloadSvg: string;
  downloadPng: string;
  chartDownloads: string;
  embedHeading: string;
  embedLive: string;
  embedPinned: string;
  embedNoPinned: string;
  embedBack: string;
  sourceLine: string;
  sourceMore: string;
  expectedIn: string;
  dataVersion: string;
  unreleased: string;
  licence: string;
  shareImageAlt: string;
}

export const shareStrings: Record<Locale, ShareStrings> = {
  zh: {
    siteImageAlt: "浙江生态环境“十四五”规划追踪：每个数值都注明来源",
    searchLabel: "搜索",
    searchButton: "搜索",
    searchTitle: "搜索",
    searchIntro: "搜索规划原文段落、指标和报道。",
    searchNoScript: "搜索需要 JavaScript。没有 JavaScript 时，请浏览规划目录和指标列表。",
    searchNone: "没有找到“{q}”。",
    searchCount: "“{q}”：{n} 个页面。",
    downloadSvg: "下载 SVG",
    downloadPng: "下载 PNG",
    chartDownloads: "下载或嵌入本图",
    embedHeading: "嵌入代码",
    embedLive: "实时版（随数据更新）",
    embedPinned: "固定版（数据版本 {version}）",
    embedNoPinned: "尚无可固定的已发布数据版本。",
    embedBack: "在“浙江生态环境“十四五”规划追踪”查看详情",
    sourceLine: "来源",
    sourceMore: "等 {n} 项（全部见页面）",
    expectedIn: "应见于：{publication}。",
    dataVersion: "数据",
    unreleased: "未发布",
    licence: "CC BY 4.0",
    shareImageAlt: "{title}：图表及来源",
  },
  en: {
    siteImageAlt: "Zhejiang Eco-Plan Tracker: every number has a source",
    searchLabel: "Search",
    searchButton: "Search",
    searchTitle: "Search",
    searchIntro: "Search the plan's paragraphs, the indicators and the stories.",
    searchNoScript: "Search needs JavaScript. Without it, browse the plan's contents and the list of indicators.",
    searchNone: "Nothing found for “{q}”.",
    searchCount: "“{q}”: {n} pages.",
    downloadSvg: "Download SVG",
    downloadPng: "Download PNG",
    chartDownloads: "Download or embed this chart",
    embedHeading: "Embed code",
    embedLive: "Live (follows the data)",
    embedPinned: "Pinned (data version {version})",
    embedNoPinned: "No released data version to pin to yet.",
    embedBack: "Details at Zhejiang Eco-Plan Tracker",
    sourceLine: "Source",
    sourceMore: " and {n} more (all on the page)",
    expectedIn: "Expected in: {publication}.",
    dataVersion: "data",
    unreleased: "unreleased",
    licence: "CC BY 4.0",
    shareImageAlt: "{title}: chart and source",
  },
};
