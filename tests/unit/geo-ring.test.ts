import { describe, expect, it } from "vitest";
import { geoArea } from "d3";
import type { Position } from "geojson";
import { closeRing, isDegenerateRing, planarSignedArea, windPolygonForD3 } from "../../src/geo/ring.ts";

// A 0.1° square near Hangzhou, counter-clockwise in a lon/lat plot (RFC 7946 order).
const ccw: Position[] = [
  [120, 30],
  [120.1, 30],
  [120.1, 30.1],
  [120, 30.1],
  [120, 30],
];
const cw = [...ccw].reverse();
const SMALL = 1e-5; // steradians: ≈ 400 km², far above the square and far below a hemisphere (2π)

describe("ring helpers", () => {
  it("signs the shoelace area by orientation", () => {
    expect(planarSignedArea(ccw)).toBeCloseTo(0.01, 12);
    expect(planarSignedArea(cw)).toBeCloseTo(-0.01, 12);
  });

  it("winds exterior rings so that d3-geo sees a small polygon, whatever the input order", () => {
    // the counter-clockwise square is the whole globe minus the square for d3 …
    expect(geoArea({ type: "Polygon", coordinates: [ccw] })).toBeGreaterThan(4 * Math.PI - SMALL);
    // … and after winding both orders are the small square
    for (const ring of [ccw, cw]) {
      const area = geoArea({ type: "Polygon", coordinates: windPolygonForD3([ring]) });
      expect(area).toBeGreaterThan(0);
      expect(area).toBeLessThan(SMALL);
    }
  });

  it("winds holes opposite to the exterior so that they subtract", () => {
    const hole: Position[] = [
      [120.02, 30.02],
      [120.04, 30.02],
      [120.04, 30.04],
      [120.02, 30.04],
      [120.02, 30.02],
    ];
    const outer = geoArea({ type: "Polygon", coordinates: windPolygonForD3([ccw]) });
    const withHole = geoArea({ type: "Polygon", coordinates: windPolygonForD3([ccw, hole]) });
    expect(withHole / outer).toBeCloseTo(1 - 0.04, 2);
  });

  it("flags rings that enclose nothing", () => {
    expect(isDegenerateRing([[121.15, 27.81], [121.16, 27.81], [121.15, 27.81]])).toBe(true); // 3 positions
    expect(isDegenerateRing([[1, 1], [1, 1], [1, 0.9], [1, 1]])).toBe(true); // 2 distinct vertices
    expect(isDegenerateRing([[0, 0], [1, 1], [2, 2], [0, 0]])).toBe(true); // collinear
    expect(isDegenerateRing(ccw)).toBe(false);
  });

  it("closes open rings once", () => {
    expect(closeRing(ccw.slice(0, 4))).toEqual(ccw);
    expect(closeRing(ccw)).toEqual(ccw);
  });
});
