/**
 * The status engine: for one target, from the observations of its indicator, a status together with
 * the working that produced it. Pure: no I/O. The method is documented in ./METHOD.md and on the
 * site's methodology page; the cut-offs are those used by Open SDG so that results compare.
 */
import type { Indicator, LaterTarget, Observation, Target } from "../schema/tables.ts";

export const statusCodes = [
  "met",
  "not-met",
  "achieved",
  "on-track",
  "at-risk",
  "off-track",
  "moving-away",
  "pending-assignment",
  "insufficient-data",
  "not-assessable",
] as const;
export type StatusCode = (typeof statusCodes)[number];

export type Rule =
  | "final-value" // an observation for the target year exists: met or not met
  | "target-reached" // the latest value already meets the target
  | "progress-ratio" // R = covered share ÷ elapsed share
  | "regressed" // the baseline met the target but the latest value no longer does
  | "maintain-held"
  | "maintain-broken"
  | "national-assignment" // 国家下达指标: direction of change only
  | "later-target-measure" // a later document gives a value, but in another measure or unit than the indicator's
  | "no-baseline"
  | "no-later-value"
  | "caliber-break" // later values exist, but only on another caliber
  | "lower-bound-inconclusive" // "X以上" cannot show that an at-most target is met
  | "qualitative";

export const CUTOFFS = { onTrack: 0.95, atRisk: 0.6, offTrack: 0 } as const;

export interface Point {
  year: number;
  value: number;
  flags: readonly string[];
  sourceId: string;
}

export interface Working {
  rule: Rule;
  seriesId: string;
  baseline: { year: number; value: number } | null;
  latest: Point | null;
  target: { year: number; kind: Target["target_kind"]; value: number | null };
  /**
   * The later document that gives a value where the plan prints 国家下达指标 (see later_targets), and
   * whether its measure and unit are the indicator's: only then is its value the `target` above.
   */
  later: { sourceId: string; value: number; unit: string; measure: LaterTarget["measure"]; used: boolean } | null;
  /** Share of the period elapsed at the latest value's year. */
  expectedShare: number | null;
  /** Share of the straight baseline → target path covered by the latest value. */
  coveredShare: number | null;
  /** coveredShare ÷ expectedShare, rounded to 6 decimals. */
  ratio: number | null;
  /** For maintain targets: the first year that did not hold. */
  brokenYear: number | null;
  /** Change from baseline to latest, judged by the indicator's direction. */
  change: "improving" | "worsening" | "unchanged" | null;
  /** Flags of the points used (lower bound, inferred year, assumed caliber, estimate). */
  caveats: string[];
  /** Series of this indicator that have later values but cannot be compared with the target's. */
  otherSeries: string[];
  dataVersion: string;
}

export interface StatusResult {
  targetId: string;
  status: StatusCode;
  working: Working;
}

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

export function classifyRatio(ratio: number): StatusCode {
  if (ratio >= CUTOFFS.onTrack) return "on-track";
  if (ratio >= CUTOFFS.atRisk) return "at-risk";
  if (ratio >= CUTOFFS.offTrack) return "off-track";
  return "moving-away";
}

function meets(kind: Target["target_kind"], value: number, target: number): boolean {
  switch (kind) {
    case "at-most":
      return value <= target;
    case "zero":
      return value === 0;
    default:
      return value >= target;
  }
}

function changeOf(direction: Indicator["direction"], from: number, to: number): Working["change"] {
  if (to === from) return "unchanged";
  return (to > from) === (direction === "higher") ? "improving" : "worsening";
}

/**
 * The target as assessed: the plan's own, or, where the plan prints 国家下达指标, the value a later
 * document gives when that value is in the indicator's measure and unit (a 万吨 reduction cannot be
 * compared with a percentage cut). A later value in another measure is reported but not used.
 */
function effectiveTarget(target: Target, indicator: Indicator, laterTargets: readonly LaterTarget[]) {
  const setter = target.target_kind === "national-assignment"
    ? laterTargets.find((l) => l.target_id === target.id && l.role === "sets-value" && l.target_year === target.target_year)
    : undefined;
  if (!setter) return { kind: target.target_kind, value: target.target_value, later: null };
  const used = setter.measure === indicator.measure && setter.unit === indicator.unit;
  const later = { sourceId: setter.source_id, value: setter.target_value, unit: setter.unit, measure: setter.measure, used };
  return used ? { kind: setter.target_kind, value: setter.target_value, later } : { kind: target.target_kind, value: target.target_value, later };
}

