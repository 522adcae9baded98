/**
 * Build-time choropleth of Zhejiang's 11 prefecture-level cities as an SVG string. Pure: no DOM,
 * no I/O, no randomness; the same input gives the same bytes (path coordinates rounded to 0.1).
 *
 * - `<svg role="img" aria-labelledby="…-title …-desc">` with `<title>` and `<desc>`;
 * - one `<path>` per city, with a `<title>` tooltip "name: value" or "name: <noDataLabel>";
 * - cities without a value are hatched (an SVG `<pattern>`) — never a colour of the scale;
 * - a label at each city's centroid (white halo, so it reads on any fill);
 * - a legend: the colour ramp with its domain ends, and the no-data swatch;
 * - sequential single-hue blue ramp (d3.interpolateBlues, from 0.15 so the light end is not white),
 *   which stays ordered for the common colour-vision deficiencies and in greyscale;
 * - `width="100%"` + viewBox: scales to the container; the default 400-unit viewBox keeps 12-unit
 *   labels at ≥ 10.8 px on a 360 px phone.
 *
 * The topology is data/geo/zhejiang-cities.topo.json (see scripts/build-map-data.ts).
 */
import { geoPath, interpolateBlues, scaleSequential } from "d3";
import type { GeoPath, GeoPermissibleObjects } from "d3";
import { feature } from "topojson-client";
import type { Feature, MultiPolygon, Polygon } from "geojson";
import type { CityProperties, CityTopology } from "../geo/cityTopology.ts";
import { zhejiangProjection } from "../geo/projection.ts";

export interface CityDatum {
  /** The value to colour by; null (or a non-finite number) = no data. */
  value: number | null;
  /** Display name of the city (tooltip and map label), e.g. "杭州市" or "Hangzhou". */
  label: string;
}

/** Keyed by adcode (330100 … 331100). Cities absent from the map are drawn as no data. */
export type CityMapData = ReadonlyMap<number, CityDatum> | Iterable<readonly [number, CityDatum]>;

export interface CityMapOptions {
  /** Accessible name, also the `<title>`. */
  title: string;
  /** Accessible description (`<desc>`): say what is shown and what the highest/lowest cities are. */
  description: string;
  /** Colour scale domain [low-colour value, high-colour value]; values outside are clamped. */
  domain: readonly [number, number];
  /** Text for cities without a value, e.g. "无数据" or "no data". */
  noDataLabel: string;
  /** viewBox width (default 400). */
  width?: number;
  /** viewBox height (default 440). */
  height?: number;
  /** Prefix for element ids; must be unique on the page (default "city-map"). */
  id?: string;
  /** Legend heading, e.g. "PM2.5 (µg/m³)". */
  legendTitle?: string;
  /** Number formatting for tooltips and legend (default: up to 2 decimals). */
  formatValue?: (value: number) => string;
  /** Print each city's value (or the no-data label) under its name, so the map reads without hovering (default false). */
  valueLabels?: boolean;
  /**
   * Id prefix of city outlines already on the page (from `renderCityGeometry` with the same width and
   * height): each city is then a `<use href="#<prefix>-<adcode>">` instead of a full path, so several
   * maps on one page share one copy of the geometry.
   */
  geometryRef?: string;
}

type CityFeatureOut = Feature<Polygon | MultiPolygon, CityProperties>;

const FONT = "system-ui, -apple-system, 'Segoe UI', 'PingFang SC', 'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif";
const LEGEND_HEIGHT = 56;
const PAD = 8;
const RAMP_START = 0.15;
const RAMP_END = 1;
const NO_DATA_BG = "#e3e3e3";
const NO_DATA_LINE = "#6b6b6b";

/** XML-escape text and attribute values. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

const round1 = (n: number): number => Math.round(n * 10) / 10;
const num = (n: number): string => String(Object.is(round1(n), -0) ? 0 : round1(n));

function defaultFormat(value: number): string {
  return String(Math.round(value * 100) / 100);
}

function safeId(id: string): string {
  const cleaned = id.replace(/[^A-Za-z0-9_-]/g, "-");
  return /^[A-Za-z]/.test(cleaned) ? cleaned : `m-${cleaned}`;
}

/** The fill for a value: the scale colour, or null when there is no (finite) value. */
export function cityMapColor(domain: readonly [number, number]): (value: number | null) => string | null {
  const scale = scaleSequential((t: number) => interpolateBlues(RAMP_START + (RAMP_END - RAMP_START) * t))
    .domain([domain[0], domain[1]])
    .clamp(true);
  return (value) => (value === null || !Number.isFinite(value) ? null : scale(value));
}

