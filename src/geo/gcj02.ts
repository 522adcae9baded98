/**
 * GCJ-02 ("Mars coordinates", the obfuscated datum mandated for published maps of mainland China)
 * ↔ WGS84. Pure functions on [longitude, latitude] in degrees.
 *
 * The forward transform (WGS84 → GCJ-02) is the widely published reimplementation of the official
 * algorithm (Krasovsky 1940 ellipsoid, a = 6378245 m, e² = 0.00669342162296594323), as in
 * e.g. googollee/eviltransform and wandergis/coordtransform (both MIT). The inverse has no closed
 * form; it is computed here by fixed-point iteration (wgs ← wgs − (forward(wgs) − gcj)), which
 * converges to far below a millimetre in a few steps because the offset varies slowly
 * (its derivative is ≲ 1e-4 per degree).
 *
 * Outside mainland China (the usual rough bounding box) GCJ-02 equals WGS84, as in the reference
 * implementations.
 */

export type LonLat = readonly [number, number];

const A = 6378245.0;
const EE = 0.00669342162296594323;

/** Rough bounding box used by the reference implementations to decide "in China". */
export function isOutOfChina(lon: number, lat: number): boolean {
  return lon < 72.004 || lon > 137.8347 || lat < 0.8293 || lat > 55.8271;
}

function transformLat(x: number, y: number): number {
  let ret = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
  ret += ((20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0) / 3.0;
  ret += ((20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin((y / 3.0) * Math.PI)) * 2.0) / 3.0;
  ret += ((160.0 * Math.sin((y / 12.0) * Math.PI) + 320 * Math.sin((y * Math.PI) / 30.0)) * 2.0) / 3.0;
  return ret;
}

function transformLon(x: number, y: number): number {
  let ret = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
  ret += ((20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0) / 3.0;
  ret += ((20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin((x / 3.0) * Math.PI)) * 2.0) / 3.0;
  ret += ((150.0 * Math.sin((x / 12.0) * Math.PI) + 300.0 * Math.sin((x / 30.0) * Math.PI)) * 2.0) / 3.0;
  return ret;
}

/** The GCJ-02 offset (Δlon, Δlat) in degrees at a WGS84 position. */
export function gcjOffset(lon: number, lat: number): [number, number] {
  if (isOutOfChina(lon, lat)) return [0, 0];
  let dLat = transformLat(lon - 105.0, lat - 35.0);
  let dLon = transformLon(lon - 105.0, lat - 35.0);
  const radLat = (lat / 180.0) * Math.PI;
  let magic = Math.sin(radLat);
  magic = 1 - EE * magic * magic;
  const sqrtMagic = Math.sqrt(magic);
  dLat = (dLat * 180.0) / (((A * (1 - EE)) / (magic * sqrtMagic)) * Math.PI);
  dLon = (dLon * 180.0) / ((A / sqrtMagic) * Math.cos(radLat) * Math.PI);
  return [dLon, dLat];
}

/** WGS84 → GCJ-02 (exact, by definition of the forward transform). */
export function wgs84ToGcj02(lon: number, lat: number): [number, number] {
  const [dLon, dLat] = gcjOffset(lon, lat);
  return [lon + dLon, lat + dLat];
}

/**
 * GCJ-02 → WGS84 by fixed-point iteration. Stops when the step is below `tolerance` degrees
 * (default 1e-10°, about 0.01 mm) or after `maxIterations`.
 */
export function gcj02ToWgs84(lon: number, lat: number, tolerance = 1e-10, maxIterations = 30): [number, number] {
  if (isOutOfChina(lon, lat)) return [lon, lat];
  let wLon = lon;
  let wLat = lat;
  for (let i = 0; i < maxIterations; i++) {
    const [gLon, gLat] = wgs84ToGcj02(wLon, wLat);
    const stepLon = gLon - lon;
    const stepLat = gLat - lat;
    wLon -= stepLon;
    wLat -= stepLat;
    if (Math.abs(stepLon) < tolerance && Math.abs(stepLat) < tolerance) break;
  }
  return [wLon, wLat];
}
