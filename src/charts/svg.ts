/**
 * Shared machinery for the build-time charts: Observable Plot rendered against a linkedom document,
 * then post-processed into a deterministic, accessible, responsive SVG string.
 *
 * - `role="img"` with `aria-labelledby` → `<title>` (accessible name) and `<desc>` (one sentence);
 * - no `aria-label` on `<g>` (axe: aria-prohibited-attr), no Plot `<style>` or class (site.css styles
 *   `svg.chart`), `width="100%"` + viewBox and no height (scales with its container);
 * - coordinates rounded to 0.1 so snapshots are stable and small; ids are prefixed by the caller.
 */
import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";

/** The site's font stack (Chinese first; system-ui first would mix Latin digits from another font). */
export const FONT = `-apple-system, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif`;

/**
 * Okabe–Ito colours (safe for the common colour-vision deficiencies). Each series also gets its own
 * marker shape and dash pattern, so no distinction rests on colour alone.
 */
export const PALETTE = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#7A5A00", "#56B4E9"] as const;
export const INK = "#1b1f24";
export const MUTED = "#505a66";
export const GRID = "#d5dbe1";
export const SYMBOLS = ["circle", "square", "triangle", "diamond", "star", "cross"] as const;
/** Dash patterns paired with PALETTE (the first series is solid). */
export const DASHES = ["", "6 3", "2 3", "8 3 2 3", "1 2", "4 4"] as const;

export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

/** An id usable in HTML and SVG (letters first; no spaces or punctuation other than - and _). */
export function safeId(id: string): string {
  const cleaned = id.replace(/[^A-Za-z0-9_-]/g, "-");
  return /^[A-Za-z]/.test(cleaned) ? cleaned : `c-${cleaned}`;
}

const round1 = (n: number) => {
  const r = Math.round(n * 10) / 10;
  return Object.is(r, -0) ? 0 : r;
};
/** Round every decimal number in an attribute value to one decimal place (lengths with a unit, like 0.32em, are left alone). */
export const roundNumbers = (s: string) => s.replace(/-?\d+\.\d+(?:e-?\d+)?(?![\d.]*(?:em|ex|px|%))/g, (m) => String(round1(Number(m))));

const COORDINATE_ATTRIBUTES = ["d", "x", "y", "x1", "x2", "y1", "y2", "cx", "cy", "r", "transform", "points", "width", "height"];

export function plotDocument(): Document {
  return parseHTML("<!doctype html><html><body></body></html>").document as unknown as Document;
}

export interface SvgLabels {
  /** Unique on the page; prefixes the title/desc ids. */
  id: string;
  /** Accessible name (also the <title>). */
  title: string;
  /** One-sentence description generated from the data (the <desc>); omit for tiny charts. */
  description?: string;
}

/** Turn an SVG element from Plot into the site's accessible, deterministic SVG string. */
export function finishSvg(svg: Element, labels: SvgLabels, className = "chart"): string {
  const doc = svg.ownerDocument;
  for (const style of [...svg.querySelectorAll("style")]) style.remove();
  for (const el of [svg, ...svg.querySelectorAll("*")]) {
    if (el.tagName.toLowerCase() === "g") el.removeAttribute("aria-label");
    for (const name of COORDINATE_ATTRIBUTES) {
      const v = el.getAttribute(name);
      if (v !== null && el !== svg) el.setAttribute(name, roundNumbers(v));
    }
  }
  svg.removeAttribute("class");
  svg.removeAttribute("width");
  svg.removeAttribute("height");
  svg.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  svg.setAttribute("width", "100%");
  svg.setAttribute("class", className);
  svg.setAttribute("font-family", FONT);
  svg.setAttribute("role", "img");
  const id = safeId(labels.id);
  const desc = labels.description === undefined ? null : doc.createElementNS("http://www.w3.org/2000/svg", "desc");
  const title = doc.createElementNS("http://www.w3.org/2000/svg", "title");
  title.setAttribute("id", `${id}-title`);
  title.textContent = labels.title;
  if (desc) {
    desc.setAttribute("id", `${id}-desc`);
    desc.textContent = labels.description!;
  }
  svg.setAttribute("aria-labelledby", desc ? `${id}-title ${id}-desc` : `${id}-title`);
  svg.insertBefore(title, svg.firstChild);
  if (desc) svg.insertBefore(desc, title.nextSibling);
  return svg.outerHTML;
}

/** `Plot.plot` against a fresh linkedom document; the options must not ask for a figure (no title/caption/legend). */
export function plotSvg(options: Plot.PlotOptions): Element {
  const out = Plot.plot({ ...options, document: plotDocument() }) as unknown as Element;
  if (out.tagName.toLowerCase() !== "svg") throw new Error("plotSvg: Plot returned a figure; pass no title, caption or legend");
  return out;
}

/** Consecutive-year runs of a sorted point list: a line is drawn within a run, never across a gap. */
export function yearRuns<P extends { year: number }>(points: readonly P[]): P[][] {
  const runs: P[][] = [];
  for (const p of [...points].sort((a, b) => a.year - b.year)) {
    const run = runs.at(-1);
    if (run && p.year - run.at(-1)!.year === 1) run.push(p);
    else runs.push([p]);
  }
  return runs;
}

/**
 * The axis rule (also on the method page): a value axis spans at least MIN_RELATIVE_SPAN of the largest
 * absolute value it shows, so that a small change looks small. Forest cover moving from 61.2 % to
 * 61.15 % must not fill the chart as if it had collapsed; it is drawn on an axis at least 12.3 points
 * tall. When the data's own padded range is wider, that range is used. A zero-based axis would hide
 * real changes of shares near 95 %, so shares keep a window, kept inside 0–100.
 */
export const MIN_RELATIVE_SPAN = 0.2;

/** A padded, non-degenerate value domain obeying the axis rule; shares stay within 0–100, non-negative data stays ≥ 0. */
export function valueDomain(values: readonly number[], opts: { share?: boolean } = {}): [number, number] {
  if (values.length === 0) return [0, 1];
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min;
  const pad = span > 0 ? span * 0.12 : Math.max(1, Math.abs(max) * 0.1);
  const least = MIN_RELATIVE_SPAN * Math.max(Math.abs(min), Math.abs(max));
  const ceiling = opts.share && max <= 100 ? 100 : Infinity;
  if (span + 2 * pad < least) {
    // A window of the least span centred on the data; for non-negative data its foot (≥ 0.4 × max) is
    // never below zero, so only a share's top can need moving, and moving keeps the span.
    const mid = (min + max) / 2;
    const hi = Math.min(ceiling, mid + least / 2);
    return [hi - least, hi];
  }
  const lo = min - pad;
  return [min >= 0 && lo < 0 ? 0 : lo, Math.min(ceiling, max + pad)];
}

/** Approximate advance of a character at 1em: CJK and full-width 1, Latin capitals 0.68, narrow glyphs 0.3, others 0.56. */
export function advance(ch: string): number {
  return /[\u2E80-\uFFEF]/.test(ch) ? 1 : /[A-Z]/.test(ch) ? 0.68 : /[ilj.,:;'|!()\[\] ]/.test(ch) ? 0.3 : 0.56;
}

/** Approximate width of a line of text in pixels (for label placement and wrapping, not for layout-critical fits). */
export const textWidth = (text: string, fontSize: number) => [...text].reduce((w, ch) => w + advance(ch), 0) * fontSize;
