/**
 * The project's own data in data/: it loads, and it agrees with facts stated independently by the
 * plan (counts of its tables, its own 完成情况 column).
 */
import { describe, expect, it } from "vitest";
import { getSite } from "../../src/data/dataset.ts";

const site = getSite();
const { data } = site;

describe("data/", () => {
  it("holds every row of the plan's Table 1 (13 rows; row 5 has four pollutants, row 10 two sub-rows) and Table 2 (18 rows; row 7 has four pollutants)", () => {
    const rows = (table: string) => data.targets.filter((t) => t.source_table === table);
    expect(new Set(rows("table-1").map((t) => t.row_number)).size).toBe(13);
    expect(rows("table-1")).toHaveLength(13 + 3 + 1);
    expect(new Set(rows("table-2").map((t) => t.row_number)).size).toBe(18);
    expect(rows("table-2")).toHaveLength(18 + 3);
  });

  it("has 7 binding and 11 expected indicators in Table 2, as the plan says (“其中约束性指标 7 项，预期性指标 11 项”)", () => {
    const byRow = new Map(data.targets.filter((t) => t.source_table === "table-2").map((t) => [t.row_number, t.binding]));
    expect([...byRow.values()].filter((b) => b === "binding")).toHaveLength(7);
    expect([...byRow.values()].filter((b) => b === "expected")).toHaveLength(11);
  });

  it("has the province and the 11 prefecture-level cities", () => {
    expect(data.places.filter((p) => p.level === "city")).toHaveLength(11);
    expect(data.places.filter((p) => p.level === "province").map((p) => p.adcode)).toEqual([330000]);
  });

  it("every observation names a source that exists", () => {
    const ids = new Set(data.sources.map((s) => s.id));
    for (const o of data.observations) expect(ids.has(o.source_id), `${o.indicator_id} ${o.year}`).toBe(true);
  });

  it("the engine's verdict on every assessable 13th-plan target agrees with the plan's own 完成情况", () => {
    const judged = data.targets
      .filter((t) => t.plan_id === "fyp13")
      .map((t) => ({ id: t.id, reported: t.completion_zh, status: site.statusOf(t).status }))
      .filter((r) => r.status === "met" || r.status === "not-met");
    expect(judged.length).toBeGreaterThan(10);
    for (const r of judged) expect(r.status === "met" ? "完成" : "未完成", r.id).toBe(r.reported);
  });
});
