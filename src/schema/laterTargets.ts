import { z } from "zod";
import { defineTable } from "./table.ts";
import { decimalText, integer, number, oneOf, optionalText, ref, text } from "./field.ts";
import { measures } from "./indicators.ts";
import { targetKinds } from "./targets.ts";

/**
 * `sets-value`: the plan prints 国家下达指标 and a later official document gives the number;
 * `confirms`: a later document repeats a target the plan already prints (shown, never used instead).
 */
export const laterTargetRoles = ["sets-value", "confirms"] as const;
/**
 * Whether the later document's figure is known to be the national government's assignment that the plan
 * refers to: `confirmed`, `not-confirmed` (then the notes say why), or `not-applicable` for `confirms` rows.
 */
export const nationalLinks = ["confirmed", "not-confirmed", "not-applicable"] as const;
/** Kinds a later document's value can have: a number to compare with (never 国家下达 or qualitative). */
export const laterTargetKinds = targetKinds.filter(
  (k): k is Exclude<(typeof targetKinds)[number], "national-assignment" | "qualitative" | "maintain"> =>
    k !== "national-assignment" && k !== "qualitative" && k !== "maintain",
);

export const laterTargetsTable = defineTable({
  name: "later_targets",
  file: "later_targets.csv",
  zh: "后续文件目标值：规划之后的官方文件为规划目标给出的数值（规划原文不变，见 targets）",
  en: "Targets from later documents: values that official documents issued after the plan give for its targets (the plan's own wording stays in targets)",
  primaryKey: ["target_id", "source_id"],
  schema: z.object({
    target_id: ref("targets", { zh: "规划目标", en: "The plan's target" }),
    source_id: ref("sources", { zh: "给出该数值的后续文件（来源）", en: "The later document that gives the value (source)" }),
    role: oneOf(laterTargetRoles, {
      zh: "作用：为规划印作“国家下达指标”的目标给出数值（sets-value），或印证规划已印的目标（confirms）",
      en: "Role: gives a number where the plan prints “国家下达指标” (sets-value), or repeats a target the plan prints (confirms)",
    }),
    target_year: integer({ zh: "目标年（须与规划目标相同）", en: "Target year (must equal the plan target's)" }),
    target_kind: oneOf(laterTargetKinds, { zh: "目标类型（按后续文件的写法）", en: "Kind of target, as the later document words it" }),
    target_value: number({ zh: "目标值", en: "Target value" }),
    target_value_text: decimalText({ zh: "目标值原文（按文件所印，保留末尾的0，如 5.50）", en: "Target value exactly as printed, trailing zeros kept (e.g. 5.50)" }),
    unit: text({ zh: "单位（按后续文件）", en: "Unit, as in the later document" }),
    measure: oneOf(measures, {
      zh: "量的类型（按后续文件）；与指标的量的类型和单位都相同时，状态评估才使用该数值",
      en: "Kind of quantity in the later document; the status engine uses the value only where this and the unit equal the indicator's",
    }),
    quote_zh: text({ zh: "后续文件原文语句（逐字）", en: "The later document's sentence, verbatim" }),
    summary_zh: text({ zh: "目标摘要（中文，如“2025年比2020年下降14.5%”）", en: "Short statement of the target (Chinese)" }),
    summary_en: text({ zh: "目标摘要（英文）", en: "Short statement of the target (English)" }),
    national_link: oneOf(nationalLinks, {
      zh: "该数值是否已证实即规划所称的国家下达值：confirmed、not-confirmed（须在备注中说明）或 not-applicable（confirms 行）",
      en: "Whether the value is known to be the national assignment the plan refers to: confirmed, not-confirmed (the link notes must say why) or not-applicable (confirms rows)",
    }),
    link_note_zh: optionalText({ zh: "与国家下达值关系的说明", en: "Note on the link to the national assignment (Chinese)" }),
    link_note_en: optionalText({ zh: "与国家下达值关系的说明（英文）", en: "Note on the link to the national assignment (English)" }),
    note_zh: optionalText({ zh: "备注", en: "Note (Chinese)" }),
    note_en: optionalText({ zh: "备注（英文）", en: "Note (English)" }),
  }),
});

export type LaterTarget = z.output<typeof laterTargetsTable.schema>;
