/**
 * One case per rule and edge of the status engine. Expected statuses and ratios are worked out by hand
 * from the method (src/status/METHOD.md), not produced by the engine.
 */
import { describe, expect, it } from "vitest";
import { computeStatus, classifyRatio } from "../../src/status/computeStatus.ts";
import type { Indicator, LaterTarget, Observation, Target } from "../../src/schema/tables.ts";

const indicator = (direction: "higher" | "lower"): Indicator => ({
  id: "x",
  name_zh: "x",
  name_en: "x",
  unit: "%",
  measure: "share",
  direction,
  domain: "environmental-quality",
  caliber_note_zh: null,
  caliber_note_en: null,
  expected_publication_zh: null,
  expected_publication_en: null,
});

const target = (over: Partial<Target>): Target => ({
  id: "t",
  plan_id: "fyp14",
  indicator_id: "x",
  source_table: "table-2",
  row_number: 1,
  sub_label_zh: null,
  sub_label_en: null,
  label_zh: "x",
  binding: "binding",
  category_zh: "环境质量",
  baseline_year: 2020,
  baseline_value: 50,
  baseline_text: "50",
  target_year: 2025,
  target_kind: "at-least",
  target_value: 60,
  target_text: "60",
  quote_zh: null,
  paragraph_id: null,
  result_year: null,
  result_value: null,
  result_text: null,
  completion_zh: null,
  estimated: false,
  caliber_changed: false,
  series_id: "x--main",
  note_zh: null,
  note_en: null,
  ...over,
});

const obs = (year: number, value: number, over: Partial<Observation> = {}): Observation => ({
  indicator_id: "x",
  place_id: "zhejiang",
  year,
  value,
  value_text: String(value),
  unit: "%",
  series_id: "x--main",
  source_id: "s",
  corroborating_source_ids: [],
  flags: [],
  note: null,
  note_zh: null,
  ...over,
});

const run = (t: Partial<Target>, o: Observation[], direction: "higher" | "lower" = "higher") =>
  computeStatus(target(t), indicator(direction), o, "test");

describe("progress ratio R = covered share ÷ elapsed share", () => {
  // Baseline 50 (2020) → target 60 (2025). In 2022, 40 % of the period has elapsed.
  it("R exactly 0.95 is on track (cut-off inclusive)", () => {
    // 0.95 × 0.4 = 0.38 of the path: 50 + 3.8 = 53.8
    const r = run({}, [obs(2022, 53.8)]);
    expect(r.working).toMatchObject({ rule: "progress-ratio", expectedShare: 0.4, coveredShare: 0.38, ratio: 0.95 });
    expect(r.status).toBe("on-track");
  });
  it("R just below 0.95 is at risk", () => {
    expect(run({}, [obs(2022, 53.79)]).status).toBe("at-risk"); // R = 0.3790 / 0.4 = 0.9475
  });
  it("R exactly 0.60 is at risk, below it off track", () => {
    expect(run({}, [obs(2022, 52.4)]).working.ratio).toBe(0.6); // 2.4 / 10 = 0.24; 0.24 / 0.4 = 0.6
    expect(run({}, [obs(2022, 52.4)]).status).toBe("at-risk");
    expect(run({}, [obs(2022, 52.3)]).status).toBe("off-track");
  });
  it("no change is off track (R = 0); a move away from the target is moving away", () => {
    expect(run({}, [obs(2022, 50)]).status).toBe("off-track");
    expect(run({}, [obs(2022, 49)]).status).toBe("moving-away");
  });
  it("works the same for lower-is-better at-most targets", () => {
    // 25 → 20 by 2025; 2021 (20 % elapsed) at 24: covered 1/5 = 0.2, R = 1
    const r = run({ baseline_value: 25, target_kind: "at-most", target_value: 20 }, [obs(2021, 24)], "lower");
    expect(r.working.ratio).toBe(1);
    expect(r.status).toBe("on-track");
    expect(r.working.change).toBe("improving");
  });
  it("uses the latest value within the period, not later ones", () => {
    const r = run({ target_year: 2022 }, [obs(2021, 55), obs(2023, 40)]);
    expect(r.working.latest?.year).toBe(2021);
  });
  it("classifies the cut-offs as Open SDG does", () => {
    expect([0.95, 0.9499, 0.6, 0.5999, 0, -0.0001].map(classifyRatio)).toEqual([
      "on-track", "at-risk", "at-risk", "off-track", "off-track", "moving-away",
    ]);
  });
});

describe("achieved, met and not met", () => {
  it("a latest value meeting the target before the target year is achieved", () => {
    expect(run({}, [obs(2023, 60)])).toMatchObject({ status: "achieved", working: { rule: "target-reached" } });
  });
  it("a value for the target year is final: met or not met", () => {
    expect(run({}, [obs(2025, 61)]).status).toBe("met");
    expect(run({}, [obs(2025, 59.9)]).status).toBe("not-met");
  });
  it("a baseline that met the target and a latest value that does not is moving away", () => {
    expect(run({ baseline_value: 61.2, target_value: 61.5 }, [obs(2021, 61.17)]).status).toBe("moving-away");
    expect(run({ baseline_value: 62, target_value: 61.5 }, [obs(2021, 61.17)]).working.rule).toBe("regressed");
  });
});

