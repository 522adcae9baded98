/**
 * Story annotations on the indicator chart: a dotted rule at each note's year, labelled with the marker and
 * the text where the text fits before the next note (or the plot's edge), else with the marker alone.
 * Fake spec (tests/fixtures/charts/specs.ts); the fits are worked out from the chart sizes by hand.
 */
import { describe, expect, it } from "vitest";
import { NARROW, WIDE, renderIndicatorChart, type IndicatorChartSpec } from "../../src/charts/indicatorChart.ts";
import { fakeIndicatorSpec } from "../fixtures/charts/specs.ts";
import { parseSvg } from "./chart-support.ts";

// Years 2015–2025. Wide: about 52 px a year, so the first label has about 250 px before the second note;
// narrow: about 26 px a year, about 125 px. The first text is twelve CJK characters (about 155 px at 12 px).
const spec: IndicatorChartSpec = {
  ...fakeIndicatorSpec,
  notes: [
    { year: 2016, marker: "①", text: "假标注：十二个汉字的说明文字" },
    { year: 2021, marker: "②", text: "短" },
  ],
};

const labels = (svg: string) => [...parseSvg(svg).svg.querySelectorAll("g.story-note-label text")].map((t) => t.textContent);
const rules = (svg: string) => parseSvg(svg).svg.querySelectorAll("g.story-note line").length;

describe("story notes on the indicator chart", () => {
  it("prints the text beside the marker where it fits (wide)", () => {
    const svg = renderIndicatorChart(spec, WIDE);
    expect(labels(svg)).toEqual(["① 假标注：十二个汉字的说明文字", "② 短"]);
    expect(rules(svg)).toBe(2);
  });

  it("prints the marker alone where the text would run into the next note (narrow)", () => {
    expect(labels(renderIndicatorChart(spec, NARROW))).toEqual(["①", "② 短"]);
  });

  it("draws nothing for a chart without notes", () => {
    expect(labels(renderIndicatorChart(fakeIndicatorSpec, WIDE))).toEqual([]);
  });
});
