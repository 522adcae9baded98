/** UI strings of the citizen features (verdict, caveats, glossary, about, phone reading), both languages typed together. */
import type { Locale } from "./locales.ts";

const zh = {
  verdictHeading: "规划完成了吗？",
  verdictHow: "以上句子由数据和本站的评估方法自动生成。",
  caveatIntro: "此判断依据的数值：",
  glossaryTitle: "术语表",
  glossaryDescription: "本站用到的规划和统计术语、数值标记和评估状态的通俗解释。",
  glossaryIntro: "规划和统计公报里的一些说法不太好懂。这里用日常语言解释本站用到的术语；各页面第一次出现这些术语时会链接到这里。",
  glossaryTerms: "规划与统计术语",
  glossaryFlags: "数值标记",
  glossaryStatuses: "评估状态",
  glossaryEnglish: "英文",
  footerGlossary: "术语表",
  planHelpBefore: "阅读提示：",
  planHelpMark: "黄色底纹",
  planHelpAfter: "标出本站追踪的目标原文；紧跟其后的 ↗ 链接到该目标的数据页，同一句话对应几个目标时编号为 ↗1、↗2。每段末尾的 ¶ 是这一段的固定链接，可用于引用。",
  planBackToContents: "↑ 回到本章目录",
  aboutTitle: "关于本站与更正",
  aboutDescription: "谁整理这些数据、如何报告错误，以及数据更正记录。",
  aboutWhoHeading: "谁整理这些数据",
  aboutWho: "本站是一个独立项目，不隶属于任何政府机构，也不代表规划的发布机构。项目成员从公开出版物（规划文本、生态环境状况公报、统计公报和引用它们的官方媒体报道）中逐条摘录数值，每条数值都注明发布者、标题、日期和网址。找不到的数值显示为缺失，从不估算或沿用。",
  aboutWhoMethod: "各项目标的状态由本站的评估方法自动计算，见",
  aboutReportHeading: "如何报告错误",
  aboutReportNone: "本站目前还没有公开的纠错渠道。代码库公开后，请在其问题（issues）页面报告错误，届时此处会给出地址。",
  aboutReportAt: "请在这里报告错误：",
  aboutReportWhat: "报告时请写明：出错的页面地址；出错的数值或文字；您认为正确的内容；以及能证明它的公开来源（发布者、标题、日期、网址）。",
  aboutHandlingHeading: "更正如何处理",
  aboutHandling: "已发布的数据版本永不修改。经核实的更正会进入下一个数据版本，并写入该版本的变更说明；旧版本保持原样，引用它们的人仍能得到同样的数据。网站始终显示最新的数据。",
  aboutLogHeading: "更正与变更记录",
  aboutLogIntro: "每个数据版本的变更说明，最新的在前。更正会作为其中的一条出现。",
  aboutLogNone: "还没有发布任何数据版本。",
  aboutLogVersion: "版本 {version}（{date}）",
  footerAboutLink: "关于本站与更正",
  ratioPlain: "R 把“已经完成的进度”和“已经过去的时间”相比：R 等于1表示正好跟上时间，小于1表示落后，小于0表示数值在朝远离目标的方向走。",
} as const;

type Keys = keyof typeof zh;
const en: Record<Keys, string> = {
  verdictHeading: "Did the plan meet its targets?",
  verdictHow: "These sentences are generated from the data by the site's assessment method.",
  caveatIntro: "This status rests on a figure marked: ",
  glossaryTitle: "Glossary",
  glossaryDescription: "Plain explanations of the planning and statistics terms, value flags and assessment statuses used on this site.",
  glossaryIntro: "Plans and statistical bulletins use words that are not always clear. This page explains the terms used on the site in everyday language; where a page first uses one, it links here.",
  glossaryTerms: "Planning and statistics terms",
  glossaryFlags: "Value flags",
  glossaryStatuses: "Assessment statuses",
  glossaryEnglish: "Chinese",
  footerGlossary: "Glossary",
  planHelpBefore: "Reading the plan: ",
  planHelpMark: "highlighted words",
  planHelpAfter: " are the plan's own wording of a target this site tracks; the ↗ right after them leads to that target's data, numbered ↗1, ↗2 when one sentence sets several targets. The ¶ at the end of each paragraph is a permanent link to it, for citing.",
  planBackToContents: "↑ Back to chapter contents",
  aboutTitle: "About and corrections",
  aboutDescription: "Who compiles these data, how to report an error, and the log of corrections.",
  aboutWhoHeading: "Who compiles the data",
  aboutWho: "This site is an independent project. It is not part of any government body and does not speak for the plan's publishers. Its members copy each figure from a public document (the plan, environment and statistics bulletins, official media citing them) and record its publisher, title, date and address. A figure that has not been found is shown as missing, never estimated or carried forward.",
  aboutWhoMethod: "The status of each target is computed by the site's assessment method, see",
  aboutReportHeading: "How to report an error",
  aboutReportNone: "There is no public channel for reports yet. Once the project's repository is published, please report errors on its issues page; its address will then be given here.",
  aboutReportAt: "Please report errors here: ",
  aboutReportWhat: "Please say: the address of the page; the figure or words that are wrong; what you believe is right; and a public source that shows it (publisher, title, date, address).",
  aboutHandlingHeading: "How corrections are handled",
  aboutHandling: "A published data release never changes. A checked correction goes into the next release and into that release's list of changes; older releases stay as they were, so anyone citing them still gets the same data. The site always shows the newest data.",
  aboutLogHeading: "Corrections and changes",
  aboutLogIntro: "The changes of each data release, newest first. A correction appears as one of them.",
  aboutLogNone: "No data release has been published yet.",
  aboutLogVersion: "Release {version} ({date})",
  footerAboutLink: "About and corrections",
  ratioPlain: "R compares how much of the way to the target has been covered with how much of the time has passed: R = 1 means progress keeps pace with time, below 1 means behind, below 0 means the figure is moving away from the target.",
};

const strings: Record<Locale, Record<Keys, string>> = { zh, en };

/** A citizen-feature string in a locale, with `{name}` placeholders filled. */
export function ct(locale: Locale, key: Keys, vars: Record<string, string | number> = {}): string {
  return strings[locale][key].replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}