describe("zero targets", () => {
  it("0 is achieved; progress towards 0 is measured without dividing by zero", () => {
    expect(run({ baseline_value: 0.7, target_kind: "zero", target_value: 0 }, [obs(2023, 0)], "lower").status).toBe("achieved");
    // 0.7 → 0.35 in 2022: covered 0.5, elapsed 0.4, R = 1.25
    const r = run({ baseline_value: 0.7, target_kind: "zero", target_value: null }, [obs(2022, 0.35)], "lower");
    expect(r.working).toMatchObject({ coveredShare: 0.5, ratio: 1.25 });
    expect(r.status).toBe("on-track");
  });
  it("a zero baseline that rises again is moving away, not a division by zero", () => {
    const r = run({ baseline_value: 0, target_kind: "zero", target_value: 0 }, [obs(2022, 0.3)], "lower");
    expect(r.status).toBe("moving-away");
    expect(r.working.ratio).toBeNull();
  });
});

describe("cumulative-change targets (〔〕 five-year cumulative values)", () => {
  it("compares the cumulative value with the target from an implicit zero at the baseline", () => {
    const t = { baseline_value: null, target_kind: "cumulative-change" as const, target_value: 10 };
    expect(run(t, [obs(2025, 12.5)]).status).toBe("met");
    // 3 % of 10 % in 2022: covered 0.3, elapsed 0.4, R = 0.75
    expect(run(t, [obs(2022, 3)]).working).toMatchObject({ coveredShare: 0.3, ratio: 0.75, baseline: { value: 0 } });
  });
});

describe("maintain targets", () => {
  const t = { target_kind: "maintain" as const, target_value: null, baseline_value: 13.2 };
  it("are achieved while every year holds", () => {
    expect(run(t, [obs(2021, 14), obs(2022, 13.2)]).status).toBe("achieved");
  });
  it("are off track when one year is broken, even if the latest holds again", () => {
    const r = run(t, [obs(2021, 14), obs(2022, 13.1), obs(2023, 20)]);
    expect(r).toMatchObject({ status: "off-track", working: { rule: "maintain-broken", brokenYear: 2022 } });
  });
  it("are not met at the target year if any year broke", () => {
    expect(run(t, [obs(2022, 13.1), obs(2025, 20)]).status).toBe("not-met");
  });
});

describe("targets that cannot be scored", () => {
  it("a national-assignment target shows only the direction of change", () => {
    const r = run({ target_kind: "national-assignment", target_value: null, baseline_value: 25 }, [obs(2022, 24)], "lower");
    expect(r).toMatchObject({ status: "pending-assignment", working: { change: "improving", ratio: null } });
  });
  it("qualitative targets are not assessable", () => {
    expect(run({ target_kind: "qualitative", target_value: null }, [obs(2022, 55)]).status).toBe("not-assessable");
  });
  it("no data is insufficient data", () => {
    expect(run({}, [])).toMatchObject({ status: "insufficient-data", working: { rule: "no-later-value" } });
  });
  it("no baseline (printed — and not observed) is insufficient data", () => {
    expect(run({ baseline_value: null }, [obs(2022, 55)])).toMatchObject({ status: "insufficient-data", working: { rule: "no-baseline" } });
  });
  it("without a baseline, a final value is still met or not met, and an early one can be achieved", () => {
    expect(run({ baseline_value: null }, [obs(2025, 61)]).status).toBe("met");
    expect(run({ baseline_value: null }, [obs(2025, 59)]).status).toBe("not-met");
    expect(run({ baseline_value: null }, [obs(2022, 60)]).status).toBe("achieved");
  });
  it("a maintain target without a baseline is insufficient data", () => {
    expect(run({ target_kind: "maintain", target_value: null, baseline_value: null }, [obs(2025, 61)]).status).toBe("insufficient-data");
  });
  it("an observed baseline stands in for one the plan does not print", () => {
    expect(run({ baseline_value: null }, [obs(2020, 50), obs(2022, 53.8)]).status).toBe("on-track");
  });
  it("a caliber break: later values on another series are not compared, and are named", () => {
    const r = run({}, [obs(2022, 97.6, { series_id: "x--old" })]);
    expect(r).toMatchObject({ status: "insufficient-data", working: { rule: "caliber-break", otherSeries: ["x--old"] } });
  });
  it("city values never count for the province's target", () => {
    expect(run({}, [obs(2022, 59, { place_id: "ningbo" })]).status).toBe("insufficient-data");
  });
});

