import { describe, expect, it } from "vitest";
import { NARROW, WIDE, chartFeatures, pathOf, renderIndicatorChart, yearDomain } from "../../src/charts/indicatorChart.ts";
import { textWidth } from "../../src/charts/svg.ts";
import { fakeIndicatorSpec, fakePendingSpec } from "../fixtures/charts/specs.ts";
import { markerPositions, near, parseSvg, pathVertices } from "./chart-support.ts";

const wide = renderIndicatorChart(fakeIndicatorSpec, WIDE);
const { doc, svg } = parseSvg(wide);
const dots = (series: number, kind?: "reprint" | "original") =>
  [...doc.querySelectorAll(`g.series-dot.series-${series}${kind ? `.${kind}` : ""}`)].flatMap((g) => markerPositions(g));
const allDots = (series: number) => dots(series);
/** Pixel x of a year, read from the markers (series 0 has 2020 and 2021). */
const s0 = allDots(0).sort((a, b) => a.x - b.x);
const pxPerYear = s0[1]!.x - s0[0]!.x;
const xOf = (year: number) => s0[0]!.x + (year - 2020) * pxPerYear;

describe("renderIndicatorChart", () => {
  it("is an accessible image: role img, aria-labelledby → <title> and <desc>", () => {
    expect(svg.getAttribute("role")).toBe("img");
    const [title, desc] = (svg.getAttribute("aria-labelledby") ?? "").split(" ").map((id) => doc.getElementById(id));
    expect(title?.tagName.toLowerCase()).toBe("title");
    expect(title?.textContent).toBe(fakeIndicatorSpec.title);
    expect(desc?.tagName.toLowerCase()).toBe("desc");
    expect(desc?.textContent).toBe(fakeIndicatorSpec.description);
  });

  it("puts no aria-label on <g>, ships no <style>, and scales with its container", () => {
    expect(doc.querySelectorAll("g").length).toBeGreaterThan(5);
    expect(doc.querySelectorAll("g[aria-label]")).toHaveLength(0);
    expect(doc.querySelectorAll("style")).toHaveLength(0);
    expect(svg.getAttribute("width")).toBe("100%");
    expect(svg.hasAttribute("height")).toBe(false);
    expect(svg.getAttribute("viewBox")).toBe(`0 0 ${WIDE.width} ${WIDE.height}`);
  });

  it("draws one marker per value, hollow for reprint sources and filled otherwise", () => {
    fakeIndicatorSpec.series.forEach((s, i) => {
      expect(dots(i)).toHaveLength(s.points.length);
      expect(dots(i, "reprint")).toHaveLength(s.points.filter((p) => p.reprint).length);
      for (const g of doc.querySelectorAll(`g.series-dot.series-${i}.reprint`)) expect(g.getAttribute("fill")).toBe("white");
      for (const g of doc.querySelectorAll(`g.series-dot.series-${i}.original`)) expect(g.getAttribute("fill")).not.toBe("white");
    });
  });

  it("joins consecutive years only: no line crosses a missing year", () => {
    const lines = [...doc.querySelectorAll("g.series-line path")];
    expect(lines.length).toBeGreaterThan(0);
    for (const p of lines) {
      const v = pathVertices(p.getAttribute("d") ?? "");
      expect(v.length).toBeGreaterThan(1);
      for (let k = 1; k < v.length; k++) expect(near(v[k]!.x - v[k - 1]!.x, pxPerYear, 0.3)).toBe(true);
    }
    // The 2023 → 2025 gap of series 0 is not bridged; 2025 stands alone.
    const vertices = lines.flatMap((p) => pathVertices(p.getAttribute("d") ?? ""));
    expect(vertices.some((v) => near(v.x, xOf(2025), 0.3))).toBe(false);
  });

  it("never joins two series: each line's vertices are markers of its own series", () => {
    fakeIndicatorSpec.series.forEach((_, i) => {
      const own = allDots(i);
      for (const p of doc.querySelectorAll(`g.series-line.series-${i} path`)) {
        for (const v of pathVertices(p.getAttribute("d") ?? "")) expect(own.some((d) => near(d.x, v.x) && near(d.y, v.y)), `series ${i}`).toBe(true);
      }
    });
    // The old caliber (2015, 2020) has a gap and so no line at all.
    expect(doc.querySelectorAll("g.series-line.series-1 path")).toHaveLength(0);
  });

  it("marks the caliber break with a rule at the break year", () => {
    const rule = doc.querySelector("g.caliber-break line");
    expect(rule).not.toBeNull();
    expect(near(Number(rule!.getAttribute("x1")), xOf(2020), 0.3)).toBe(true);
    expect(doc.querySelector("g.caliber-break-label text")?.textContent).toBe("口径变化");
  });

  it("flags a lower bound with an arrow, an estimate with *, an assumed caliber with ?", () => {
    const count = (flag: string) => fakeIndicatorSpec.series.flatMap((s) => s.points).filter((p) => p.flags.includes(flag)).length;
    expect(doc.querySelectorAll("g.lower-bound path")).toHaveLength(count("lower-bound"));
    expect([...doc.querySelectorAll("g.estimated text")].map((t) => t.textContent)).toEqual(Array(count("estimated")).fill("*"));
    expect([...doc.querySelectorAll("g.assumed text")].map((t) => t.textContent)).toEqual(Array(count("caliber-assumed")).fill("?"));
    // The arrow starts at the lower-bound value's marker (2022).
    const arrow = doc.querySelector("g.lower-bound path")!;
    const m = /translate\(([-\d.]+),/.exec(arrow.getAttribute("transform") ?? "");
    expect(near(Number(m![1]), xOf(2022), 0.3)).toBe(true);
  });

  it("draws each target's straight path from its baseline to its target, the current one from the baseline marker", () => {
    const current = doc.querySelector("g.target-path.current path");
    const earlier = doc.querySelector("g.target-path.earlier path");
    expect(current).not.toBeNull();
    expect(earlier).not.toBeNull();
    const [start, end] = pathVertices(current!.getAttribute("d") ?? "");
    const baselineMarker = allDots(0).find((d) => near(d.x, xOf(2020), 0.3))!;
    expect(near(start!.x, baselineMarker.x, 0.3) && near(start!.y, baselineMarker.y, 0.3)).toBe(true);
    expect(near(end!.x, xOf(2025), 0.3)).toBe(true);
    // Target 70 lies above every value (max 66), so its end is higher on the page than every marker.
    for (const d of allDots(0)) expect(end!.y).toBeLessThan(d.y);
    expect(doc.querySelectorAll("g.target-bar line, g.target-bar path")).toHaveLength(2);
    expect(doc.querySelectorAll("g.baseline circle")).toHaveLength(1);
  });

  it("prints each target's label without covering a marker", () => {
    for (const render of [wide, renderIndicatorChart(fakeIndicatorSpec, NARROW)]) {
      const d = parseSvg(render).doc;
      const markers = [...d.querySelectorAll("g.series-dot")].flatMap((g) => markerPositions(g));
      const labels = [...d.querySelectorAll("g.target-label")];
      expect(labels.map((g) => g.textContent).sort()).toEqual(fakeIndicatorSpec.targets.map((t) => t.markerText).sort());
      for (const g of labels) {
        const [gdx, gdy] = (/translate\(([-\d.]+),([-\d.]+)\)/.exec(g.getAttribute("transform") ?? "") ?? [0, "0", "0"]).slice(1).map(Number);
        const text = g.querySelector("text")!;
        const [tx, ty] = (/translate\(([-\d.]+),([-\d.]+)\)/.exec(text.getAttribute("transform") ?? "") ?? []).slice(1).map(Number);
        const width = textWidth(text.textContent ?? "", 12);
        const x0 = g.getAttribute("text-anchor") === "end" ? tx! + gdx! - width : tx! + gdx!;
        const cy = ty! + gdy!;
        for (const m of markers) {
          const inside = m.x > x0 - 4 && m.x < x0 + width + 4 && m.y > cy - 10 && m.y < cy + 10;
          expect(inside, `${text.textContent} covers the marker at ${m.x},${m.y}`).toBe(false);
        }
      }
    }
  });

  it("shows a target with no printed value as a rule and a note, with no bar and no path", () => {
    const pending = parseSvg(renderIndicatorChart(fakePendingSpec, NARROW)).doc;
    expect(pending.querySelector("g.pending line")).not.toBeNull();
    expect(pending.querySelector("g.pending-label text")?.textContent).toBe(fakePendingSpec.pending[0]!.label);
    expect(pending.querySelectorAll("g.target-bar")).toHaveLength(0);
    expect(pending.querySelectorAll("g.target-path")).toHaveLength(0);
    expect(pathOf(fakePendingSpec.targets[0]!)).toBeNull();
  });

  it("describes what it draws (for the HTML legend)", () => {
    const f = chartFeatures(fakeIndicatorSpec);
    expect(f).toMatchObject({ reprint: true, original: true, lowerBound: true, estimated: true, assumed: true, currentPath: true, currentTarget: true, earlier: true, breaks: true, pending: false });
    expect(chartFeatures(fakePendingSpec)).toMatchObject({ reprint: false, lowerBound: false, currentTarget: false, pending: true });
    expect(yearDomain(fakeIndicatorSpec)).toEqual([2015, 2025]);
  });

  it("is deterministic, with coordinates rounded to one decimal and ids from the spec", () => {
    expect(renderIndicatorChart(fakeIndicatorSpec, WIDE)).toBe(wide);
    for (const p of doc.querySelectorAll("path")) for (const n of (p.getAttribute("d") ?? "").match(/\d+\.\d+/g) ?? []) expect(n).toMatch(/^\d+\.\d$/);
    expect(svg.getAttribute("aria-labelledby")).toBe("fake-chart-wide-title fake-chart-wide-desc");
  });

  it("matches the snapshots (fake fixture values)", async () => {
    await expect(wide).toMatchFileSnapshot("../snapshots/indicator-chart-wide.svg");
    await expect(renderIndicatorChart(fakeIndicatorSpec, NARROW)).toMatchFileSnapshot("../snapshots/indicator-chart-narrow.svg");
    await expect(renderIndicatorChart(fakePendingSpec, WIDE)).toMatchFileSnapshot("../snapshots/indicator-chart-pending.svg");
  });
});
