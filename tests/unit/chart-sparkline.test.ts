import { describe, expect, it } from "vitest";
import { SPARK_HEIGHT, SPARK_WIDTH, renderSparkline } from "../../src/charts/sparkline.ts";
import { fakeSparklineSpec } from "../fixtures/charts/specs.ts";
import { markerPositions, near, parseSvg, pathVertices } from "./chart-support.ts";

const out = renderSparkline(fakeSparklineSpec);
const { doc, svg } = parseSvg(out);

describe("renderSparkline", () => {
  it("has an accessible name listing its values, and no <g> aria-label", () => {
    expect(svg.getAttribute("role")).toBe("img");
    expect(doc.getElementById(svg.getAttribute("aria-labelledby") ?? "")?.textContent).toBe(fakeSparklineSpec.label);
    expect(doc.querySelectorAll("g[aria-label]")).toHaveLength(0);
    expect(svg.getAttribute("viewBox")).toBe(`0 0 ${SPARK_WIDTH} ${SPARK_HEIGHT}`);
  });

  it("draws one dot per value and joins consecutive years only", () => {
    const dots = markerPositions(doc.querySelector("g.spark-dot")).sort((a, b) => a.x - b.x);
    expect(dots).toHaveLength(fakeSparklineSpec.points.length);
    const lines = [...doc.querySelectorAll("g.spark-line path")].map((p) => pathVertices(p.getAttribute("d") ?? ""));
    // 2020–2021 joined; 2023 alone (2022 missing).
    expect(lines).toHaveLength(1);
    expect(lines[0]).toHaveLength(2);
    expect(near(lines[0]![0]!.x, dots[0]!.x) && near(lines[0]![1]!.x, dots[1]!.x)).toBe(true);
  });

  it("draws the target bar and the required path from the baseline", () => {
    expect(doc.querySelectorAll("g.spark-target")).toHaveLength(1);
    const path = pathVertices(doc.querySelector("g.spark-path path")?.getAttribute("d") ?? "");
    const first = markerPositions(doc.querySelector("g.spark-dot")).sort((a, b) => a.x - b.x)[0]!;
    expect(near(path[0]!.x, first.x) && near(path[0]!.y, first.y)).toBe(true);
    expect(path[1]!.y).toBeLessThan(first.y); // the target (70) is above the baseline (60)
  });

  it("leaves out the target where it has no value", () => {
    const d = parseSvg(renderSparkline({ ...fakeSparklineSpec, target: null })).doc;
    expect(d.querySelectorAll("g.spark-target")).toHaveLength(0);
    expect(d.querySelectorAll("g.spark-path")).toHaveLength(0);
  });

  it("matches the snapshot (fake fixture values)", async () => {
    expect(renderSparkline(fakeSparklineSpec)).toBe(out);
    await expect(out).toMatchFileSnapshot("../snapshots/sparkline.svg");
  });
});
