/**
 * The main chart of an indicator page, as an SVG string (Observable Plot, rendered at build time).
 * Pure: the spec in, the same bytes out. Province values only — city values never enter this chart.
 *
 * - each series (statistical caliber) is drawn separately, in its own colour, marker shape and dash;
 *   a line joins only consecutive years, never a gap and never two series;
 * - a caliber change is marked by a dotted vertical rule and a label;
 * - reprint-sourced values are hollow markers; lower bounds (“以上”) get an upward arrow; estimates (预计数) an
 *   asterisk; values whose caliber or year the source does not state (assumed by us) a question mark below;
 * - each target: its required straight path from the baseline (dashed), a bar at the target value,
 *   a ring on the baseline; an earlier plan's target in grey and dotted;
 * - a target set by the national government (no value printed) is a dashed vertical rule with a note.
 */
import * as Plot from "@observablehq/plot";
import type { Target } from "../schema/tables.ts";
import { scaleLinear } from "d3";
import { DASHES, GRID, INK, MUTED, PALETTE, SYMBOLS, finishSvg, plotSvg, textWidth, valueDomain, yearRuns } from "./svg.ts";

export interface ChartPoint {
  year: number;
  value: number;
  flags: readonly string[];
  /** The source URL is a reprint, not the publisher's own page. */
  reprint: boolean;
  /** Tooltip (native <title>). */
  title: string;
}

export interface ChartSeries {
  id: string;
  label: string;
  points: readonly ChartPoint[];
}

export interface ChartTarget {
  /** `current`: the plan being tracked; `earlier`: a previous plan's segment (grey, dotted). */
  role: "current" | "earlier";
  /** The plan's baseline year (kept in the year axis even when the baseline has no value). */
  baselineYear: number;
  baseline: { year: number; value: number } | null;
  target: { year: number; value: number | null; kind: Target["target_kind"] };
  /** Printed beside the target bar, e.g. "2025年目标 95". */
  markerText: string;
}

export interface IndicatorChartSpec {
  id: string;
  title: string;
  description: string;
  /** In drawing order; the first is the series the current target is measured on. */
  series: readonly ChartSeries[];
  targets: readonly ChartTarget[];
  /** Years where the caliber changes, with the label to print. */
  breaks: readonly { year: number; label: string }[];
  /** Notes on a vertical rule at a year, e.g. a target assigned by the national government. */
  pending: readonly { year: number; label: string }[];
  /**
   * Annotations of what happened (stories): a dotted rule at the year, labelled at the foot of the plot with
   * `marker` and `text` where the text fits before the next note, else with the marker alone (the caller
   * lists every note's text beside the chart).
   */
  notes?: readonly { year: number; marker: string; text: string }[];
  /** Unit, printed as the y-axis label. */
  unit: string;
  /** Values are shares (0–100). */
  share: boolean;
  formatTick: (value: number) => string;
}

export interface ChartSize {
  width: number;
  height: number;
  fontSize: number;
  /** Prefix added to the spec id so that two renders of one chart can share a page. */
  idSuffix: string;
}

export const WIDE: ChartSize = { width: 640, height: 300, fontSize: 12, idSuffix: "wide" };
export const NARROW: ChartSize = { width: 340, height: 270, fontSize: 12, idSuffix: "narrow" };

export function seriesStyle(index: number) {
  return {
    color: PALETTE[index % PALETTE.length]!,
    symbol: SYMBOLS[index % SYMBOLS.length]!,
    dash: DASHES[index % DASHES.length]!,
  };
}

/** What the chart contains, for the HTML legend (only what is drawn is explained). */
export function chartFeatures(spec: IndicatorChartSpec) {
  const points = spec.series.flatMap((s) => s.points);
  const withValue = (role: ChartTarget["role"]) => spec.targets.filter((t) => t.role === role && targetValue(t) !== null);
  return {
    reprint: points.some((p) => p.reprint),
    original: points.some((p) => !p.reprint),
    lowerBound: points.some((p) => p.flags.includes("lower-bound")),
    estimated: points.some((p) => p.flags.includes("estimated")),
    assumed: points.some((p) => p.flags.includes("caliber-assumed") || p.flags.includes("year-inferred")),
    currentPath: withValue("current").some((t) => pathOf(t) !== null),
    currentTarget: withValue("current").length > 0,
    baseline: spec.targets.some((t) => t.role === "current" && t.baseline !== null),
    earlier: withValue("earlier").length > 0,
    breaks: spec.breaks.length > 0,
    pending: spec.pending.length > 0,
  };
}

