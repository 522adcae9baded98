/**
 * The map projection for Zhejiang: Albers (conic equal-area) with standard parallels 27.5° N and
 * 30.5° N (the province spans ≈ 27.0°–31.2° N, so these sit at about 1/6 and 5/6 of its height)
 * and central meridian 120.5° E. Equal-area, so city sizes compare honestly on a choropleth.
 * Callers fit it to their extent (projection.fitExtent).
 */
import { geoConicEqualArea } from "d3";
import type { GeoConicProjection } from "d3";

export const ZHEJIANG_PARALLELS: [number, number] = [27.5, 30.5];
export const ZHEJIANG_CENTRAL_MERIDIAN = 120.5;

export function zhejiangProjection(): GeoConicProjection {
  return geoConicEqualArea().parallels(ZHEJIANG_PARALLELS).rotate([-ZHEJIANG_CENTRAL_MERIDIAN, 0]);
}
