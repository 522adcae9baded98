/**
 * Checks on the built file data/geo/zhejiang-cities.topo.json against independent facts:
 * official areas (Zhejiang ≈ 105,500 km²; 杭州市 16,850 km²; 丽水市 17,298 km²; 舟山市 land
 * ≈ 1,440 km²) and well-known city-centre coordinates (WGS84).
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { geoArea, geoBounds, geoContains, geoConicEqualArea, geoPath } from "d3";
import { feature } from "topojson-client";
import type { Feature, MultiPolygon, Polygon } from "geojson";
import type { CityProperties, CityTopology } from "../../src/geo/cityTopology.ts";
import { buildCityTopology, cleanCities, DEFAULT_TOPOLOGY_OPTIONS } from "../../src/geo/cityTopology.ts";
import type { EChartsMapFile } from "../../src/geo/echartsDecode.ts";

const R_KM = 6371.0088;
const path = new URL("../../data/geo/zhejiang-cities.topo.json", import.meta.url);
const text = readFileSync(path, "utf8");
const topo = JSON.parse(text) as CityTopology;
const cities = feature(topo, topo.objects.cities).features as Feature<Polygon | MultiPolygon, CityProperties>[];
const byCode = new Map(cities.map((f) => [f.properties.adcode, f]));
const km2 = (f: Feature | Polygon | MultiPolygon) => geoArea(f) * R_KM * R_KM;
const polygons = (g: Polygon | MultiPolygon): Polygon[] =>
  g.type === "Polygon" ? [g] : g.coordinates.map((coordinates) => ({ type: "Polygon", coordinates }));

describe("data/geo/zhejiang-cities.topo.json", () => {
  it("has an object `cities` with the 11 cities, adcode (number) and name_zh", () => {
    expect(topo.type).toBe("Topology");
    expect(Object.keys(topo.objects)).toEqual(["cities"]);
    expect(cities.map((f) => [f.properties.adcode, f.properties.name_zh])).toEqual([
      [330100, "杭州市"],
      [330200, "宁波市"],
      [330300, "温州市"],
      [330400, "嘉兴市"],
      [330500, "湖州市"],
      [330600, "绍兴市"],
      [330700, "金华市"],
      [330800, "衢州市"],
      [330900, "舟山市"],
      [331000, "台州市"],
      [331100, "丽水市"],
    ]);
    expect(cities.every((f) => f.geometry !== null)).toBe(true);
  });

  it("has plausible spherical areas: each positive and < 25,000 km², total 100,000–110,000 km²", () => {
    const areas = cities.map(km2);
    for (const a of areas) {
      expect(a).toBeGreaterThan(0);
      expect(a).toBeLessThan(25_000);
    }
    const total = areas.reduce((s, a) => s + a, 0);
    expect(total).toBeGreaterThan(100_000);
    expect(total).toBeLessThan(110_000);
  });

  it("matches official areas of single-polygon cities within 3 %, and keeps Zhoushan small", () => {
    expect(Math.abs(km2(byCode.get(330100)!) / 16_850 - 1)).toBeLessThan(0.03);
    expect(Math.abs(km2(byCode.get(331100)!) / 17_298 - 1)).toBeLessThan(0.03);
    const zhoushan = km2(byCode.get(330900)!);
    expect(zhoushan).toBeGreaterThan(1_000);
    expect(zhoushan).toBeLessThan(2_000);
  });

  it("has no ring spanning more than a few degrees (no ring wound to enclose the globe)", () => {
    for (const f of cities) {
      for (const p of polygons(f.geometry)) {
        const [[w, s], [e, n]] = geoBounds(p);
        expect(e - w).toBeLessThan(3);
        expect(n - s).toBeLessThan(3);
        expect(geoArea(p)).toBeLessThan(0.001); // sr; a hemisphere is 2π
      }
    }
  });

  it("places well-known city centres in the right city, and the sea and Beijing in none", () => {
    const centres: [number, [number, number]][] = [
      [330100, [120.17, 30.27]], // Hangzhou, Wulin Square
      [330200, [121.55, 29.87]], // Ningbo, Tianyi Square
      [330300, [120.70, 28.0]], // Wenzhou, Lucheng
      [330400, [120.76, 30.75]], // Jiaxing, Nanhu
      [330500, [120.09, 30.89]], // Huzhou, Wuxing
      [330600, [120.58, 30.0]], // Shaoxing, Yuecheng
      [330700, [119.65, 29.08]], // Jinhua, Wucheng
      [330800, [118.87, 28.94]], // Quzhou, Kecheng
      [330900, [122.12, 30.06]], // Zhoushan Island, interior
      [331000, [121.3, 28.75]], // Taizhou, Huangyan–Jiaojiang plain
      [331100, [119.92, 28.45]], // Lishui, Liandu
    ];
    for (const [code, point] of centres) {
      const hits = cities.filter((f) => geoContains(f, point)).map((f) => f.properties.adcode);
      expect(hits, `${point.join(",")}`).toEqual([code]);
    }
    for (const point of [
      [123.0, 28.5], // East China Sea
      [116.4, 39.9], // Beijing
      [-74.0, 40.7], // New York
    ] as [number, number][]) {
      expect(cities.filter((f) => geoContains(f, point))).toEqual([]);
    }
  });

  it("projects with conic equal-area so that projected area shares equal spherical area shares", () => {
    const projection = geoConicEqualArea().parallels([27.5, 30.5]).rotate([-120.5, 0]);
    const planar = geoPath(projection);
    const sphereTotal = cities.reduce((s, f) => s + geoArea(f), 0);
    const planeTotal = cities.reduce((s, f) => s + planar.area(f), 0);
    for (const f of cities) {
      expect(planar.area(f) / planeTotal).toBeCloseTo(geoArea(f) / sphereTotal, 4);
    }
  });

  it("is up to date: rebuilding from echarts' file gives the same bytes", () => {
    const require = createRequire(import.meta.url);
    const file = JSON.parse(readFileSync(require.resolve("echarts/map/json/province/zhejiang.json"), "utf8")) as EChartsMapFile;
    const rebuilt = `${JSON.stringify(buildCityTopology(cleanCities(file).features, DEFAULT_TOPOLOGY_OPTIONS))}\n`;
    expect(rebuilt === text).toBe(true);
  });
});
