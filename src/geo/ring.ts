/**
 * Ring helpers for small lon/lat polygons (a province, far from the poles and the antimeridian),
 * where the planar shoelace area in degree space is a valid test of orientation. Pure.
 *
 * Winding convention: d3-geo treats a polygon ring as enclosing the area on its right-hand side
 * when walked on the sphere, so an exterior ring must run CLOCKWISE in a lon/lat plot (x = lon,
 * y = lat) and a hole counter-clockwise — the opposite of RFC 7946. A small exterior ring wound
 * the other way encloses the rest of the globe (area ≈ 4π sr), the classic "whole globe" bug.
 */
import type { Position } from "geojson";

/** Shoelace area in square degrees: positive = counter-clockwise in a lon/lat plot. */
export function planarSignedArea(ring: readonly Position[]): number {
  let sum = 0;
  const n = ring.length;
  for (let i = 0; i < n; i++) {
    const a = ring[i];
    const b = ring[(i + 1) % n];
    if (a === undefined || b === undefined) continue;
    sum += (a[0] ?? 0) * (b[1] ?? 0) - (b[0] ?? 0) * (a[1] ?? 0);
  }
  return sum / 2;
}

/** Number of distinct vertices (a closed ring repeats its first vertex at the end). */
export function distinctVertexCount(ring: readonly Position[]): number {
  return new Set(ring.map((p) => `${p[0]},${p[1]}`)).size;
}

/**
 * A ring that encloses nothing: fewer than 4 positions, fewer than 3 distinct vertices, or zero
 * shoelace area (all vertices collinear). Test this on the source grid (exact integers / 1024),
 * before any non-linear transform: afterwards collinear points acquire a tiny, arbitrary-signed
 * area, and a counter-clockwise speck turns into "everything but the speck" in d3-geo.
 */
export function isDegenerateRing(ring: readonly Position[]): boolean {
  return ring.length < 4 || distinctVertexCount(ring) < 3 || planarSignedArea(ring) === 0;
}

/** Append the first position if the ring is not closed (GeoJSON requires closed rings). */
export function closeRing(ring: readonly Position[]): Position[] {
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (first === undefined || last === undefined) return [];
  return first[0] === last[0] && first[1] === last[1] ? [...ring] : [...ring, first];
}

/** Wind one polygon for d3-geo: exterior ring clockwise, holes counter-clockwise (lon/lat plot). */
export function windPolygonForD3(polygon: readonly (readonly Position[])[]): Position[][] {
  return polygon.map((ring, i) => {
    const area = planarSignedArea(ring);
    const wantClockwise = i === 0;
    const isClockwise = area < 0;
    return isClockwise === wantClockwise ? [...ring] : [...ring].reverse();
  });
}
