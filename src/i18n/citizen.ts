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
  footerAbout: "关于本站与更正",
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
  footerAbout: "About and corrections",
  ratioPlain: "R compares how much of the way to the target has been covered with how much of the time has passed: R = 1 means progress keeps pace with time, below 1 means behind, below 0 means the figure is moving away from the target.",
};

const strings: Record<Locale, Record<Keys, string>> = { zh, en };

/** A citizen-feature string in a locale, with `{name}` placeholders filled. */
export function ct(locale: Locale, key: Keys, vars: Record<string, string | number> = {}): string {
  return strings[locale][key].replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}
