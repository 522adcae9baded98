/**
 * The verdict: the status engine's results for a plan's main targets, told in two or three plain
 * sentences a citizen can read at the top of the home page. Pure: every number is counted here from
 * the results, the plan row, the sources and the build date handed in; no year or count is typed.
 */
import type { Locale } from "../i18n/locales.ts";
import type { Plan, Source } from "../schema/tables.ts";
import type { Rule, StatusCode, StatusResult } from "./computeStatus.ts";
import { assumedBasis, judgedStatuses } from "./caveats.ts";
import { formatDate } from "../charts/dates.ts";

export interface VerdictRow {
  target: { target_year: number };
  status: Pick<StatusResult, "status"> & { working: Pick<StatusResult["working"], "rule" | "latest" | "caveats"> };
}

export interface VerdictInput {
  /** The build date, YYYY-MM-DD. */
  date: string;
  plan: Pick<Plan, "name_zh" | "name_en" | "period_start" | "period_end">;
  rows: readonly VerdictRow[];
  sources: readonly Pick<Source, "publisher" | "publisher_en" | "title" | "title_en" | "date">[];
}

/** Why a target cannot be judged, in the order the verdict names the reasons (most common kinds first). */
export const unknownReasons = ["target-not-published", "no-figure", "other-caliber", "lower-bound", "qualitative"] as const;
export type UnknownReason = (typeof unknownReasons)[number];

const reasonOfRule: Partial<Record<Rule, UnknownReason>> = {
  "national-assignment": "target-not-published",
  // A later document gives a number, but in another measure: the plan's own value is still unprinted.
  "later-target-measure": "target-not-published",
  "no-later-value": "no-figure",
  "no-baseline": "no-figure",
  "caliber-break": "other-caliber",
  "lower-bound-inconclusive": "lower-bound",
  qualitative: "qualitative",
};

/** Statuses judged on the target year's own value, and those read from an earlier year's value. */
const finalStatuses: Partial<Record<StatusCode, "met" | "notMet">> = { met: "met", "not-met": "notMet" };
const interimStatuses: Partial<Record<StatusCode, "ahead" | "behind">> = {
  achieved: "ahead",
  "on-track": "ahead",
  "at-risk": "behind",
  "off-track": "behind",
  "moving-away": "behind",
};

export interface VerdictFacts {
  date: string;
  plan: VerdictInput["plan"];
  ended: boolean;
  total: number;
  /** Targets with a comparable value for their target year. */
  withFinal: number;
  met: number;
  notMet: number;
  /** Judged on an earlier year's value: reached or on track, and behind. */
  ahead: number;
  behind: number;
  unknown: { reason: UnknownReason; count: number }[];
  /** Judged targets (met … behind) whose value has an assumed caliber or year. */
  assumed: number;
  newestSource: VerdictInput["sources"][number] | null;
}

export function verdictFacts(input: VerdictInput): VerdictFacts {
  const count = (pick: (r: VerdictRow) => boolean) => input.rows.filter(pick).length;
  const judged = (r: VerdictRow) => judgedStatuses.has(r.status.status);
  const reasons = input.rows.filter((r) => !judged(r)).map((r) => reasonOfRule[r.status.working.rule]);
  const missing = input.rows.filter((r) => !judged(r) && reasonOfRule[r.status.working.rule] === undefined);
  // A status the engine adds later must get a place in the verdict rather than vanish from its counts.
  if (missing.length > 0) throw new Error(`the verdict has no wording for status "${missing[0]!.status.status}" with rule "${missing[0]!.status.working.rule}"`);
  const dated = input.sources.filter((s) => s.date !== null);
  return {
    date: input.date,
    plan: input.plan,
    ended: input.plan.period_end < Number(input.date.slice(0, 4)),
    total: input.rows.length,
    withFinal: count((r) => r.status.working.latest?.year === r.target.target_year),
    met: count((r) => finalStatuses[r.status.status] === "met"),
    notMet: count((r) => finalStatuses[r.status.status] === "notMet"),
    ahead: count((r) => interimStatuses[r.status.status] === "ahead"),
    behind: count((r) => interimStatuses[r.status.status] === "behind"),
    unknown: unknownReasons.map((reason) => ({ reason, count: reasons.filter((x) => x === reason).length })).filter((u) => u.count > 0),
    assumed: count((r) => assumedBasis(r.status).length > 0),
    // Dates are YYYY, YYYY-MM or YYYY-MM-DD, so text order is date order; the first listed wins a tie.
    newestSource: dated.reduce<VerdictFacts["newestSource"]>((a, s) => (a === null || s.date! > a.date! ? s : a), null),
  };
}

