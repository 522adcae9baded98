/**
 * Swatches for the HTML legends under the charts: tiny inline SVGs (aria-hidden; the words beside
 * them carry the meaning) drawn with the same colours, shapes and dashes as the charts.
 */
import { symbol, symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolStar, symbolTriangle } from "d3";
import { INK, MUTED, PALETTE } from "./svg.ts";
import { seriesStyle } from "./indicatorChart.ts";

const SHAPES = { circle: symbolCircle, square: symbolSquare, triangle: symbolTriangle, diamond: symbolDiamond, star: symbolStar, cross: symbolCross } as const;

const wrap = (inner: string) => `<svg class="swatch" viewBox="0 0 28 16" width="28" height="16" aria-hidden="true" focusable="false">${inner}</svg>`;
const roundPath = (d: string) => d.replace(/-?\d+\.\d+/g, (m) => String(Math.round(Number(m) * 10) / 10));
const shape = (name: keyof typeof SHAPES, fill: string, stroke: string) =>
  `<path d="${roundPath(symbol(SHAPES[name], 64)() ?? "")}" transform="translate(14,8)" fill="${fill}" stroke="${stroke}" stroke-width="2"/>`;

export type SwatchKind = "original" | "reprint" | "lowerBound" | "estimated" | "assumed" | "path" | "target" | "baseline" | "earlier" | "break" | "pending" | "scoreBaseline" | "scoreResult" | "scoreEstimated" | "scoreTarget";

/** The swatch of series `index` (colour, shape and dash as drawn). */
export function seriesSwatch(index: number): string {
  const s = seriesStyle(index);
  return wrap(
    `<line x1="1" x2="27" y1="8" y2="8" stroke="${s.color}" stroke-width="2"${s.dash ? ` stroke-dasharray="${s.dash}"` : ""}/>` + shape(s.symbol, s.color, s.color),
  );
}

export function swatch(kind: SwatchKind): string {
  const c = PALETTE[0];
  switch (kind) {
    case "original":
      return wrap(shape("circle", MUTED, MUTED));
    case "reprint":
      return wrap(shape("circle", "white", MUTED));
    case "lowerBound":
      return wrap(`<path d="M14,15V2M10,6L14,2L18,6" fill="none" stroke="${MUTED}" stroke-width="1.75"/>`);
    case "estimated":
      return wrap(`<text x="14" y="15" text-anchor="middle" font-size="18" font-weight="700" fill="${MUTED}">*</text>`);
    case "assumed":
      return wrap(`<text x="14" y="13" text-anchor="middle" font-size="14" font-weight="700" fill="${MUTED}">?</text>`);
    case "path":
      return wrap(`<line x1="1" x2="27" y1="12" y2="4" stroke="${INK}" stroke-width="1.5" stroke-dasharray="6 4"/>`);
    case "target":
      return wrap(`<line x1="6" x2="22" y1="8" y2="8" stroke="${INK}" stroke-width="3.5"/>`);
    case "baseline":
      return wrap(`<circle cx="14" cy="8" r="6.5" fill="none" stroke="${INK}"/>`);
    case "earlier":
      return wrap(`<line x1="1" x2="17" y1="12" y2="6" stroke="${MUTED}" stroke-width="1.25" stroke-dasharray="2 3"/><line x1="17" x2="27" y1="6" y2="6" stroke="${MUTED}" stroke-width="3.5"/>`);
    case "break":
      return wrap(`<line x1="14" x2="14" y1="0" y2="16" stroke="${MUTED}" stroke-width="1.5" stroke-dasharray="1 3"/>`);
    case "pending":
      return wrap(`<line x1="14" x2="14" y1="0" y2="16" stroke="${MUTED}" stroke-dasharray="4 3"/>`);
    case "scoreBaseline":
      return wrap(`<circle cx="14" cy="8" r="4.5" fill="white" stroke="${MUTED}" stroke-width="2"/>`);
    case "scoreResult":
      return wrap(`<line x1="2" x2="16" y1="8" y2="8" stroke="${c}" stroke-width="2"/><path d="M16,3.5L22,8L16,12.5Z" fill="${c}"/><circle cx="22" cy="8" r="5" fill="${c}" stroke="${c}" stroke-width="2"/>`);
    case "scoreEstimated":
      return wrap(`<circle cx="11" cy="9" r="5" fill="white" stroke="${c}" stroke-width="2"/><text x="21" y="10" font-size="16" font-weight="700" fill="${c}">*</text>`);
    case "scoreTarget":
      return wrap(`<line x1="14" x2="14" y1="1" y2="15" stroke="${INK}" stroke-width="3.5"/>`);
  }
}
