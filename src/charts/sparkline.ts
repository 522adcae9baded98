/**
 * A dashboard sparkline: one series (the target's caliber) over the plan period, with the required
 * path and the target bar where the target has a value. No axes; the numbers it shows are printed
 * beside it and listed in its accessible name. Lines join consecutive years only.
 */
import * as Plot from "@observablehq/plot";
import { GRID, INK, MUTED, PALETTE, finishSvg, plotSvg, valueDomain, yearRuns } from "./svg.ts";

export interface SparklineSpec {
  id: string;
  /** Accessible name: what it shows and every value in it. */
  label: string;
  points: readonly { year: number; value: number }[];
  years: readonly [number, number];
  baseline: { year: number; value: number } | null;
  target: { year: number; value: number } | null;
  share: boolean;
}

export const SPARK_WIDTH = 132;
export const SPARK_HEIGHT = 40;

export function renderSparkline(spec: SparklineSpec): string {
  const [y0, y1] = spec.years;
  const values = [...spec.points.map((p) => p.value), ...(spec.target ? [spec.target.value] : []), ...(spec.baseline ? [spec.baseline.value] : [])];
  const marks: Plot.Markish[] = [Plot.ruleY([valueDomain(values, { share: spec.share })[0]], { stroke: GRID })];
  if (spec.baseline && spec.target) {
    marks.push(
      Plot.link([{ a: spec.baseline.year, b: spec.baseline.value, c: spec.target.year, d: spec.target.value }], {
        x1: "a",
        y1: "b",
        x2: "c",
        y2: "d",
        stroke: MUTED,
        strokeDasharray: "3 2",
        strokeWidth: 1,
        className: "spark-path",
      }),
    );
  }
  if (spec.target) {
    marks.push(Plot.link([{ a: spec.target.year - 0.35, b: spec.target.year + 0.35, v: spec.target.value }], { x1: "a", x2: "b", y1: "v", y2: "v", stroke: INK, strokeWidth: 3, className: "spark-target" }));
  }
  const runs = yearRuns(spec.points).filter((r) => r.length > 1);
  const lineData = runs.flatMap((run, k) => run.map((p) => ({ ...p, run: k })));
  if (lineData.length > 0) marks.push(Plot.line(lineData, { x: "year", y: "value", z: "run", stroke: PALETTE[0], strokeWidth: 2, className: "spark-line" }));
  marks.push(Plot.dot(spec.points, { x: "year", y: "value", r: 2.75, fill: PALETTE[0], stroke: PALETTE[0], className: "spark-dot" }));
  const svg = plotSvg({
    width: SPARK_WIDTH,
    height: SPARK_HEIGHT,
    margin: 5,
    marginLeft: 6,
    marginRight: 8,
    x: { domain: [y0 - 0.2, y1 + 0.4], axis: null },
    y: { domain: valueDomain(values, { share: spec.share }), axis: null },
    marks,
  });
  return finishSvg(svg, { id: spec.id, title: spec.label }, "sparkline");
}