const zhReason: Record<UnknownReason, string> = {
  "target-not-published": "规划未印出目标值（国家下达）",
  "no-figure": "未找到规划期内（{start}—{end}年）的可比官方数值",
  "other-caliber": "之后的数值统计口径不同，不能与目标比较",
  "lower-bound": "数值只是下限（“以上”），不足以判断",
  qualitative: "为定性目标",
};
const enReason: Record<UnknownReason, string> = {
  "target-not-published": "the plan did not print the target value (set by the national government)",
  "no-figure": "no comparable official figure for the plan period ({start}–{end}) has been found",
  "other-caliber": "the later figures are on another statistical caliber and cannot be compared with the target",
  "lower-bound": "the figure is only a lower bound (“以上”), which cannot settle it",
  qualitative: "the target is qualitative",
};

const fill = (text: string, facts: VerdictFacts) =>
  text.replace("{start}", String(facts.plan.period_start)).replace("{end}", String(facts.plan.period_end));

function zhSentences(f: VerdictFacts): string[] {
  const period = `${f.plan.period_start}—${f.plan.period_end}年`;
  const out = [`截至${formatDate(f.date, "zh")}，《${f.plan.name_zh}》的规划期（${period}）${f.ended ? "已经结束" : "尚未结束"}。`];
  if (f.total === 0) return [...out, "尚未录入该规划的主要目标。"];
  const finals = [f.met > 0 && `${f.met}项完成`, f.notMet > 0 && `${f.notMet}项未完成`].filter(Boolean);
  const targetYear = `目标年（${f.plan.period_end}年）的可比数值`;
  out.push(
    f.withFinal === 0
      ? `${f.total}项主要目标中，尚无一项找到${targetYear}。`
      : `${f.total}项主要目标中，${f.withFinal}项已找到${targetYear}${finals.length > 0 ? `：${finals.join("，")}` : ""}。`,
  );
  const interim = [f.ahead > 0 && `${f.ahead}项已达到目标或进展顺利`, f.behind > 0 && `${f.behind}项落后于进度`].filter(Boolean);
  if (interim.length > 0) out.push(`按${f.ended ? `${f.plan.period_end}年之前的` : ""}最新数值，${interim.join("，")}。`);
  if (f.assumed > 0) out.push(`以上判断中有${f.assumed}项依据的数值，其统计口径或年份是本站推定的。`);
  const unknown = f.unknown.reduce((n, u) => n + u.count, 0);
  if (unknown > 0) out.push(`${unknown}项无法判断：${f.unknown.map((u) => `${u.count}项${fill(zhReason[u.reason], f)}`).join("；")}。`);
  return out;
}

const nHave = (n: number) => `${n} ${n === 1 ? "has" : "have"}`;

function enSentences(f: VerdictFacts): string[] {
  const period = `${f.plan.period_start}–${f.plan.period_end}`;
  const out = [`As of ${formatDate(f.date, "en")}, the period of the ${f.plan.name_en} (${period}) ${f.ended ? "has ended" : "is still running"}.`];
  if (f.total === 0) return [...out, "Its main targets have not been entered yet."];
  const finals = [f.met > 0 && `${f.met} met`, f.notMet > 0 && `${f.notMet} not met`].filter(Boolean);
  const targetYear = `a comparable figure for the target year ${f.plan.period_end}`;
  out.push(
    f.withFinal === 0
      ? `Of its ${f.total} main targets, none has ${targetYear} yet.`
      : `Of its ${f.total} main targets, ${nHave(f.withFinal)} ${targetYear}${finals.length > 0 ? `: ${finals.join(", ")}` : ""}.`,
  );
  const interim = [f.ahead > 0 && `${f.ahead} had reached the target or ${f.ahead === 1 ? "was" : "were"} on track`, f.behind > 0 && `${f.behind} ${f.behind === 1 ? "was" : "were"} behind`].filter(Boolean);
  if (interim.length > 0) out.push(`On the latest figures${f.ended ? ` before ${f.plan.period_end}` : ""}, ${interim.join(" and ")}.`);
  if (f.assumed > 0) out.push(`${f.assumed} of these judgements ${f.assumed === 1 ? "rests" : "rest"} on a figure whose caliber or year this site assumed.`);
  const unknown = f.unknown.reduce((n, u) => n + u.count, 0);
  if (unknown > 0) out.push(`${unknown} cannot be judged: ${f.unknown.map((u) => `for ${u.count}, ${fill(enReason[u.reason], f)}`).join("; ")}.`);
  return out;
}

/** The verdict sentences in a locale. */
export function verdictSentences(facts: VerdictFacts, locale: Locale): string[] {
  return locale === "zh" ? zhSentences(facts) : enSentences(facts);
}

/** "Page updated …; newest source: …", or only the first half when no source is dated. */
export function updatedLine(facts: VerdictFacts, locale: Locale): string {
  const s = facts.newestSource;
  if (locale === "zh") {
    const updated = `本页更新于${formatDate(facts.date, "zh")}`;
    return s ? `${updated}；最新来源：${s.publisher}《${s.title}》（${formatDate(s.date!, "zh")}）。` : `${updated}。`;
  }
  const updated = `Page updated ${formatDate(facts.date, "en")}`;
  return s ? `${updated}; newest source: ${s.publisher_en}, “${s.title_en}” (${formatDate(s.date!, "en")}).` : `${updated}.`;
}