/** The value a target is drawn at: zero for `zero`, the baseline for `maintain`, else its value. */
export function targetValue(t: ChartTarget): number | null {
  if (t.target.kind === "zero") return 0;
  if (t.target.kind === "maintain") return t.baseline?.value ?? null;
  if (t.target.kind === "qualitative" || t.target.kind === "national-assignment") return null;
  return t.target.value;
}

/** The straight required path from the baseline to the target, where both have a value. */
export function pathOf(t: ChartTarget): { x1: number; y1: number; x2: number; y2: number } | null {
  const v = targetValue(t);
  if (v === null || t.baseline === null || t.baseline.year >= t.target.year) return null;
  return { x1: t.baseline.year, y1: t.baseline.value, x2: t.target.year, y2: v };
}

export function yearDomain(spec: IndicatorChartSpec): [number, number] {
  const years = [
    ...spec.series.flatMap((s) => s.points.map((p) => p.year)),
    ...spec.targets.flatMap((t) => [t.target.year, t.baselineYear]),
    ...spec.breaks.map((b) => b.year),
    ...spec.pending.map((p) => p.year),
    ...(spec.notes ?? []).map((n) => n.year),
  ];
  if (years.length === 0) return [2020, 2025];
  const lo = Math.min(...years);
  const hi = Math.max(...years);
  return lo === hi ? [lo - 1, hi + 1] : [lo, hi];
}

function yearTicks([lo, hi]: [number, number], narrow: boolean): number[] {
  const span = hi - lo;
  // Narrow: every year up to six years (labels fit), else multiples of five plus the ends.
  const step = narrow ? (span > 6 ? 5 : 1) : span > 12 ? 5 : 1;
  const ticks: number[] = [];
  const first = step === 5 ? Math.ceil(lo / 5) * 5 : lo;
  for (let y = first; y <= hi; y += step) ticks.push(y);
  if (step > 1 && !ticks.includes(hi) && hi - ticks.at(-1)! >= step / 2) ticks.push(hi);
  if (step === 5 && !ticks.includes(lo) && ticks[0]! - lo >= 2) ticks.unshift(lo);
  return ticks;
}

interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}
const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * Where to print a target's label: the first candidate offset whose box hits no marker, no line and
 * no other label and stays in the chart; otherwise the one with the fewest hits.
 */
function placeLabel(
  candidates: readonly { dx: number; dy: number; anchor: "start" | "end" }[],
  at: { x: number; y: number },
  width: number,
  height: number,
  obstacles: readonly Box[],
  frame: Box,
) {
  let best = candidates[0]!;
  let bestHits = Infinity;
  for (const c of candidates) {
    const x0 = c.anchor === "end" ? at.x + c.dx - width : at.x + c.dx;
    const box = { x0, x1: x0 + width, y0: at.y + c.dy - height / 2, y1: at.y + c.dy + height / 2 };
    const outside = box.x0 < frame.x0 || box.x1 > frame.x1 || box.y0 < frame.y0 || box.y1 > frame.y1;
    const hits = obstacles.filter((o) => overlaps(o, box)).length + (outside ? 100 : 0);
    if (hits < bestHits) {
      best = c;
      bestHits = hits;
    }
    if (hits === 0) break;
  }
  return best;
}

/** Boxes along a straight segment (in pixels), for label placement. */
function segmentBoxes(x1: number, y1: number, x2: number, y2: number, pad = 2): Box[] {
  const n = Math.max(2, Math.ceil(Math.hypot(x2 - x1, y2 - y1) / 6));
  return Array.from({ length: n + 1 }, (_, i) => {
    const x = x1 + ((x2 - x1) * i) / n;
    const y = y1 + ((y2 - y1) * i) / n;
    return { x0: x - pad, x1: x + pad, y0: y - pad, y1: y + pad };
  });
}

