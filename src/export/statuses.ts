/**
 * The `statuses` table: the engine's verdict on every target with its working flattened into columns.
 * It is computed, not collected, but it is described like the collected tables: a Zod schema built from
 * the same field builders, so that its documentation lands in `fieldDocs` and its CSV can be read back
 * through the schema.
 */
import { z } from "zod";
import { defineTable } from "../schema/table.ts";
import { enumList, fieldDocs, integer, oneOf, optionalInteger, optionalNumber, optionalRef, ref, refList, text } from "../schema/field.ts";
import { observationFlags } from "../schema/observations.ts";
import { targetKinds } from "../schema/targets.ts";
import { statusCodes, type Rule } from "../status/computeStatus.ts";
import { changeTerms, ruleTerms, statusTerms } from "../i18n/terms.ts";
import type { Target } from "../schema/tables.ts";
import type { StatusResult } from "../status/computeStatus.ts";

/** Every rule the engine can apply (the keys of ruleTerms, which the compiler keeps complete). */
export const rules = Object.keys(ruleTerms) as [Rule, ...Rule[]];
export const changes = Object.keys(changeTerms) as [keyof typeof changeTerms, ...(keyof typeof changeTerms)[]];

/** An optional enumeration (empty cell = null), documented like the builders in src/schema/field.ts. */
function optionalOneOf<const V extends readonly string[]>(values: V, d: { zh: string; en: string }) {
  const schema = z.string().transform((raw, ctx): V[number] | null => {
    if (raw === "") return null;
    if ((values as readonly string[]).includes(raw)) return raw as V[number];
    ctx.addIssue({ code: "custom", message: `must be one of: ${values.join(", ")}`, params: { rule: "enum" } });
    return z.NEVER;
  });
  fieldDocs.add(schema, { type: "string", required: false, values, ...d });
  return schema;
}

export const statusesTable = defineTable({
  name: "statuses",
  file: "statuses.csv",
  zh: "状态：本站状态引擎对每个目标的评估及计算过程（由其他表计算生成，方法见网站“评估方法”页）",
  en: "Statuses: this project's assessment of every target and the engine's working (computed from the other tables; method on the site's Method page)",
  primaryKey: ["target_id"],
  schema: z.object({
    target_id: ref("targets", { zh: "目标", en: "Target" }),
    plan_id: ref("plans", { zh: "规划", en: "Plan" }),
    indicator_id: ref("indicators", { zh: "指标", en: "Indicator" }),
    status: oneOf(statusCodes, { zh: "状态", en: "Status" }),
    status_zh: text({ zh: "状态（中文名称）", en: "Status (Chinese name)" }),
    status_en: text({ zh: "状态（英文名称）", en: "Status (English name)" }),
    rule: oneOf(rules, { zh: "适用的判定规则", en: "Rule the engine applied" }),
    series_id: ref("series", { zh: "比较所用序列（口径）", en: "Series (caliber) compared" }),
    baseline_year: optionalInteger({ zh: "基期年", en: "Baseline year" }),
    baseline_value: optionalNumber({ zh: "基期值（累计型目标为0）", en: "Baseline value (0 for cumulative targets)" }),
    latest_year: optionalInteger({ zh: "最新可比数值的年份", en: "Year of the latest comparable value" }),
    latest_value: optionalNumber({ zh: "最新可比数值", en: "Latest comparable value" }),
    latest_source_id: optionalRef("sources", { zh: "最新可比数值的来源", en: "Source of the latest comparable value" }),
    latest_flags: enumList(observationFlags, { zh: "最新可比数值的标记（以;分隔）", en: "Flags of the latest comparable value (separated by ;)" }),
    target_year: integer({ zh: "目标年", en: "Target year" }),
    target_kind: oneOf(targetKinds, { zh: "目标类型", en: "Kind of target" }),
    target_value: optionalNumber({ zh: "目标值（“零”目标为0）", en: "Target value (0 for zero targets)" }),
    later_source_id: optionalRef("sources", {
      zh: "规划印作“国家下达指标”时给出目标值的后续文件（见 later_targets）；规则为 later-target-measure 时该值因计量方式不同未被使用",
      en: "Later document giving the value where the plan prints “国家下达指标” (see later_targets); with rule later-target-measure the value was not used (another measure)",
    }),
    expected_share: optionalNumber({ zh: "时间进度：已过期间占比（保留6位小数）", en: "Share of the period elapsed (6 decimals)" }),
    covered_share: optionalNumber({ zh: "实际进度：基期到目标路径的完成占比（保留6位小数）", en: "Share of the baseline-to-target path covered (6 decimals)" }),
    ratio: optionalNumber({ zh: "进度比 R = 实际进度 ÷ 时间进度（保留6位小数）", en: "Progress ratio R = covered share ÷ elapsed share (6 decimals)" }),
    broken_year: optionalInteger({ zh: "“保持稳定”目标首次未保持的年份", en: "For keep-stable targets: first year that did not hold" }),
    change: optionalOneOf(changes, { zh: "基期到最新数值的变化（按指标方向判断）", en: "Change from baseline to latest value, judged by the indicator's direction" }),
    caveats: enumList(observationFlags, { zh: "所用数值的注意事项（以;分隔）", en: "Caveats of the values used (separated by ;)" }),
    other_series_ids: refList("series", { zh: "有更新数值但不可比较的其他序列（以;分隔）", en: "Other series with later values that cannot be compared (separated by ;)" }),
    data_version: text({ zh: "计算所用的数据版本", en: "Data version the status was computed on" }),
  }),
});

export type StatusRecord = z.output<typeof statusesTable.schema>;

/** One row of `statuses`: the target's identity and the engine's result, column by column. */
export function statusRecord(target: Target, result: StatusResult): StatusRecord {
  const w = result.working;
  return {
    target_id: target.id,
    plan_id: target.plan_id,
    indicator_id: target.indicator_id,
    status: result.status,
    status_zh: statusTerms[result.status].zh,
    status_en: statusTerms[result.status].en,
    rule: w.rule,
    series_id: w.seriesId,
    baseline_year: w.baseline?.year ?? null,
    baseline_value: w.baseline?.value ?? null,
    latest_year: w.latest?.year ?? null,
    latest_value: w.latest?.value ?? null,
    latest_source_id: w.latest?.sourceId ?? null,
    latest_flags: [...(w.latest?.flags ?? [])] as StatusRecord["latest_flags"],
    target_year: w.target.year,
    target_kind: w.target.kind,
    target_value: w.target.value,
    later_source_id: w.later?.sourceId ?? null,
    expected_share: w.expectedShare,
    covered_share: w.coveredShare,
    ratio: w.ratio,
    broken_year: w.brokenYear,
    change: w.change,
    caveats: [...w.caveats] as StatusRecord["caveats"],
    other_series_ids: [...w.otherSeries],
    data_version: w.dataVersion,
  };
}
