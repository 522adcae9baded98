/**
 * What the city map page shows: (a) how many items of the plan's boxes (专栏) concern each city;
 * (b) city values of indicators, one map per indicator series and one year per map (the year in
 * which the most cities have a value; the latest such year on a tie). City values are as each city
 * publishes them (its own scope), so the maps never imply that they compare.
 */
import type { Site } from "../data/dataset.ts";
import type { Indicator, Observation, Place, Project, Series } from "../schema/tables.ts";
import type { Locale } from "../i18n/locales.ts";
import { formatNumber, formatValue, t } from "../i18n/format.ts";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { CityDatum } from "./renderCityMap.ts";
import type { CityTopology } from "../geo/cityTopology.ts";

export function cities(site: Site): Place[] {
  return site.data.places.filter((p) => p.level === "city").sort((a, b) => a.adcode - b.adcode);
}

export const placeName = (p: Place, locale: Locale) => (locale === "zh" ? p.name_zh : p.name_en);

/** Box items per city, every city listed (zero where no item names it). */
export function boxItemsByCity(site: Site): { city: Place; items: Project[] }[] {
  return cities(site).map((city) => ({ city, items: site.data.projects.filter((p) => p.city_ids.includes(city.id)) }));
}

export interface CityObservationMap {
  indicator: Indicator;
  series: Series;
  year: number;
  /** The chosen year's city values, by city in adcode order (cities without one are absent). */
  values: { city: Place; observation: Observation }[];
  /** Years with city values on this series, newest first, with how many cities each. */
  years: { year: number; count: number }[];
  /** Every city value on this series (all years), for the table under the map. */
  all: Observation[];
}

/** One map per (indicator, series) that has city-level values; the year with the most cities. */
export function cityObservationMaps(site: Site): CityObservationMap[] {
  const cityById = new Map(cities(site).map((c) => [c.id, c]));
  const seriesById = new Map(site.data.series.map((s) => [s.id, s]));
  const cityObs = site.data.observations.filter((o) => cityById.has(o.place_id));
  const groups = Map.groupBy(cityObs, (o) => o.series_id);
  const maps: CityObservationMap[] = [];
  for (const [seriesId, obs] of groups) {
    const byYear = Map.groupBy(obs, (o) => o.year);
    const years = [...byYear.entries()]
      .map(([year, list]) => ({ year, count: new Set(list.map((o) => o.place_id)).size }))
      .sort((a, b) => b.year - a.year);
    const best = [...years].sort((a, b) => b.count - a.count || b.year - a.year)[0]!;
    const values = (byYear.get(best.year) ?? [])
      .map((observation) => ({ city: cityById.get(observation.place_id)!, observation }))
      .sort((a, b) => a.city.adcode - b.city.adcode);
    maps.push({ indicator: site.indicator(obs[0]!.indicator_id), series: seriesById.get(seriesId)!, year: best.year, values, years, all: obs });
  }
  const order = new Map(site.data.indicators.map((i, n) => [i.id, n]));
  return maps.sort((a, b) => b.values.length - a.values.length || order.get(a.indicator.id)! - order.get(b.indicator.id)!);
}

/** The renderer's input: every city, with its value or null. */
export function cityMapData(site: Site, values: readonly { city: Place; value: number | null }[], locale: Locale): Map<number, CityDatum> {
  const byId = new Map(values.map((v) => [v.city.id, v.value]));
  return new Map(cities(site).map((c) => [c.adcode, { value: byId.get(c.id) ?? null, label: placeName(c, locale) }]));
}

/** A colour domain that starts at a round number below the data and ends at one above it. */
export function niceDomain(values: readonly number[]): [number, number] {
  if (values.length === 0) return [0, 1];
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  if (lo === hi) return [lo >= 0 ? Math.max(0, Math.floor(lo) - 1) : Math.floor(lo) - 1, Math.ceil(hi) + 1];
  const step = 10 ** Math.floor(Math.log10(hi - lo));
  return [Math.floor(lo / step) * step, Math.ceil(hi / step) * step];
}

/** The map's one-sentence description: which cities have values, highest and lowest, and which have none. */
export function describeCityMap(map: CityObservationMap, total: number, locale: Locale): string {
  const unit = map.indicator.unit;
  const name = locale === "zh" ? map.indicator.name_zh : map.indicator.name_en;
  const sorted = [...map.values].sort((a, b) => b.observation.value - a.observation.value);
  const list = sorted.map((v) => `${placeName(v.city, locale)} ${formatValue(v.observation.value, unit, locale)}`).join(locale === "zh" ? "，" : ", ");
  return t(locale, "mapObsDescription", { name, year: map.year, n: map.values.length, total, list, missing: total - map.values.length });
}

export function describeBoxMap(counts: readonly { city: Place; items: readonly Project[] }[], locale: Locale): string {
  const sorted = [...counts].sort((a, b) => b.items.length - a.items.length || a.city.adcode - b.city.adcode);
  const named = sorted.filter((c) => c.items.length > 0);
  const total = new Set(counts.flatMap((c) => c.items.map((i) => i.id))).size;
  const list = named.map((c) => `${placeName(c.city, locale)} ${formatNumber(c.items.length, locale)}`).join(locale === "zh" ? "，" : ", ");
  return t(locale, "mapBoxDescription", { total, n: named.length, list: list || "—", none: counts.length - named.length });
}

let topology: CityTopology | undefined;
/** The committed map data (data/geo/zhejiang-cities.topo.json; see data/geo/README.md). */
export function cityTopology(): CityTopology {
  topology ??= JSON.parse(readFileSync(join(process.cwd(), "data/geo/zhejiang-cities.topo.json"), "utf-8")) as CityTopology;
  return topology;
}

/** The city maps' viewBox: narrow enough that the 12-unit labels stay ≥ 11 px on a 360 px phone. */
export const CITY_MAP_SIZE = { width: 340, height: 400 } as const;

/** The files of data/geo/ published with the site under /map/geo/ (licence, notice, provenance, data). */
export const GEO_FILES = ["README.md", "LICENSE-echarts.txt", "NOTICE-echarts.txt", "zhejiang-cities.topo.json"] as const;
