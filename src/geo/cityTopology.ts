/**
 * The map-data pipeline for Zhejiang's 11 prefecture-level cities, from the ECharts 4.9.0 map
 * file to a small TopoJSON. Pure (no I/O); `scripts/build-map-data.ts` does the reading/writing.
 *
 *   decode (./echartsDecode.ts) → drop degenerate rings on the source grid (./ring.ts)
 *   → GCJ-02 → WGS84 (./gcj02.ts) → wind rings for d3-geo → topology → Visvalingam
 *   simplification (spherical triangle areas) → drop small unattached islands → quantise.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from "geojson";
import type { GeometryCollection, Topology } from "topojson-specification";
import { topology } from "topojson-server";
import { quantize } from "topojson-client";
import { filter, filterAttachedWeight, presimplify, simplify, sphericalRingArea, sphericalTriangleArea } from "topojson-simplify";
import type { Ring, Triangle } from "topojson-simplify";
import { decodeEChartsMap } from "./echartsDecode.ts";
import type { EChartsMapFile } from "./echartsDecode.ts";
import { gcj02ToWgs84 } from "./gcj02.ts";
import { closeRing, isDegenerateRing, windPolygonForD3 } from "./ring.ts";
import { EARTH_RADIUS_KM } from "./area.ts";

export interface CityProperties {
  /** GB/T 2260 administrative division code, e.g. 330100 for 杭州市. */
  adcode: number;
  name_zh: string;
}

export type CityGeometry = Polygon | MultiPolygon;
export type CityFeature = Feature<CityGeometry, CityProperties>;
export type CityTopology = Topology<{ cities: GeometryCollection<CityProperties> }>;

export interface DroppedRing {
  adcode: number;
  name_zh: string;
  /** "exterior" drops the whole polygon (island); "hole" drops one interior ring. */
  role: "exterior" | "hole";
  positions: number;
  /** First vertex, GCJ-02 as in the source file. */
  at: [number, number];
}

export interface CleanResult {
  features: CityFeature[];
  dropped: DroppedRing[];
}

const ADCODE = /^33\d{2}00$/;

/** Polygons of a geometry as a list (a Polygon is a list of one). */
export function polygonsOf(geometry: CityGeometry): Position[][][] {
  return geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
}

/**
 * Decode the ECharts file, drop degenerate rings (tested on the source grid, before conversion),
 * convert GCJ-02 → WGS84, close and wind every ring for d3-geo. Features are sorted by adcode.
 */
export function cleanCities(file: EChartsMapFile): CleanResult {
  const decoded = decodeEChartsMap(file);
  const dropped: DroppedRing[] = [];
  const features: CityFeature[] = decoded.features.map((f) => {
    const code = String(f.id ?? "");
    if (!ADCODE.test(code)) throw new Error(`Unexpected feature id ${JSON.stringify(f.id)} (want a Zhejiang city adcode)`);
    const properties: CityProperties = { adcode: Number(code), name_zh: f.properties.name };
    const polygons: Position[][][] = [];
    for (const polygon of polygonsOf(f.geometry)) {
      const kept: Position[][] = [];
      polygon.forEach((ring, i) => {
        const closed = closeRing(ring);
        // A hole of a dropped exterior ring goes with it.
        if (isDegenerateRing(closed) || (i > 0 && kept.length === 0)) {
          const first = ring[0];
          dropped.push({
            ...properties,
            role: i === 0 ? "exterior" : "hole",
            positions: ring.length,
            at: [first?.[0] ?? NaN, first?.[1] ?? NaN],
          });
        } else {
          kept.push(closed.map(([lon, lat]) => gcj02ToWgs84(lon ?? NaN, lat ?? NaN)));
        }
      });
      if (kept.length > 0) polygons.push(windPolygonForD3(kept));
    }
    const [only] = polygons;
    const geometry: CityGeometry =
      polygons.length === 1 && only !== undefined
        ? { type: "Polygon", coordinates: only }
        : { type: "MultiPolygon", coordinates: polygons };
    return { type: "Feature", properties, geometry };
  });
  features.sort((a, b) => a.properties.adcode - b.properties.adcode);
  return { features, dropped };
}

export interface TopologyOptions {
  /** Visvalingam threshold: drop vertices whose effective triangle is smaller than this (km²). */
  simplifyKm2: number;
  /** Drop islands (rings sharing no arc with another ring) smaller than this after simplification (km²). */
  minIslandKm2: number;
  /** Final grid: number of quantisation steps across the bounding box (topojson quantize). */
  quantization: number;
}

/**
 * Chosen for a ~30 KB file: vertices whose triangle is under 0.7 km² go (≈ 0.5 px on a 600 px
 * wide map of the province); islands under 2 km² go (Zhoushan keeps its ~30 largest islands);
 * a 10,000-step grid is ≈ 0.0005° ≈ 50 m.
 */
export const DEFAULT_TOPOLOGY_OPTIONS: TopologyOptions = {
  simplifyKm2: 0.7,
  minIslandKm2: 2,
  quantization: 1e4,
};

const KM2_TO_SR = 1 / (EARTH_RADIUS_KM * EARTH_RADIUS_KM);

/** Build, simplify and quantise the TopoJSON (object name `cities`). Deterministic. */
export function buildCityTopology(features: CityFeature[], options: TopologyOptions = DEFAULT_TOPOLOGY_OPTIONS): CityTopology {
  const collection: FeatureCollection<CityGeometry, CityProperties> = { type: "FeatureCollection", features };
  const raw = topology({ cities: collection }) as CityTopology;
  const weighted = presimplify(raw, (t: Triangle) => sphericalTriangleArea(t));
  const simplified = simplify(weighted, options.simplifyKm2 * KM2_TO_SR);
  const ringArea = (ring: Ring, interior?: boolean) => sphericalRingArea(ring, interior === true);
  const islandsFiltered = filter(
    simplified,
    filterAttachedWeight(simplified, options.minIslandKm2 * KM2_TO_SR, ringArea),
  ) as CityTopology;
  return quantize(islandsFiltered, options.quantization);
}
