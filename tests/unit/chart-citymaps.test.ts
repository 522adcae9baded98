import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { getSite } from "../../src/data/dataset.ts";
import { boxItemsByCity, cities, cityMapData, cityObservationMaps, describeCityMap, niceDomain } from "../../src/charts/cityMaps.ts";
import { renderCityGeometry, renderCityMap } from "../../src/charts/renderCityMap.ts";
import type { CityTopology } from "../../src/geo/cityTopology.ts";
import { FAKE_DOMAIN, fakeCityValues } from "../fixtures/geo/fake-city-values.ts";
import { parseSvg } from "./chart-support.ts";

const site = getSite();
const cityIds = new Set(site.data.places.filter((p) => p.level === "city").map((p) => p.id));

describe("city maps (data/)", () => {
  const maps = cityObservationMaps(site);

  it("makes one map per series with city values, covering every city value once", () => {
    const cityObs = site.data.observations.filter((o) => cityIds.has(o.place_id));
    expect(maps.map((m) => m.series.id).sort()).toEqual([...new Set(cityObs.map((o) => o.series_id))].sort());
    expect(maps.flatMap((m) => m.all)).toHaveLength(cityObs.length);
  });

  it("shows one year per map: the year with the most cities, the latest on a tie", () => {
    for (const m of maps) {
      const counts = new Map<number, Set<string>>();
      for (const o of m.all) counts.set(o.year, (counts.get(o.year) ?? new Set()).add(o.place_id));
      const best = Math.max(...[...counts.values()].map((s) => s.size));
      const expectedYear = Math.max(...[...counts.entries()].filter(([, s]) => s.size === best).map(([y]) => y));
      expect(m.year, m.series.id).toBe(expectedYear);
      expect(m.values.every((v) => v.observation.year === m.year && cityIds.has(v.city.id))).toBe(true);
      expect(m.values).toHaveLength(best);
    }
  });

  it("gives every city to the renderer, with null where it has no value", () => {
    for (const m of maps) {
      const data = cityMapData(site, m.values.map((v) => ({ city: v.city, value: v.observation.value })), "zh");
      expect(data.size).toBe(cities(site).length);
      expect([...data.values()].filter((d) => d.value !== null)).toHaveLength(m.values.length);
      const text = describeCityMap(m, cities(site).length, "zh");
      expect(text).toContain(String(m.year));
      for (const v of m.values) expect(text).toContain(v.city.name_zh);
    }
  });

  it("counts box items per city from the projects table", () => {
    for (const { city, items } of boxItemsByCity(site)) {
      expect(items.map((p) => p.id).sort()).toEqual(site.data.projects.filter((p) => p.city_ids.includes(city.id)).map((p) => p.id).sort());
    }
  });

  it("chooses a colour domain that contains every value", () => {
    for (const values of [[95.1, 89, 77.8], [29, 24], [5], [0, 0], [-3, 4]]) {
      const [lo, hi] = niceDomain(values);
      expect(lo).toBeLessThanOrEqual(Math.min(...values));
      expect(hi).toBeGreaterThanOrEqual(Math.max(...values));
      expect(hi).toBeGreaterThan(lo);
    }
  });
});

describe("renderCityMap with value labels", () => {
  const topo = JSON.parse(readFileSync(new URL("../../data/geo/zhejiang-cities.topo.json", import.meta.url), "utf8")) as CityTopology;
  const svg = renderCityMap(topo, fakeCityValues, {
    id: "labelled",
    title: "测试地图 (fake test values)",
    description: "Fake test values; they measure nothing.",
    domain: FAKE_DOMAIN,
    noDataLabel: "无数据",
    valueLabels: true,
  });
  const { doc } = parseSvg(svg);

  it("prints each city's value, or 'no data' for a hatched city, under its name", () => {
    const texts = [...doc.querySelectorAll("g.labels text")].map((t) => t.textContent);
    for (const [, d] of fakeCityValues) {
      const i = texts.indexOf(d.label);
      expect(i, d.label).toBeGreaterThanOrEqual(0);
      expect(texts[i + 1]).toBe(d.value === null ? "无数据" : String(d.value));
    }
    const zhoushan = texts.indexOf("舟山市"); // absent from the input
    expect(texts[zhoushan + 1]).toBe("无数据");
  });

  it("matches the snapshot (fake fixture values)", async () => {
    await expect(svg).toMatchFileSnapshot("../snapshots/city-map-labelled.svg");
  });
});

describe("renderCityMap legend", () => {
  const topo = JSON.parse(readFileSync(new URL("../../data/geo/zhejiang-cities.topo.json", import.meta.url), "utf8")) as CityTopology;
  it("shows the no-data swatch only when some city has no value", () => {
    const options = { id: "l", title: "t (fake)", description: "d (fake)", domain: FAKE_DOMAIN, noDataLabel: "无数据" } as const;
    const full = new Map(cities(site).map((c, i) => [c.adcode, { value: i, label: c.name_zh }]));
    const legendTexts = (svg: string) => [...parseSvg(svg).doc.querySelectorAll("g.legend text")].map((t) => t.textContent);
    expect(legendTexts(renderCityMap(topo, full, options))).not.toContain("无数据");
    expect(legendTexts(renderCityMap(topo, fakeCityValues, options))).toContain("无数据");
  });
});

describe("renderCityMap with shared geometry", () => {
  const topo = JSON.parse(readFileSync(new URL("../../data/geo/zhejiang-cities.topo.json", import.meta.url), "utf8")) as CityTopology;
  const options = { id: "m", title: "t (fake)", description: "d (fake)", domain: FAKE_DOMAIN, noDataLabel: "无数据" } as const;

  it("refers to one copy of the outlines, identical to the paths it would draw itself", () => {
    const own = parseSvg(renderCityMap(topo, fakeCityValues, options)).doc;
    const shared = parseSvg(renderCityMap(topo, fakeCityValues, { ...options, geometryRef: "geo" })).doc;
    const defs = parseSvg(renderCityGeometry(topo, { id: "geo" })).doc;
    const uses = [...shared.querySelectorAll("use[data-adcode]")];
    expect(uses).toHaveLength(11);
    expect(shared.querySelectorAll("path[data-adcode]")).toHaveLength(0);
    for (const use of uses) {
      const code = use.getAttribute("data-adcode");
      const target = defs.getElementById((use.getAttribute("href") ?? "").slice(1));
      expect(target?.getAttribute("d")).toBe(own.querySelector(`path[data-adcode="${code}"]`)?.getAttribute("d"));
      expect(use.getAttribute("fill")).toBe(own.querySelector(`path[data-adcode="${code}"]`)?.getAttribute("fill"));
    }
    expect(defs.documentElement.getAttribute("aria-hidden")).toBe("true");
  });
});
