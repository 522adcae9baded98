import { describe, expect, it } from "vitest";
import { geoDistance } from "d3";
import { gcj02ToWgs84, wgs84ToGcj02 } from "../../src/geo/gcj02.ts";

const EARTH_RADIUS_M = 6_371_008.8;
const metres = (a: readonly [number, number], b: readonly [number, number]) => geoDistance(a as [number, number], b as [number, number]) * EARTH_RADIUS_M;

describe("GCJ-02 ↔ WGS84", () => {
  it("round-trips WGS84 → GCJ-02 → WGS84 within 0.5 m on a 0.25° grid over Zhejiang", () => {
    let worst = 0;
    for (let lon = 118; lon <= 123.25; lon += 0.25) {
      for (let lat = 27; lat <= 31.25; lat += 0.25) {
        const [gLon, gLat] = wgs84ToGcj02(lon, lat);
        worst = Math.max(worst, metres([lon, lat], gcj02ToWgs84(gLon, gLat)));
      }
    }
    expect(worst).toBeLessThan(0.5);
  });

  it("shifts Hangzhou by about +0.0047° longitude and −0.0024° latitude (≈ 450 m east, 260 m south)", () => {
    const wgs: [number, number] = [120.155, 30.274]; // Hangzhou, West Lake area
    const [gLon, gLat] = wgs84ToGcj02(...wgs);
    expect(gLon - wgs[0]).toBeGreaterThan(0.0042);
    expect(gLon - wgs[0]).toBeLessThan(0.0052);
    expect(gLat - wgs[1]).toBeGreaterThan(-0.0029);
    expect(gLat - wgs[1]).toBeLessThan(-0.0019);
  });

  it("matches published test vectors (googollee/eviltransform, python tests, MIT)", () => {
    // [wgsLat, wgsLng, gcjLat, gcjLng]
    const vectors: [number, number, number, number][] = [
      [31.1774276, 121.5272106, 31.17530398364597, 121.531541859215], // Shanghai
      [22.543847, 113.912316, 22.540796131694766, 113.9171764808363], // Shenzhen
      [39.911954, 116.377817, 39.91334545536069, 116.38404722455657], // Beijing
    ];
    for (const [wLat, wLon, gLat, gLon] of vectors) {
      const [lon, lat] = wgs84ToGcj02(wLon, wLat);
      expect(lon).toBeCloseTo(gLon, 9);
      expect(lat).toBeCloseTo(gLat, 9);
      // and the inverse recovers the WGS84 position to a millimetre
      expect(metres(gcj02ToWgs84(gLon, gLat), [wLon, wLat])).toBeLessThan(0.001);
    }
  });

  it("leaves positions outside China unchanged", () => {
    expect(wgs84ToGcj02(2.3522, 48.8566)).toEqual([2.3522, 48.8566]);
    expect(gcj02ToWgs84(2.3522, 48.8566)).toEqual([2.3522, 48.8566]);
  });
});
