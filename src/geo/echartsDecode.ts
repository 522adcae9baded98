/**
 * Decoder for the compressed geometry used by ECharts 4 map files (`"UTF8Encoding": true`), e.g.
 * `echarts/map/json/province/zhejiang.json`. Pure: no I/O, does not mutate its input.
 *
 * The algorithm is a re-implementation of `decode` / `decodePolygon` in Apache ECharts 4.9.0,
 * `lib/coord/geo/parseGeoJson.js` (Apache-2.0, https://github.com/apache/echarts/blob/4.9.0/src/coord/geo/parseGeoJson.js):
 *
 * - every ring is a string; each pair of UTF-16 code units is one vertex (x, y);
 * - a code unit minus 64 is a ZigZag-encoded integer: `n >> 1 ^ -(n & 1)` gives the signed delta;
 * - deltas are added to a running position that starts at the ring's `encodeOffsets` entry;
 * - the integer position divided by `UTF8Scale` (default 1024) is longitude / latitude in degrees.
 *
 * ECharts' map files carry GCJ-02 coordinates (see ./gcj02.ts); this module does not convert them.
 */
import type { MultiPolygon, Polygon, Position } from "geojson";

export interface EChartsEncodedPolygon {
  type: "Polygon";
  coordinates: string[];
  encodeOffsets: [number, number][];
}

export interface EChartsEncodedMultiPolygon {
  type: "MultiPolygon";
  coordinates: string[][];
  encodeOffsets: [number, number][][];
}

export interface EChartsMapFeature {
  type: "Feature";
  id?: string | number;
  properties: { name: string; cp?: [number, number]; childNum?: number; [key: string]: unknown };
  geometry: EChartsEncodedPolygon | EChartsEncodedMultiPolygon;
}

export interface EChartsMapFile {
  type: "FeatureCollection";
  UTF8Encoding?: boolean;
  UTF8Scale?: number;
  features: EChartsMapFeature[];
}

export interface DecodedFeature {
  type: "Feature";
  id?: string | number;
  properties: EChartsMapFeature["properties"];
  geometry: Polygon | MultiPolygon;
}

export interface DecodedCollection {
  type: "FeatureCollection";
  features: DecodedFeature[];
}

/** ECharts' default quantisation: 1/1024 degree (about 100 m), see parseGeoJson.js. */
export const DEFAULT_ECHARTS_SCALE = 1024;

/** Decode one ring string, starting at the offset [x0, y0] (integer units). */
export function decodeRing(encoded: string, offset: readonly [number, number], scale = DEFAULT_ECHARTS_SCALE): Position[] {
  if (encoded.length % 2 !== 0) {
    throw new Error(`ECharts ring has an odd number of code units (${encoded.length})`);
  }
  const ring: Position[] = [];
  let prevX = offset[0];
  let prevY = offset[1];
  for (let i = 0; i < encoded.length; i += 2) {
    let x = encoded.charCodeAt(i) - 64;
    let y = encoded.charCodeAt(i + 1) - 64;
    // ZigZag decoding
    x = (x >> 1) ^ -(x & 1);
    y = (y >> 1) ^ -(y & 1);
    // delta decoding
    x += prevX;
    y += prevY;
    prevX = x;
    prevY = y;
    // dequantise
    ring.push([x / scale, y / scale]);
  }
  return ring;
}

function offsetAt<T>(list: readonly T[] | undefined, i: number, what: string): T {
  const item = list?.[i];
  if (item === undefined) throw new Error(`ECharts geometry lacks encodeOffsets for ${what}`);
  return item;
}

/** Decode the geometry of one feature. Rings are returned as encoded (not closed, not re-wound). */
export function decodeGeometry(geometry: EChartsEncodedPolygon | EChartsEncodedMultiPolygon, scale = DEFAULT_ECHARTS_SCALE): Polygon | MultiPolygon {
  if (geometry.type === "Polygon") {
    return {
      type: "Polygon",
      coordinates: geometry.coordinates.map((ring, r) =>
        decodeRing(ring, offsetAt(geometry.encodeOffsets, r, `ring ${r}`), scale),
      ),
    };
  }
  if (geometry.type === "MultiPolygon") {
    return {
      type: "MultiPolygon",
      coordinates: geometry.coordinates.map((polygon, p) =>
        polygon.map((ring, r) =>
          decodeRing(ring, offsetAt(offsetAt(geometry.encodeOffsets, p, `polygon ${p}`), r, `polygon ${p} ring ${r}`), scale),
        ),
      ),
    };
  }
  throw new Error(`Unsupported ECharts geometry type ${(geometry as { type: string }).type}`);
}

/**
 * Decode a whole ECharts map file into a GeoJSON FeatureCollection (coordinates still in the
 * file's datum, i.e. GCJ-02 for ECharts' China maps). A file without `UTF8Encoding` is rejected
 * rather than passed through, since its coordinates would not be strings.
 */
export function decodeEChartsMap(file: EChartsMapFile): DecodedCollection {
  if (file.UTF8Encoding !== true) {
    throw new Error("Not an ECharts UTF8Encoding map file");
  }
  const scale = file.UTF8Scale ?? DEFAULT_ECHARTS_SCALE;
  return {
    type: "FeatureCollection",
    features: file.features.map((f) => ({
      type: "Feature",
      ...(f.id === undefined ? {} : { id: f.id }),
      properties: { ...f.properties },
      geometry: decodeGeometry(f.geometry, scale),
    })),
  };
}
