import { describe, expect, it } from "vitest";
import { renderScorecard, wrapText } from "../../src/charts/scorecardChart.ts";
import { scorecardCounts, scorecardSpec, scorecardTargets } from "../../src/charts/scorecardModel.ts";
import { textWidth } from "../../src/charts/svg.ts";
import { getSite } from "../../src/data/dataset.ts";
import { fakeScorecardSpec } from "../fixtures/charts/specs.ts";
import { parseSvg } from "./chart-support.ts";

const narrow = renderScorecard(fakeScorecardSpec, 340, "narrow");
const { doc, svg } = parseSvg(narrow);
const row = (id: string) => doc.querySelector(`g.row[data-row="${id}"]`)!;
const xs = (g: Element, selector: string) => [...g.querySelectorAll(selector)].map((e) => Number(e.getAttribute("cx") ?? e.getAttribute("x1")));

describe("wrapText", () => {
  it("keeps every line within the width and loses no character", () => {
    const text = "Share of areas created as provincial-or-higher ecological civilisation demonstration areas";
    const lines = wrapText(text, 20);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(textWidth(l, 1)).toBeLessThanOrEqual(20);
    expect(lines.join(" ")).toBe(text);
    const zh = "县级以上集中式饮用水水源水质达标率和地表水交接断面水质达标率";
    const zhLines = wrapText(zh, 10);
    for (const l of zhLines) expect(textWidth(l, 1)).toBeLessThanOrEqual(10);
    expect(zhLines.join("")).toBe(zh);
  });
});

describe("renderScorecard", () => {
  it("is an accessible image with one group per row", () => {
    expect(svg.getAttribute("role")).toBe("img");
    const [title, desc] = (svg.getAttribute("aria-labelledby") ?? "").split(" ").map((id) => doc.getElementById(id));
    expect(title?.textContent).toBe(fakeScorecardSpec.title);
    expect(desc?.textContent).toBe(fakeScorecardSpec.description);
    expect(doc.querySelectorAll("g.row")).toHaveLength(fakeScorecardSpec.rows.length);
    expect(doc.querySelectorAll("g[aria-label]")).toHaveLength(0);
  });

  it("places 2015 value, target and result in order on each row's own scale", () => {
    // r1 rises 70 → 90 past a target of 80; r2 falls 44 → 25 past 35.
    const [b1, r1] = xs(row("r1"), "circle");
    const [t1] = xs(row("r1"), "line[stroke-width='3.5']");
    expect(b1!).toBeLessThan(t1!);
    expect(t1!).toBeLessThan(r1!);
    const [b2, r2] = xs(row("r2"), "circle");
    const [t2] = xs(row("r2"), "line[stroke-width='3.5']");
    expect(r2!).toBeLessThan(t2!);
    expect(t2!).toBeLessThan(b2!);
  });

  it("marks an estimate with a hollow marker and an asterisk, and says when a row has no number", () => {
    const r3 = row("r3");
    expect(r3.querySelector("circle")?.getAttribute("fill")).toBe("white");
    expect([...r3.querySelectorAll("text")].some((t) => t.textContent === "*")).toBe(true);
    expect(row("r4").querySelectorAll("circle")).toHaveLength(0);
    expect([...row("r4").querySelectorAll("text")].some((t) => t.textContent === fakeScorecardSpec.noValueText)).toBe(true);
  });

  it("wraps a long label onto several lines rather than overflowing", () => {
    const labels = [...row("r2").querySelectorAll("text[font-weight='600']")];
    expect(labels.length).toBeGreaterThan(1);
    for (const l of labels) expect(textWidth(l.textContent ?? "", 13)).toBeLessThanOrEqual(340 - 20);
  });

  it("matches the snapshots (fake fixture values)", async () => {
    expect(renderScorecard(fakeScorecardSpec, 340, "narrow")).toBe(narrow);
    await expect(narrow).toMatchFileSnapshot("../snapshots/scorecard-narrow.svg");
    await expect(renderScorecard(fakeScorecardSpec, 640, "wide")).toMatchFileSnapshot("../snapshots/scorecard-wide.svg");
  });
});

describe("scorecard model (data/)", () => {
  const site = getSite();
  it("has one row per Table-1 target of the 13th plan, in the plan's order", () => {
    const expected = site.data.targets.filter((t) => t.plan_id === "fyp13" && t.source_table === "table-1");
    const rows = scorecardTargets(site, site.plans.byId("fyp13"));
    expect(rows.map((r) => r.target.id).sort()).toEqual(expected.map((t) => t.id).sort());
    const numbers = rows.map((r) => r.target.row_number ?? 0);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(scorecardSpec(site, site.plans.byId("fyp13"), "zh").rows).toHaveLength(expected.length);
  });

  it("counts the engine's verdicts and the plan's completions consistently", () => {
    const rows = scorecardTargets(site, site.plans.byId("fyp13"));
    const c = scorecardCounts(rows);
    expect(c.met + c.notMet + c.other).toBe(rows.length);
    expect(c.met).toBe(rows.filter((r) => site.statusOf(r.target).status === "met").length);
    expect(c.done).toBe(rows.filter((r) => r.target.completion_zh === "完成").length);
  });
});
