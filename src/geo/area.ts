/** Spherical areas in km² from d3-geo's steradians. Pure. */
import { geoArea } from "d3";
import type { GeoPermissibleObjects } from "d3";

/** IUGG mean Earth radius R₁ in km; a sphere of this radius has the WGS84 ellipsoid's mean radius. */
export const EARTH_RADIUS_KM = 6371.0088;

/** Area of a GeoJSON object on a sphere of radius EARTH_RADIUS_KM (d3.geoArea × R²), in km². */
export function sphericalAreaKm2(object: GeoPermissibleObjects): number {
  return geoArea(object) * EARTH_RADIUS_KM * EARTH_RADIUS_KM;
}