export function renderIndicatorChart(spec: IndicatorChartSpec, size: ChartSize): string {
  const [x0, x1] = yearDomain(spec);
  const narrow = size.width < 480;
  const targetValues = spec.targets.flatMap((t) => {
    const v = targetValue(t);
    return [...(v === null ? [] : [v]), ...(t.baseline ? [t.baseline.value] : [])];
  });
  const values = [...spec.series.flatMap((s) => s.points.map((p) => p.value)), ...targetValues];
  const yTicks = narrow ? 4 : 5;
  // The scales are computed here (and given to Plot as they are) so that labels can be placed in pixels.
  const margin = { top: 36, right: narrow ? 12 : 20, bottom: 28, left: narrow ? 40 : 48 };
  const yDomain = scaleLinear().domain(valueDomain(values, { share: spec.share })).nice(yTicks).domain() as [number, number];
  const xScale = scaleLinear().domain([x0 - 0.5, x1 + 0.5]).range([margin.left, size.width - margin.right]);
  const yScale = scaleLinear().domain(yDomain).range([size.height - margin.bottom, margin.top]);
  const frame: Box = { x0: margin.left, x1: size.width - margin.right, y0: margin.top, y1: size.height - margin.bottom };
  const marks: Plot.Markish[] = [Plot.gridY({ stroke: GRID, strokeOpacity: 1, ticks: yTicks })];
  const bar = narrow ? 0.35 : 0.3;

  // Obstacles for the target labels: every marker and every drawn segment.
  const obstacles: Box[] = [];
  for (const s of spec.series) {
    for (const p of s.points) obstacles.push({ x0: xScale(p.year) - 7, x1: xScale(p.year) + 7, y0: yScale(p.value) - 7, y1: yScale(p.value) + 7 });
    for (const run of yearRuns(s.points)) {
      for (let i = 1; i < run.length; i++) obstacles.push(...segmentBoxes(xScale(run[i - 1]!.year), yScale(run[i - 1]!.value), xScale(run[i]!.year), yScale(run[i]!.value)));
    }
  }
  for (const t of spec.targets) {
    const path = pathOf(t);
    if (path) obstacles.push(...segmentBoxes(xScale(path.x1), yScale(path.y1), xScale(path.x2), yScale(path.y2)));
    const v = targetValue(t);
    if (v !== null) obstacles.push({ x0: xScale(t.target.year - bar), x1: xScale(t.target.year + bar), y0: yScale(v) - 3, y1: yScale(v) + 3 });
  }

  // Targets: the required path, the target bar, its label; the baseline ring for the current plan.
  for (const t of [...spec.targets].sort((a, b) => (a.role === b.role ? 0 : a.role === "earlier" ? -1 : 1))) {
    const v = targetValue(t);
    const current = t.role === "current";
    const stroke = current ? INK : MUTED;
    const path = pathOf(t);
    if (path) marks.push(Plot.link([path], { x1: "x1", y1: "y1", x2: "x2", y2: "y2", stroke, strokeWidth: current ? 1.5 : 1.25, strokeDasharray: current ? "6 4" : "2 3", className: `target-path ${t.role}` }));
    if (v !== null) {
      const ty = t.target.year;
      marks.push(Plot.link([{ a: ty - bar, b: ty + bar, v }], { x1: "a", x2: "b", y1: "v", y2: "v", stroke, strokeWidth: 3.5, className: `target-bar ${t.role}` }));
      const w = textWidth(t.markerText, size.fontSize) + 4;
      const at = { x: xScale(ty + bar), y: yScale(v) };
      const left = xScale(ty - bar) - at.x;
      const candidates = current
        ? [
            { dx: 0, dy: -13, anchor: "end" as const },
            { dx: 0, dy: 14, anchor: "end" as const },
            { dx: left - 4, dy: 0, anchor: "end" as const },
            { dx: 0, dy: -27, anchor: "end" as const },
            { dx: 0, dy: 28, anchor: "end" as const },
          ]
        : [
            { dx: 4, dy: 0, anchor: "start" as const },
            { dx: 0, dy: -13, anchor: "start" as const },
            { dx: 0, dy: 14, anchor: "start" as const },
            { dx: left - 4, dy: 0, anchor: "end" as const },
          ];
      const place = placeLabel(candidates, at, w, size.fontSize + 2, obstacles, frame);
      const x0b = place.anchor === "end" ? at.x + place.dx - w : at.x + place.dx;
      obstacles.push({ x0: x0b, x1: x0b + w, y0: at.y + place.dy - size.fontSize / 2, y1: at.y + place.dy + size.fontSize / 2 });
      marks.push(
        Plot.text([{ x: ty + bar, v }], {
          x: "x",
          y: "v",
          text: () => t.markerText,
          textAnchor: place.anchor,
          dx: place.dx,
          dy: place.dy,
          fill: stroke,
          fontWeight: current ? 600 : 400,
          stroke: "white",
          strokeWidth: 3,
          paintOrder: "stroke",
          className: `target-label ${t.role}`,
        }),
      );
    }
    if (current && t.baseline) marks.push(Plot.dot([t.baseline], { x: "year", y: "value", r: 8, stroke: INK, strokeWidth: 1, fill: "none", className: "baseline" }));
  }

  // Caliber changes (second row of the top margin) and pending targets (first row).
  for (const b of spec.breaks) {
    marks.push(Plot.ruleX([b.year], { stroke: MUTED, strokeDasharray: "1 3", strokeWidth: 1.5, className: "caliber-break" }));
    marks.push(Plot.text([b], { x: "year", frameAnchor: "top", text: "label", dy: -8, textAnchor: "start", dx: 3, fill: MUTED, className: "caliber-break-label" }));
  }
  for (const p of spec.pending) {
    marks.push(Plot.ruleX([p.year], { stroke: MUTED, strokeDasharray: "4 3", className: "pending" }));
    marks.push(Plot.text([p], { x: "year", frameAnchor: "top", text: "label", dy: -24, textAnchor: "end", dx: 2, fill: MUTED, className: "pending-label" }));
  }

  const notes = [...(spec.notes ?? [])].sort((a, b) => a.year - b.year);
  notes.forEach((n, i) => {
    const room = (notes[i + 1] ? xScale(notes[i + 1]!.year) : frame.x1) - xScale(n.year) - 6;
    const full = `${n.marker} ${n.text}`;
    const label = textWidth(full, size.fontSize) <= room ? full : n.marker;
    marks.push(Plot.ruleX([n.year], { stroke: MUTED, strokeDasharray: "1 2", className: "story-note" }));
    marks.push(Plot.text([n], { x: "year", frameAnchor: "bottom", text: () => label, dy: -6, dx: 3, textAnchor: "start", fill: INK, stroke: "white", strokeWidth: 3, paintOrder: "stroke", className: "story-note-label" }));
  });

  // Series: lines within consecutive-year runs only, then markers and flags.
  spec.series.forEach((s, i) => {
    const style = seriesStyle(i);
    const runs = yearRuns(s.points).filter((r) => r.length > 1);
    const lineData = runs.flatMap((run, k) => run.map((p) => ({ ...p, run: k })));
    if (lineData.length > 0) {
      marks.push(Plot.line(lineData, { x: "year", y: "value", z: "run", stroke: style.color, strokeWidth: 2, strokeDasharray: style.dash || undefined, className: `series-line series-${i}` }));
    }
    const dot = (points: readonly ChartPoint[], hollow: boolean) =>
      Plot.dot(points, {
        x: "year",
        y: "value",
        symbol: style.symbol,
        r: 4.5,
        stroke: style.color,
        strokeWidth: 2,
        fill: hollow ? "white" : style.color,
        title: "title",
        className: `series-dot series-${i} ${hollow ? "reprint" : "original"}`,
      });
    marks.push(dot(s.points.filter((p) => !p.reprint), false));
    marks.push(dot(s.points.filter((p) => p.reprint), true));
    const lower = s.points.filter((p) => p.flags.includes("lower-bound"));
    if (lower.length > 0) marks.push(Plot.vector(lower, { x: "year", y: "value", length: 16, anchor: "start", stroke: style.color, strokeWidth: 1.75, className: `lower-bound series-${i}` }));
    const assumed = s.points.filter((p) => p.flags.includes("caliber-assumed") || p.flags.includes("year-inferred"));
    if (assumed.length > 0) marks.push(Plot.text(assumed, { x: "year", y: "value", text: () => "?", dx: 0, dy: 15, fontSize: size.fontSize, fontWeight: 700, fill: style.color, className: `assumed series-${i}` }));
    const estimated = s.points.filter((p) => p.flags.includes("estimated"));
    if (estimated.length > 0) marks.push(Plot.text(estimated, { x: "year", y: "value", text: () => "*", dx: 8, dy: -6, fontSize: size.fontSize + 4, fontWeight: 700, fill: style.color, className: `estimated series-${i}` }));
  });

  const svg = plotSvg({
    width: size.width,
    height: size.height,
    marginTop: margin.top,
    marginRight: margin.right,
    marginBottom: margin.bottom,
    marginLeft: margin.left,
    style: { fontSize: `${size.fontSize}px` },
    x: { domain: [x0 - 0.5, x1 + 0.5], ticks: yearTicks([x0, x1], narrow), tickFormat: (d: number) => String(d), label: null, tickSize: 4 },
    y: { domain: yDomain, ticks: yTicks, tickFormat: spec.formatTick, label: spec.unit, labelAnchor: "top", labelArrow: "none", tickSize: 0 },
    marks,
  });
  // Plot sets the font size on the root as a style; keep it as an attribute (no inline CSS needed).
  svg.removeAttribute("style");
  svg.setAttribute("font-size", String(size.fontSize));
  return finishSvg(svg, { id: `${spec.id}-${size.idSuffix}`, title: spec.title, description: spec.description });
}
