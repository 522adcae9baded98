/** UI strings of the citizen features (verdict, caveats, glossary, about, phone reading), both languages typed together. */
import type { Locale } from "./locales.ts";

const zh = {
  verdictHeading: "规划完成了吗？",
  verdictHow: "以上句子由数据和本站的评估方法自动生成。",
  caveatIntro: "此判断依据的数值：",
} as const;

type Keys = keyof typeof zh;
const en: Record<Keys, string> = {
  verdictHeading: "Did the plan meet its targets?",
  verdictHow: "These sentences are generated from the data by the site's assessment method.",
  caveatIntro: "This status rests on a figure marked: ",
};

const strings: Record<Locale, Record<Keys, string>> = { zh, en };

/** A citizen-feature string in a locale, with `{name}` placeholders filled. */
export function ct(locale: Locale, key: Keys, vars: Record<string, string | number> = {}): string {
  return strings[locale][key].replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}
