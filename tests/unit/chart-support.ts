/** Helpers for the chart tests: parse an SVG string and read marker positions and path vertices. */
import { DOMParser } from "linkedom";

export function parseSvg(svg: string) {
  const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
  return { doc, svg: doc.documentElement as unknown as Element };
}

/** Marker centres in a mark's <g>: circles (cx, cy) and symbol paths placed by translate(x,y). */
export function markerPositions(g: Element | null): { x: number; y: number }[] {
  if (!g) return [];
  return [...g.children].map((el) => {
    if (el.tagName.toLowerCase() === "circle") return { x: Number(el.getAttribute("cx")), y: Number(el.getAttribute("cy")) };
    const m = /translate\(([-\d.]+),([-\d.]+)\)/.exec(el.getAttribute("transform") ?? "");
    if (!m) throw new Error(`marker without position: ${el.outerHTML}`);
    return { x: Number(m[1]), y: Number(m[2]) };
  });
}

/** Vertices of an "M…L…L…" path. */
export function pathVertices(d: string): { x: number; y: number }[] {
  return [...d.matchAll(/[ML]([-\d.]+),([-\d.]+)/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]) }));
}

export const near = (a: number, b: number, tolerance = 0.15) => Math.abs(a - b) <= tolerance;
