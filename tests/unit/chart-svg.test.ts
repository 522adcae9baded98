import { describe, expect, it } from "vitest";
import * as Plot from "@observablehq/plot";
import { MIN_RELATIVE_SPAN, finishSvg, plotSvg, roundNumbers, safeId, textWidth, valueDomain, yearRuns } from "../../src/charts/svg.ts";
import { parseSvg } from "./chart-support.ts";

describe("chart helpers", () => {
  it("splits points into runs of consecutive years (a line never bridges a gap)", () => {
    const runs = yearRuns([{ year: 2022 }, { year: 2015 }, { year: 2020 }, { year: 2021 }, { year: 2025 }]);
    expect(runs.map((r) => r.map((p) => p.year))).toEqual([[2015], [2020, 2021, 2022], [2025]]);
    expect(yearRuns([])).toEqual([]);
  });

  it("pads a value domain, never below zero for non-negative data nor above 100 for shares", () => {
    const [lo, hi] = valueDomain([93.9, 97.6], { share: true });
    expect(lo).toBeLessThan(93.9);
    expect(hi).toBeGreaterThan(97.6);
    expect(hi).toBeLessThanOrEqual(100);
    expect(valueDomain([0, 1])[0]).toBe(0);
    const [a, b] = valueDomain([5]);
    expect(a).toBeLessThan(5);
    expect(b).toBeGreaterThan(5);
    expect(valueDomain([-5, 5])[0]).toBeLessThan(-5);
  });

  it("keeps a small change small: the axis spans at least a fifth of the largest value (the axis rule)", () => {
    expect(MIN_RELATIVE_SPAN).toBe(0.2);
    // Forest cover 61.2 → 61.15 against 61.5: 0.2 × 61.5 = 12.3 points, centred on (61.15 + 61.5) / 2 = 61.325.
    const [lo, hi] = valueDomain([61.2, 61.15, 61.5], { share: true });
    expect(lo).toBeCloseTo(55.175, 9);
    expect(hi).toBeCloseTo(67.475, 9);
    // Good-air days near 95 %: a 19.52-point window centred on 95.75 would reach 105.51, so it moves down to end at 100.
    const [a, b] = valueDomain([93.9, 97.6], { share: true });
    expect(b).toBe(100);
    expect(a).toBeCloseTo(80.48, 9);
    // A large change already spans more than the rule asks: padded by 12 % of 5 on each side, as before.
    const [c, d] = valueDomain([25, 20]);
    expect(c).toBeCloseTo(19.4, 9);
    expect(d).toBeCloseTo(25.6, 9);
  });

  it("rounds coordinates to one decimal but leaves lengths with units alone", () => {
    expect(roundNumbers("M1.234,5.678L-0.04,2")).toBe("M1.2,5.7L0,2");
    expect(roundNumbers("translate(10.26,3.04)")).toBe("translate(10.3,3)");
    expect(roundNumbers("0.32em")).toBe("0.32em");
    expect(roundNumbers("h5.317v5.317")).toBe("h5.3v5.3");
  });

  it("makes ids safe", () => {
    expect(safeId("chart-pm25")).toBe("chart-pm25");
    expect(safeId("2025 目标")).toMatch(/^[A-Za-z][A-Za-z0-9_-]*$/);
  });

  it("estimates text widths: CJK wider than Latin", () => {
    expect(textWidth("目标", 10)).toBeGreaterThan(textWidth("ab", 10));
    expect(textWidth("", 12)).toBe(0);
  });

  it("turns Plot's SVG into an accessible, responsive one", () => {
    const raw = plotSvg({ width: 200, height: 100, marks: [Plot.dot([{ x: 1.123456, y: 2 }], { x: "x", y: "y" })] });
    expect(raw.getAttribute("aria-label") === null).toBe(true);
    const { doc, svg } = parseSvg(finishSvg(raw, { id: "t", title: "Title <&>", description: "One sentence." }));
    expect(svg.getAttribute("role")).toBe("img");
    expect(svg.getAttribute("aria-labelledby")).toBe("t-title t-desc");
    expect(doc.getElementById("t-title")?.textContent).toBe("Title <&>");
    expect(doc.getElementById("t-desc")?.textContent).toBe("One sentence.");
    expect(svg.firstElementChild?.tagName.toLowerCase()).toBe("title");
    expect(doc.querySelectorAll("g[aria-label]")).toHaveLength(0);
    expect(doc.querySelectorAll("style")).toHaveLength(0);
    expect(svg.getAttribute("width")).toBe("100%");
    expect(svg.hasAttribute("height")).toBe(false);
    expect(svg.getAttribute("class")).toBe("chart");
  });

  it("labels a chart without a description by its title alone", () => {
    const raw = plotSvg({ width: 100, height: 40, axis: null, marks: [Plot.ruleY([0])] });
    const { doc, svg } = parseSvg(finishSvg(raw, { id: "s", title: "Spark" }, "sparkline"));
    expect(svg.getAttribute("aria-labelledby")).toBe("s-title");
    expect(doc.querySelector("desc")).toBeNull();
    expect(svg.getAttribute("class")).toBe("sparkline");
  });
});
