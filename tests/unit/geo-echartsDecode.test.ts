import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { geoContains } from "d3";
import { decodeEChartsMap, decodeRing } from "../../src/geo/echartsDecode.ts";
import type { EChartsMapFile } from "../../src/geo/echartsDecode.ts";

const require = createRequire(import.meta.url);
const raw = readFileSync(require.resolve("echarts/map/json/province/zhejiang.json"), "utf8");
const load = () => JSON.parse(raw) as EChartsMapFile;

// GB/T 2260 codes and names of Zhejiang's 11 prefecture-level cities.
const CITIES: [string, string][] = [
  ["330100", "杭州市"],
  ["330200", "宁波市"],
  ["330300", "温州市"],
  ["330400", "嘉兴市"],
  ["330500", "湖州市"],
  ["330600", "绍兴市"],
  ["330700", "金华市"],
  ["330800", "衢州市"],
  ["330900", "舟山市"],
  ["331000", "台州市"],
  ["331100", "丽水市"],
];

describe("decodeRing (ECharts UTF8Encoding)", () => {
  it("decodes zigzag deltas from the offset, scaled by 1/1024", () => {
    // Hand-encoded: start at the offset (1024, 2048) → (+0, +0) '@@'; then (+1, −1): zigzag 2, 1
    // → 'B', 'A'; then (−2, +3): zigzag 3, 6 → 'C', 'F'.
    const ring = decodeRing("@@BACF", [1024, 2048]);
    expect(ring).toEqual([
      [1, 2],
      [1025 / 1024, 2047 / 1024],
      [1023 / 1024, 2050 / 1024],
    ]);
  });

  it("rejects an odd number of code units", () => {
    expect(() => decodeRing("@@B", [0, 0])).toThrow();
  });
});

describe("decodeEChartsMap on echarts 4.9.0 zhejiang.json", () => {
  const decoded = decodeEChartsMap(load());

  it("returns the 11 prefecture-level cities with their adcodes and names", () => {
    expect(decoded.features).toHaveLength(11);
    const pairs = decoded.features.map((f) => [String(f.id), f.properties.name]);
    expect(pairs.sort()).toEqual(CITIES);
  });

  it("decodes every vertex to a position inside Zhejiang's bounding box", () => {
    let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const f of decoded.features) {
      const polygons = f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates;
      for (const [lon = NaN, lat = NaN] of polygons.flat(2)) {
        [west, east] = [Math.min(west, lon), Math.max(east, lon)];
        [south, north] = [Math.min(south, lat), Math.max(north, lat)];
      }
    }
    // Zhejiang: about 118.0°–123.2° E, 27.0°–31.2° N (incl. the Zhoushan and Taizhou islands)
    expect(west).toBeGreaterThan(118.0);
    expect(east).toBeLessThan(123.3);
    expect(south).toBeGreaterThan(27.0);
    expect(north).toBeLessThan(31.3);
    expect(east - west).toBeGreaterThan(4);
    expect(north - south).toBeGreaterThan(3.5);
  });

  it("puts each city's own centre point (properties.cp, stored uncompressed) inside its decoded outline", () => {
    for (const f of decoded.features) {
      const cp = f.properties.cp;
      expect(cp).toBeDefined();
      expect(geoContains(f, cp as [number, number])).toBe(true);
      // and not inside any other city
      for (const g of decoded.features) {
        if (g !== f) expect(geoContains(g, cp as [number, number])).toBe(false);
      }
    }
  });

  it("does not mutate its input", () => {
    const file = load();
    decodeEChartsMap(file);
    expect(JSON.stringify(file)).toBe(JSON.stringify(JSON.parse(raw)));
  });

  it("rejects a file that is not UTF8-encoded", () => {
    expect(() => decodeEChartsMap({ ...load(), UTF8Encoding: false })).toThrow();
  });
});
