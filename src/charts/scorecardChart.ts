/**
 * The 13th plan's scorecard (Table 1) as small multiples: one strip per row, each on its own scale
 * and in its own unit (the rows measure different things, so no common axis is implied). On each
 * strip: the 2015 value (open circle), an arrow to the 2020 result (filled; an asterisk marks an
 * estimate, 预计数), and the target (a vertical bar). Each strip runs from zero to a round number above
 * its largest value, with both ends labelled; the numbers are printed under each strip.
 *
 * D3 scales + string building rather than Plot: Plot's facets share one scale, and here every row
 * needs its own. Pure and deterministic (coordinates rounded to 0.1).
 */
import { scaleLinear } from "d3";
import { FONT, GRID, INK, MUTED, PALETTE, advance, escapeXml, safeId } from "./svg.ts";

export interface ScoreRow {
  id: string;
  /** Row label (wrapped onto as many lines as needed). */
  label: string;
  baseline: number | null;
  target: number | null;
  result: number | null;
  estimated: boolean;
  /** The numbers as text, printed under the strip, e.g. "2015年 44 → 2020年 25 · 目标 ≤35". */
  valuesText: string;
  /** Formats the strip's end values (with the row's unit). */
  formatTick: (value: number) => string;
}

export interface ScorecardSpec {
  id: string;
  title: string;
  description: string;
  rows: readonly ScoreRow[];
  /** Shown on strips that have no number at all. */
  noValueText: string;
}

const FONT_SIZE = 13;
const LINE = 16;
const STRIP = 22;
const PAD = 10;

const r1 = (n: number) => {
  const r = Math.round(n * 10) / 10;
  return String(Object.is(r, -0) ? 0 : r);
};

/** Wrap text into lines no wider than `maxEm` (spaces preferred as break points for Latin text). */
export function wrapText(text: string, maxEm: number): string[] {
  const lines: string[] = [];
  let line = "";
  let width = 0;
  let lastSpace = -1;
  for (const ch of text) {
    const w = advance(ch);
    if (width + w > maxEm && line.length > 0) {
      if (ch !== " " && lastSpace > 0) {
        lines.push(line.slice(0, lastSpace));
        line = line.slice(lastSpace + 1);
        width = [...line].reduce((s, c) => s + advance(c), 0);
      } else {
        lines.push(line);
        line = "";
        width = 0;
      }
      lastSpace = -1;
      if (ch === " ") continue;
    }
    if (ch === " ") lastSpace = line.length;
    line += ch;
    width += w;
  }
  if (line) lines.push(line);
  return lines;
}

export function renderScorecard(spec: ScorecardSpec, width: number, idSuffix: string): string {
  const id = safeId(`${spec.id}-${idSuffix}`);
  const maxEm = (width - 2 * PAD) / FONT_SIZE;
  const body: string[] = [];
  let y = PAD;
  for (const row of spec.rows) {
    const labelLines = wrapText(row.label, maxEm);
    const valueLines = wrapText(row.valuesText, (maxEm * FONT_SIZE) / 12);
    body.push(`<g class="row" data-row="${escapeXml(row.id)}">`);
    labelLines.forEach((l, i) => body.push(`<text x="${PAD}" y="${r1(y + LINE * (i + 1) - 4)}" font-weight="600">${escapeXml(l)}</text>`));
    y += LINE * labelLines.length;
    const mid = y + STRIP / 2;
    const numbers = [row.baseline, row.target, row.result].filter((v): v is number => v !== null);
    const x0 = PAD + 8;
    const x1 = width - PAD - 8;
    body.push(`<line x1="${PAD}" x2="${width - PAD}" y1="${r1(mid)}" y2="${r1(mid)}" stroke="${GRID}" stroke-width="2"/>`);
    if (numbers.length === 0) {
      body.push(`<text x="${r1((x0 + x1) / 2)}" y="${r1(mid + 4)}" text-anchor="middle" fill="${MUTED}" font-style="italic">${escapeXml(spec.noValueText)}</text>`);
    } else {
      // Zero-based, up to a round number above the row's largest value: lengths stay honest within a row.
      const x = scaleLinear().domain([Math.min(0, ...numbers), Math.max(...numbers) || 1]).nice(4).range([x0, x1]);
      const [lo, hi] = x.domain() as [number, number];
      body.push(`<text x="${PAD}" y="${r1(mid + 19)}" font-size="10" fill="${MUTED}" text-anchor="start">${escapeXml(row.formatTick(lo))}</text>`);
      body.push(`<text x="${x1}" y="${r1(mid + 19)}" font-size="10" fill="${MUTED}" text-anchor="end">${escapeXml(row.formatTick(hi))}</text>`);
      if (row.target !== null) {
        body.push(`<line x1="${r1(x(row.target))}" x2="${r1(x(row.target))}" y1="${r1(mid - 9)}" y2="${r1(mid + 9)}" stroke="${INK}" stroke-width="3.5"/>`);
      }
      if (row.baseline !== null && row.result !== null && Math.abs(x(row.result) - x(row.baseline)) > 18) {
        const a = x(row.baseline);
        const b = x(row.result);
        const dir = Math.sign(b - a);
        const head = b - dir * 7; // the arrowhead stops at the result marker's edge
        body.push(`<line x1="${r1(a)}" x2="${r1(head - dir * 6)}" y1="${r1(mid)}" y2="${r1(mid)}" stroke="${PALETTE[0]}" stroke-width="2"/>`);
        body.push(`<path d="M${r1(head - dir * 7)},${r1(mid - 4.5)}L${r1(head)},${r1(mid)}L${r1(head - dir * 7)},${r1(mid + 4.5)}Z" fill="${PALETTE[0]}"/>`);
      }
      if (row.baseline !== null) body.push(`<circle cx="${r1(x(row.baseline))}" cy="${r1(mid)}" r="4.5" fill="white" stroke="${MUTED}" stroke-width="2"/>`);
      if (row.result !== null) {
        const rx = x(row.result);
        body.push(`<circle cx="${r1(rx)}" cy="${r1(mid)}" r="5" fill="${row.estimated ? "white" : PALETTE[0]}" stroke="${PALETTE[0]}" stroke-width="2"/>`);
        if (row.estimated) body.push(`<text x="${r1(rx + 6)}" y="${r1(mid - 4)}" font-size="16" font-weight="700" fill="${PALETTE[0]}">*</text>`);
      }
    }
    y += STRIP + 12;
    valueLines.forEach((l, i) => body.push(`<text x="${PAD}" y="${r1(y + LINE * (i + 1) - 4)}" fill="${MUTED}" font-size="12">${escapeXml(l)}</text>`));
    y += LINE * valueLines.length + 10;
    body.push(`</g>`);
  }
  const height = Math.ceil(y + PAD);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-labelledby="${id}-title ${id}-desc" class="chart scorecard" font-family="${escapeXml(FONT)}" font-size="${FONT_SIZE}" fill="${INK}">`,
    `<title id="${id}-title">${escapeXml(spec.title)}</title>`,
    `<desc id="${id}-desc">${escapeXml(spec.description)}</desc>`,
    ...body,
    `</svg>`,
  ].join("\n");
}