describe("flags travel with the status", () => {
  it("a lower bound that meets an at-least target is achieved, with the caveat", () => {
    const r = run({ target_value: 95 }, [obs(2022, 96, { flags: ["lower-bound"] })]);
    expect(r).toMatchObject({ status: "achieved", working: { caveats: ["lower-bound"] } });
  });
  it("a lower bound cannot show that an at-most target is met", () => {
    const r = run({ target_kind: "at-most", baseline_value: 40, target_value: 35 }, [obs(2022, 30, { flags: ["lower-bound"] })], "lower");
    expect(r).toMatchObject({ status: "insufficient-data", working: { rule: "lower-bound-inconclusive" } });
  });
  it("inferred years and assumed calibers are reported", () => {
    const r = run({}, [obs(2022, 55, { flags: ["year-inferred", "caliber-assumed"] })]);
    expect(r.working.caveats).toEqual(["caliber-assumed", "year-inferred"]);
    expect(r.working.dataVersion).toBe("test");
  });
});

describe("targets set by a later document (later_targets)", () => {
  // Like the plan's 单位GDP能源消耗降低 (Table 2 row 16): 国家下达指标 in the plan, a five-year cumulative
  // reduction in %; 浙政发〔2022〕21号 later says −14.5 % in 2025 against 2020.
  const changeIndicator: Indicator = { ...indicator("higher"), measure: "change" };
  const assigned = target({ target_kind: "national-assignment", target_value: null, baseline_value: null, baseline_text: "—" });
  const later = (over: Partial<LaterTarget> = {}): LaterTarget => ({
    target_id: "t",
    source_id: "later-doc",
    role: "sets-value",
    target_year: 2025,
    target_kind: "cumulative-change",
    target_value: 14.5,
    target_value_text: "14.5",
    unit: "%",
    measure: "change",
    quote_zh: "x",
    summary_zh: "x",
    summary_en: "x",
    national_link: "not-confirmed",
    link_note_zh: "x",
    link_note_en: "x",
    note_zh: null,
    note_en: null,
    ...over,
  });
  const runLater = (o: Observation[], rows: LaterTarget[], t: Target = assigned) => computeStatus(t, changeIndicator, o, "test", rows);

  it("uses the later value when measure and unit match: 8.7 of 14.5 in 2023 is on track", () => {
    // Cumulative: baseline 0. Covered 8.7 ÷ 14.5 = 0.6; elapsed (2023 − 2020) ÷ 5 = 0.6; R = 1.
    const r = runLater([obs(2023, 8.7)], [later()]);
    expect(r.working.target).toEqual({ year: 2025, kind: "cumulative-change", value: 14.5 });
    expect(r.working.later).toEqual({ sourceId: "later-doc", value: 14.5, unit: "%", measure: "change", used: true });
    expect(r.working).toMatchObject({ rule: "progress-ratio", coveredShare: 0.6, expectedShare: 0.6, ratio: 1 });
    expect(r.status).toBe("on-track");
  });
  it("judges a 2025 value against the later value: 14.2 < 14.5 is not met", () => {
    const r = runLater([obs(2025, 14.2)], [later()]);
    expect(r.status).toBe("not-met");
    expect(r.working.rule).toBe("final-value");
  });
  it("with the later value but no observation, the data are insufficient (no longer pending)", () => {
    const r = runLater([], [later()]);
    expect(r.status).toBe("insufficient-data");
    expect(r.working.rule).toBe("no-later-value");
  });
  it("does not use a value in another measure (万吨 of key-project reductions vs a % cut): not assessable, reason shown", () => {
    // Like 氮氧化物 重点工程减排量 5.50 万吨 against the plan's 主要污染物排放量减少(%).
    const r = runLater([obs(2023, 8.7)], [later({ target_kind: "at-least", target_value: 5.5, target_value_text: "5.50", unit: "万吨", measure: "quantity" })]);
    expect(r.status).toBe("not-assessable");
    expect(r.working.rule).toBe("later-target-measure");
    expect(r.working.target).toEqual({ year: 2025, kind: "national-assignment", value: null });
    expect(r.working.later).toEqual({ sourceId: "later-doc", value: 5.5, unit: "万吨", measure: "quantity", used: false });
  });
  it("does not use a value in the same measure but another unit", () => {
    const r = runLater([], [later({ unit: "万吨" })]);
    expect(r.status).toBe("not-assessable");
    expect(r.working.rule).toBe("later-target-measure");
  });
  it("ignores rows of other targets, other target years and confirming rows: still pending the national assignment", () => {
    const rows = [later({ target_id: "other" }), later({ target_year: 2030 }), later({ role: "confirms", national_link: "not-applicable" })];
    const r = runLater([obs(2023, 8.7)], rows);
    expect(r.status).toBe("pending-assignment");
    expect(r.working.later).toBeNull();
  });
  it("never replaces a value the plan prints: a confirming row leaves the plan's 60 in place", () => {
    // Plan: at least 60 from 50 (2020); 2025 value 59 is not met whatever the later row says.
    const r = computeStatus(target({}), indicator("higher"), [obs(2025, 59)], "test", [later({ role: "confirms", target_kind: "at-least", target_value: 58, target_value_text: "58", measure: "share" })]);
    expect(r.working.target.value).toBe(60);
    expect(r.status).toBe("not-met");
  });
});