/** Label anchor: centroid of the city's largest polygon (islands would pull it out to sea). */
function labelPoint(path: GeoPath<unknown, GeoPermissibleObjects>, f: CityFeatureOut): [number, number] {
  const polygons: Polygon[] =
    f.geometry.type === "Polygon"
      ? [f.geometry]
      : f.geometry.coordinates.map((coordinates) => ({ type: "Polygon", coordinates }));
  let best: Polygon | undefined;
  let bestArea = -1;
  for (const p of polygons) {
    const a = path.area(p);
    if (a > bestArea) {
      bestArea = a;
      best = p;
    }
  }
  const [x, y] = path.centroid(best ?? f);
  return [x, y];
}

interface CityGeometry {
  features: CityFeatureOut[];
  /** Each city's outline as SVG path data, by adcode. */
  outlines: Map<number, string>;
  /** Each city's label anchor, by adcode. */
  labels: Map<number, [number, number]>;
}

/**
 * The projected cities of a map of the given size, made once per topology and size: fitting the
 * projection, projecting the outlines and finding label anchors are the same for every map of a page,
 * and a page draws one map per indicator with city values.
 */
const geometries = new WeakMap<CityTopology, Map<string, CityGeometry>>();

/** The cities sorted by adcode, with their outlines and label anchors, for a map of the given size. */
function cityGeometry(topology: CityTopology, width: number, height: number): CityGeometry {
  const bySize = geometries.get(topology) ?? new Map<string, CityGeometry>();
  geometries.set(topology, bySize);
  const key = `${width}×${height}`;
  const known = bySize.get(key);
  if (known) return known;
  const cities = topology.objects?.cities;
  if (cities === undefined || cities.type !== "GeometryCollection") {
    throw new Error("renderCityMap: topology has no GeometryCollection named `cities`");
  }
  const collection = feature(topology, cities);
  const features = (collection.features as CityFeatureOut[])
    .filter((f) => f.geometry !== null)
    .sort((a, b) => a.properties.adcode - b.properties.adcode);

  const mapBottom = height - LEGEND_HEIGHT - PAD;
  const projection = zhejiangProjection().fitExtent(
    [
      [PAD, PAD],
      [width - PAD, mapBottom],
    ],
    { type: "FeatureCollection", features },
  );
  const path = geoPath(projection).digits(1);
  const geometry: CityGeometry = {
    features,
    outlines: new Map(features.map((f) => [f.properties.adcode, path(f) ?? ""])),
    labels: new Map(features.map((f) => [f.properties.adcode, labelPoint(path, f)])),
  };
  bySize.set(key, geometry);
  return geometry;
}

/**
 * The city outlines once, as `<path id="<id>-<adcode>">` in the `<defs>` of an invisible, zero-size
 * SVG, for maps rendered with `geometryRef: id` on the same page (same width and height).
 */
