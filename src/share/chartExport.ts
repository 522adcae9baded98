/**
 * A chart as a file that keeps its attribution when it travels: one standalone SVG document holding the
 * title, the chart, its legend and a stamp (source line; data version, licence and page address). The same
 * document is offered for download as SVG, rendered to PNG at build (src/share/png.ts), and used as the
 * page's link-preview image. Any chart can be exported: pass its SVG markup and legend.
 */
import { escapeXml } from "../charts/svg.ts";
import { EXPORT_FONT_FAMILY } from "./png.ts";

export interface ExportLegendItem {
  /** A small SVG (the legend swatches are 28 × 16). */
  swatch: string;
  label: string;
}

export interface ChartExportInput {
  title: string;
  /** The chart's SVG markup (with a viewBox), or null when there is nothing to draw. */
  chart: string | null;
  /** Shown in place of the chart when `chart` is null (what is missing and where it should be published). */
  missing?: string;
  legend: readonly ExportLegendItem[];
  /** One line naming the sources of the plotted values. */
  source: string;
  /** Data version, licence and the address of the page the chart belongs to. */
  stamp: string;
}

export const EXPORT_WIDTH = 1200;
/** The link-preview size; an export grows taller when its legend or source needs more room. */
export const EXPORT_MIN_HEIGHT = 630;
const MARGIN = 40;
const LEGEND_WIDTH = 330;
const CHART_WIDTH = EXPORT_WIDTH - 2 * MARGIN - LEGEND_WIDTH - 20;

/** Width of text in the export font, estimated: CJK and full-width characters 1 em, others 0.56 em. */
export function textWidth(text: string, size: number): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u11ff\u2e80-\ua4cf\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? size : 0.56 * size;
  return w;
}

/** Greedy line breaking: at spaces when a line has one, anywhere in CJK text; a word longer than a line is cut. */
export function wrapText(text: string, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const token of text.match(/[A-Za-z0-9.,;:!?%’'"()\-–/+·µμ³²₂₃₅]+\s*|\S\s*|\s+/g) ?? []) {
    if (line !== "" && textWidth((line + token).trimEnd(), size) > width) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else line += token;
    while (textWidth(line.trimEnd(), size) > width) {
      let cut = line.length - 1;
      while (cut > 1 && textWidth(line.slice(0, cut), size) > width) cut--;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line.trim() !== "") lines.push(line.trimEnd());
  return lines;
}

const textLines = (lines: readonly string[], x: number, y: number, size: number, lineHeight: number, attrs: string) =>
  lines.map((l, i) => `<text x="${x}" y="${Math.round(y + i * lineHeight)}" font-size="${size}" ${attrs}>${escapeXml(l)}</text>`).join("");

/** Puts an SVG document at (x, y) in a box of the given width, keeping its aspect ratio; returns the markup and height. */
function place(svg: string, x: number, y: number, width: number): { markup: string; height: number } {
  const open = svg.match(/^<svg\b[^>]*>/)?.[0];
  const viewBox = open?.match(/viewBox="([^"]+)"/)?.[1]?.split(/[\s,]+/).map(Number);
  if (!open || !viewBox || viewBox.length !== 4) throw new Error("an exported chart needs an <svg> with a viewBox");
  const height = Math.round((width * viewBox[3]!) / viewBox[2]!);
  const attrs = open
    .replace(/\s(width|height|x|y|class|role|aria-[a-z]+)="[^"]*"/g, "")
    .replace(/^<svg/, `<svg x="${x}" y="${y}" width="${width}" height="${height}"`);
  return { markup: attrs + svg.slice(open.length), height };
}

export function chartExportSvg(input: ChartExportInput): { svg: string; width: number; height: number } {
  const parts: string[] = [];
  let y = MARGIN;
  const titleLines = wrapText(input.title, 30, EXPORT_WIDTH - 2 * MARGIN);
  parts.push(textLines(titleLines, MARGIN, y + 28, 30, 40, `font-weight="700" fill="#1b1f24"`));
  y += titleLines.length * 40 + 16;

  const top = y;
  let chartBottom = y;
  if (input.chart) {
    const placed = place(input.chart, MARGIN, y, CHART_WIDTH);
    parts.push(placed.markup);
    chartBottom = y + placed.height;
  } else {
    const lines = wrapText(input.missing ?? "", 22, CHART_WIDTH - 40);
    parts.push(`<rect x="${MARGIN}" y="${y}" width="${CHART_WIDTH}" height="${lines.length * 32 + 60}" fill="#f3f6f9" stroke="#c9d1d9"/>`);
    parts.push(textLines(lines, MARGIN + 20, y + 48, 22, 32, `fill="#505a66"`));
    chartBottom = y + lines.length * 32 + 60;
  }

  // Legend in a column to the right of the chart.
  const lx = EXPORT_WIDTH - MARGIN - LEGEND_WIDTH;
  let ly = top + 4;
  for (const item of input.legend) {
    const lines = wrapText(item.label, 16, LEGEND_WIDTH - 38);
    parts.push(place(item.swatch, lx, ly + 2, 28).markup);
    parts.push(textLines(lines, lx + 36, ly + 15, 16, 21, `fill="#1b1f24"`));
    ly += lines.length * 21 + 10;
  }

  y = Math.max(chartBottom, ly) + 24;
  const sourceLines = wrapText(input.source, 18, EXPORT_WIDTH - 2 * MARGIN);
  const stampLines = wrapText(input.stamp, 16, EXPORT_WIDTH - 2 * MARGIN);
  const footer = sourceLines.length * 26 + stampLines.length * 24 + 14;
  const height = Math.max(EXPORT_MIN_HEIGHT, y + footer + MARGIN - 14);
  // The stamp sits at the bottom edge, under a rule, whatever the chart's height.
  const fy = height - MARGIN - footer + 14;
  parts.push(`<line x1="${MARGIN}" x2="${EXPORT_WIDTH - MARGIN}" y1="${fy - 12}" y2="${fy - 12}" stroke="#c9d1d9"/>`);
  parts.push(textLines(sourceLines, MARGIN, fy + 14, 18, 26, `fill="#1b1f24"`));
  parts.push(textLines(stampLines, MARGIN, fy + sourceLines.length * 26 + 16, 16, 24, `fill="#505a66"`));

  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${EXPORT_WIDTH}" height="${height}" viewBox="0 0 ${EXPORT_WIDTH} ${height}" font-family="${EXPORT_FONT_FAMILY}, sans-serif">` +
    `<title>${escapeXml(input.title)}</title><desc>${escapeXml(`${input.source} — ${input.stamp}`)}</desc>` +
    `<rect width="${EXPORT_WIDTH}" height="${height}" fill="#ffffff"/>` +
    parts.join("") +
    `</svg>`;
  return { svg, width: EXPORT_WIDTH, height };
}