/**
 * @param observations every observation of the target's indicator; only the province's values on the
 *   target's series are compared, other series are reported as caliber breaks.
 * @param laterTargets values later documents give for targets (any target's; only this target's are read).
 */
export function computeStatus(
  target: Target,
  indicator: Indicator,
  observations: readonly Observation[],
  dataVersion: string,
  laterTargets: readonly LaterTarget[] = [],
): StatusResult {
  const effective = effectiveTarget(target, indicator, laterTargets);
  const kind = effective.kind;
  const inPeriod = (o: Observation) => o.place_id === "zhejiang" && o.year > target.baseline_year && o.year <= target.target_year;
  const points: Point[] = observations
    .filter((o) => o.series_id === target.series_id && o.place_id === "zhejiang")
    .sort((a, b) => a.year - b.year)
    .map((o) => ({ year: o.year, value: o.value, flags: o.flags, sourceId: o.source_id }));
  const later = points.filter((p) => p.year > target.baseline_year && p.year <= target.target_year);
  const latest = later.at(-1) ?? null;
  const cumulative = kind === "cumulative-change";
  const observedBaseline = points.find((p) => p.year === target.baseline_year);
  const baselineValue = cumulative ? 0 : (target.baseline_value ?? observedBaseline?.value ?? null);
  const baseline = baselineValue === null ? null : { year: target.baseline_year, value: baselineValue };

  const working: Working = {
    rule: "no-later-value",
    seriesId: target.series_id,
    baseline,
    latest,
    target: { year: target.target_year, kind, value: kind === "zero" ? 0 : effective.value },
    later: effective.later,
    expectedShare: null,
    coveredShare: null,
    ratio: null,
    brokenYear: null,
    change: baseline && latest ? changeOf(indicator.direction, baseline.value, latest.value) : null,
    caveats: [...new Set([...(observedBaseline && !cumulative ? observedBaseline.flags : []), ...(latest?.flags ?? [])])].sort(),
    otherSeries: [...new Set(observations.filter((o) => o.series_id !== target.series_id && inPeriod(o)).map((o) => o.series_id))].sort(),
    dataVersion,
  };
  const result = (status: StatusCode, rule: Rule): StatusResult => ({
    targetId: target.id,
    status,
    working: { ...working, rule },
  });

  if (kind === "qualitative") return result("not-assessable", "qualitative");
  if (effective.later && !effective.later.used) return result("not-assessable", "later-target-measure");
  if (kind === "national-assignment") return result("pending-assignment", "national-assignment");
  if (!latest) return result("insufficient-data", working.otherSeries.length > 0 ? "caliber-break" : "no-later-value");
  const final = latest.year === target.target_year;
  if (kind === "maintain") {
    if (!baseline) return result("insufficient-data", "no-baseline");
    const broken = later.find((p) => changeOf(indicator.direction, baseline.value, p.value) === "worsening");
    working.brokenYear = broken?.year ?? null;
    if (final) return result(broken ? "not-met" : "met", "final-value");
    return broken ? result("off-track", "maintain-broken") : result("achieved", "maintain-held");
  }

  const goal = working.target.value;
  if (goal === null) return result("not-assessable", "qualitative");
  const latestMeets = meets(kind, latest.value, goal);
  const upperLimited = kind === "at-most" || kind === "zero";
  if (latestMeets && upperLimited && latest.flags.includes("lower-bound")) {
    return result("insufficient-data", "lower-bound-inconclusive");
  }
  // A final value, or one that already meets the goal, is judged against the target alone.
  if (final) return result(latestMeets ? "met" : "not-met", "final-value");
  if (latestMeets) return result("achieved", "target-reached");
  if (!baseline) return result("insufficient-data", "no-baseline");
  if (meets(kind, baseline.value, goal)) return result("moving-away", "regressed");

  // Neither the baseline nor the latest value meets the goal, so goal ≠ baseline: no division by zero.
  working.coveredShare = round6((latest.value - baseline.value) / (goal - baseline.value));
  working.expectedShare = round6((latest.year - baseline.year) / (target.target_year - baseline.year));
  working.ratio = round6(working.coveredShare / working.expectedShare);
  return result(classifyRatio(working.ratio), "progress-ratio");
}