export function renderCityGeometry(topology: CityTopology, options: { id: string; width?: number; height?: number }): string {
  const { features, outlines } = cityGeometry(topology, options.width ?? 400, options.height ?? 440);
  const id = safeId(options.id);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="0" height="0" aria-hidden="true" focusable="false" class="city-geometry" style="position:absolute">` +
    `<defs>${features.map((f) => `<path id="${id}-${f.properties.adcode}" d="${outlines.get(f.properties.adcode)!}"/>`).join("")}</defs></svg>`
  );
}

export function renderCityMap(topology: CityTopology, data: CityMapData, options: CityMapOptions): string {
  const byCode = new Map<number, CityDatum>(data instanceof Map ? data : [...data]);
  const width = options.width ?? 400;
  const height = options.height ?? 440;
  const id = safeId(options.id ?? "city-map");
  const fmt = options.formatValue ?? defaultFormat;
  const color = cityMapColor(options.domain);
  const hatch = `${id}-nodata`;

  const { features, outlines, labels: anchors } = cityGeometry(topology, width, height);

  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="100%" ` +
      `preserveAspectRatio="xMidYMid meet" role="img" aria-labelledby="${id}-title ${id}-desc" ` +
      `class="city-map" font-family="${escapeXml(FONT)}">`,
  );
  out.push(`<title id="${id}-title">${escapeXml(options.title)}</title>`);
  out.push(`<desc id="${id}-desc">${escapeXml(options.description)}</desc>`);

  // defs: the no-data hatch and the legend ramp
  const rampStops: string[] = [];
  const [d0, d1] = options.domain;
  for (let i = 0; i <= 10; i++) {
    const t = i / 10;
    rampStops.push(`<stop offset="${t}" stop-color="${color(d0 + (d1 - d0) * t) ?? NO_DATA_BG}"/>`);
  }
  out.push(
    `<defs>` +
      `<pattern id="${hatch}" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">` +
      `<rect width="6" height="6" fill="${NO_DATA_BG}"/>` +
      `<path d="M0 0V6" stroke="${NO_DATA_LINE}" stroke-width="1.6"/>` +
      `</pattern>` +
      `<linearGradient id="${id}-ramp" x1="0" x2="1" y1="0" y2="0">${rampStops.join("")}</linearGradient>` +
      `</defs>`,
  );

  const anyMissing = features.some((f) => color(byCode.get(f.properties.adcode)?.value ?? null) === null);

  // cities
  out.push(`<g class="cities" stroke="#ffffff" stroke-width="0.75" stroke-linejoin="round">`);
  const labels: string[] = [];
  for (const f of features) {
    const code = f.properties.adcode;
    const datum = byCode.get(code);
    const name = datum?.label ?? f.properties.name_zh;
    const value = datum?.value ?? null;
    const fill = color(value);
    const tooltip = `${name}: ${fill === null || value === null ? options.noDataLabel : fmt(value)}`;
    const attrs = `fill="${fill ?? `url(#${hatch})`}" data-adcode="${code}"${fill === null ? ` data-no-data="true"` : ""}><title>${escapeXml(tooltip)}</title>`;
    if (options.geometryRef === undefined) out.push(`<path d="${outlines.get(code)!}" ${attrs}</path>`);
    else out.push(`<use href="#${safeId(options.geometryRef)}-${code}" ${attrs}</use>`);
    const [x, y] = anchors.get(code)!;
    if (options.valueLabels) {
      const valueText = fill === null || value === null ? options.noDataLabel : fmt(value);
      labels.push(
        `<text x="${num(x)}" y="${num(y - 6)}">${escapeXml(name)}</text>` +
          `<text x="${num(x)}" y="${num(y + 8)}" font-size="11"${fill === null ? ` font-style="italic"` : ` font-weight="600"`}>${escapeXml(valueText)}</text>`,
      );
    } else {
      labels.push(`<text x="${num(x)}" y="${num(y)}">${escapeXml(name)}</text>`);
    }
  }
  out.push(`</g>`);

  // labels: halo via paint-order so they read on dark fills and on the hatch
  out.push(
    `<g class="labels" font-size="12" text-anchor="middle" dominant-baseline="middle" fill="#1a1a1a" ` +
      `stroke="#ffffff" stroke-width="3" stroke-linejoin="round" paint-order="stroke" pointer-events="none">` +
      labels.join("") +
      `</g>`,
  );

  // legend: ramp (left) and no-data swatch (right)
  const ly = height - LEGEND_HEIGHT;
  const rampX = PAD;
  const rampW = Math.min(180, width * 0.5);
  const swatchX = rampX + rampW + 24;
  const legendTitle = options.legendTitle === undefined ? "" : `<text x="${rampX}" y="${ly + 10}" font-weight="600">${escapeXml(options.legendTitle)}</text>`;
  out.push(
    `<g class="legend" font-size="11" fill="#1a1a1a">` +
      legendTitle +
      `<rect x="${rampX}" y="${ly + 18}" width="${num(rampW)}" height="12" fill="url(#${id}-ramp)" stroke="#8c8c8c" stroke-width="0.5"/>` +
      `<text x="${rampX}" y="${ly + 44}" text-anchor="start">${escapeXml(fmt(d0))}</text>` +
      `<text x="${num(rampX + rampW)}" y="${ly + 44}" text-anchor="end">${escapeXml(fmt(d1))}</text>` +
      // The no-data swatch only where some city has no value (a map with every city filled does not need it).
      (anyMissing
        ? `<rect x="${num(swatchX)}" y="${ly + 18}" width="18" height="12" fill="url(#${hatch})" stroke="#8c8c8c" stroke-width="0.5"/>` +
          `<text x="${num(swatchX + 24)}" y="${ly + 28}">${escapeXml(options.noDataLabel)}</text>`
        : "") +
      `</g>`,
  );
  out.push(`</svg>`);
  return out.join("\n");
}
