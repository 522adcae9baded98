/** Names of the data's enumerations in both languages; typed so that a new value cannot go unnamed. */
import type { Locale } from "./locales.ts";
import type { domains, directions } from "../schema/indicators.ts";
import type { observationFlags } from "../schema/observations.ts";
import type { targetKinds } from "../schema/targets.ts";
import type { sourceAccess, sourceKinds } from "../schema/sources.ts";
import type { Rule, StatusCode } from "../status/computeStatus.ts";

type Term = Record<Locale, string>;
type Terms<K extends string> = Record<K, Term>;

export const statusTerms: Terms<StatusCode> = {
  met: { zh: "已完成", en: "Met" },
  "not-met": { zh: "未完成", en: "Not met" },
  achieved: { zh: "已达到", en: "Achieved" },
  "on-track": { zh: "进展顺利", en: "On track" },
  "at-risk": { zh: "存在风险", en: "At risk" },
  "off-track": { zh: "进展滞后", en: "Off track" },
  "moving-away": { zh: "背离目标", en: "Moving away" },
  "pending-assignment": { zh: "目标值未公开（国家下达）", en: "Target value not published (set by the national government)" },
  "insufficient-data": { zh: "数据不足", en: "Insufficient data" },
  "not-assessable": { zh: "无法量化评估", en: "Not assessable" },
};

/** A symbol beside every status word, so that status never rests on colour alone. */
export const statusSymbols: Record<StatusCode, string> = {
  met: "✔",
  "not-met": "✖",
  achieved: "✔",
  "on-track": "↗",
  "at-risk": "⚠",
  "off-track": "✖",
  "moving-away": "↘",
  "pending-assignment": "…",
  "insufficient-data": "?",
  "not-assessable": "–",
};

export const ruleTerms: Terms<Rule> = {
  "final-value": { zh: "目标年已有数值：按目标判定完成与否", en: "A value for the target year exists: met or not met" },
  "target-reached": { zh: "最新数值已达到目标", en: "The latest value already meets the target" },
  "progress-ratio": { zh: "进度比 R = 实际进度 ÷ 时间进度", en: "Progress ratio R = progress ÷ time elapsed" },
  regressed: { zh: "基期已达标，但最新数值不再达标", en: "The baseline met the target; the latest value no longer does" },
  "maintain-held": { zh: "“保持稳定”：每年都未低于基期", en: "“Keep stable”: every year held the baseline" },
  "maintain-broken": { zh: "“保持稳定”：有年份低于基期", en: "“Keep stable”: some year fell below the baseline" },
  "national-assignment": { zh: "国家下达指标：规划未印出目标值，只显示变化方向", en: "Assigned by the national government: the plan prints no value, so only the direction of change is shown" },
  "later-target-measure": {
    zh: "后续文件给出了目标值，但计量方式或单位与指标不同（如“万吨”减排量与减少比例），不能用来评估",
    en: "A later document gives a value, but in another measure or unit than the indicator's (e.g. tonnes removed vs a percentage cut), so it cannot be used to assess",
  },
  "no-baseline": { zh: "缺少基期值", en: "No baseline value" },
  "no-later-value": { zh: "基期之后尚无可比数值", en: "No comparable value after the baseline" },
  "caliber-break": { zh: "之后的数值属于不同统计口径，不能与目标比较", en: "Later values are on a different caliber and cannot be compared with the target" },
  "lower-bound-inconclusive": { zh: "数值为下限（“以上”），无法判断是否低于目标上限", en: "The value is a lower bound (“以上”), which cannot show that an upper limit is met" },
  qualitative: { zh: "定性目标", en: "Qualitative target" },
};

export const domainTerms: Terms<(typeof domains)[number]> = {
  "environmental-quality": { zh: "环境质量", en: "Environmental quality" },
  "pollution-reduction": { zh: "污染减排", en: "Pollution reduction" },
  "risk-control": { zh: "风险防控", en: "Risk control" },
  "ecological-protection": { zh: "生态保护", en: "Ecological protection" },
  "low-carbon": { zh: "低碳发展", en: "Low-carbon development" },
};

export const directionTerms: Terms<(typeof directions)[number]> = {
  higher: { zh: "越高越好", en: "Higher is better" },
  lower: { zh: "越低越好", en: "Lower is better" },
};

export const flagTerms: Terms<(typeof observationFlags)[number]> = {
  "lower-bound": { zh: "下限（“以上”）", en: "Lower bound (“以上”)" },
  estimated: { zh: "预计数", en: "Estimate (预计数)" },
  provisional: { zh: "初步数", en: "Provisional" },
  "caliber-assumed": { zh: "口径未注明（推定）", en: "Caliber not stated (assumed)" },
  "year-inferred": { zh: "年份未注明（推断）", en: "Year not stated (inferred)" },
};

export const targetKindTerms: Terms<(typeof targetKinds)[number]> = {
  "at-least": { zh: "不低于", en: "at least" },
  "at-most": { zh: "不高于", en: "at most" },
  zero: { zh: "消除（降至0）", en: "eliminate (zero)" },
  "cumulative-change": { zh: "五年累计", en: "five-year cumulative" },
  maintain: { zh: "保持稳定", en: "keep stable" },
  count: { zh: "累计达到", en: "reach a count of" },
  "national-assignment": { zh: "国家下达指标", en: "assigned by the national government" },
  qualitative: { zh: "定性目标", en: "qualitative" },
};

export const accessTerms: Terms<(typeof sourceAccess)[number]> = {
  original: { zh: "原发布页", en: "original publication" },
  reprint: { zh: "转载页", en: "reprint" },
};

export const sourceKindTerms: Terms<(typeof sourceKinds)[number]> = {
  plan: { zh: "规划文件", en: "Plan document" },
  "environment-bulletin": { zh: "生态环境状况公报", en: "Environment bulletin" },
  "statistics-bulletin": { zh: "统计公报", en: "Statistics bulletin" },
  "water-resources-bulletin": { zh: "水资源公报", en: "Water resources bulletin" },
  "government-notice": { zh: "政府公告", en: "Government notice" },
  media: { zh: "媒体报道", en: "Media report" },
};

export const changeTerms: Terms<"improving" | "worsening" | "unchanged"> = {
  improving: { zh: "改善", en: "improving" },
  worsening: { zh: "恶化", en: "worsening" },
  unchanged: { zh: "持平", en: "unchanged" },
};
