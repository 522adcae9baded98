import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DOMParser } from "linkedom";
import { color as parseColor, interpolateBlues } from "d3";
import type { CityTopology } from "../../src/geo/cityTopology.ts";
import { renderCityMap } from "../../src/charts/renderCityMap.ts";
import type { CityMapOptions } from "../../src/charts/renderCityMap.ts";
import { FAKE_DOMAIN, fakeCityValues } from "../fixtures/geo/fake-city-values.ts";

const topo = JSON.parse(readFileSync(new URL("../../data/geo/zhejiang-cities.topo.json", import.meta.url), "utf8")) as CityTopology;

const options: CityMapOptions = {
  id: "test-map",
  title: "测试地图 (fake test values)",
  description: "Fake test values for the renderer's tests; they measure nothing.",
  domain: FAKE_DOMAIN,
  noDataLabel: "无数据",
  legendTitle: "假数据 (fake)",
};

const svgText = renderCityMap(topo, fakeCityValues, options);
const doc = new DOMParser().parseFromString(svgText, "image/svg+xml");
const svg = doc.documentElement;
const cityPath = (adcode: number) => {
  const el = doc.querySelector(`path[data-adcode="${adcode}"]`);
  if (el === null) throw new Error(`no path for ${adcode}`);
  return el;
};
const titleOf = (el: Element) => [...el.children].find((c) => c.tagName.toLowerCase() === "title")?.textContent ?? "";

/** Distance (in 0–255 RGB units) from a colour to the nearest point of d3's Blues ramp. */
function distanceToBlues(fill: string): number {
  const c = parseColor(fill)?.rgb();
  if (c === undefined) return Infinity;
  let best = Infinity;
  for (let i = 0; i <= 1000; i++) {
    const r = parseColor(interpolateBlues(i / 1000))!.rgb();
    best = Math.min(best, Math.hypot(r.r - c.r, r.g - c.g, r.b - c.b));
  }
  return best;
}
const luminance = (fill: string) => {
  const c = parseColor(fill)!.rgb();
  return 0.2126 * c.r + 0.7152 * c.g + 0.0722 * c.b;
};

describe("renderCityMap", () => {
  it("is an accessible image: role img, aria-labelledby → title and desc", () => {
    expect(svg.tagName.toLowerCase()).toBe("svg");
    expect(svg.getAttribute("role")).toBe("img");
    const ids = (svg.getAttribute("aria-labelledby") ?? "").split(/\s+/);
    const [title, desc] = ids.map((id: string) => doc.getElementById(id));
    expect(title?.tagName.toLowerCase()).toBe("title");
    expect(title?.textContent).toBe(options.title);
    expect(desc?.tagName.toLowerCase()).toBe("desc");
    expect(desc?.textContent).toBe(options.description);
  });

  it("scales with its container (viewBox, width 100%)", () => {
    expect(svg.getAttribute("viewBox")).toBe("0 0 400 440");
    expect(svg.getAttribute("width")).toBe("100%");
    expect(svg.hasAttribute("height")).toBe(false);
  });

  it("puts no aria-label on <g> elements", () => {
    expect(doc.querySelectorAll("g").length).toBeGreaterThan(0);
    for (const g of doc.querySelectorAll("g")) expect(g.hasAttribute("aria-label")).toBe(false);
  });

  it("draws one path per city, each with a <title>", () => {
    const paths = doc.querySelectorAll("path[data-adcode]");
    expect(paths.length).toBe(11);
    for (const p of paths) expect(titleOf(p)).not.toBe("");
  });

  it("hatches a city whose value is null, titles it 'no data', and uses no colour of the scale", () => {
    const jiaxing = cityPath(330400);
    const fill = jiaxing.getAttribute("fill") ?? "";
    const ref = /^url\(#(.+)\)$/.exec(fill);
    expect(ref).not.toBeNull();
    const pattern = doc.getElementById(ref![1]!);
    expect(pattern?.tagName.toLowerCase()).toBe("pattern");
    expect(titleOf(jiaxing)).toBe("嘉兴市: 无数据");
    expect(parseColor(fill)).toBeNull(); // not a colour at all
  });

  it("treats a city missing from the input as no data, under its own name", () => {
    const zhoushan = cityPath(330900);
    expect(zhoushan.getAttribute("fill")).toBe(cityPath(330400).getAttribute("fill"));
    expect(titleOf(zhoushan)).toBe("舟山市: 无数据");
  });

  it("fills a city with a value from the sequential Blues scale, darker for larger values", () => {
    const fills = [330100, 330200, 330300, 330500, 330600, 330700, 330800, 331100].map((c) => cityPath(c).getAttribute("fill") ?? "");
    for (const f of fills) {
      expect(parseColor(f)).not.toBeNull();
      expect(distanceToBlues(f)).toBeLessThan(3);
    }
    // fixture values rise with adcode: 0, 10, 20, 30, 40, 50, 60, 80
    const lum = fills.map(luminance);
    for (let i = 1; i < lum.length; i++) expect(lum[i]!).toBeLessThan(lum[i - 1]!);
    expect(titleOf(cityPath(330700))).toBe("金华市: 50");
  });

  it("clamps values outside the domain to its ends", () => {
    const render = (value: number) =>
      new DOMParser()
        .parseFromString(renderCityMap(topo, new Map([[330100, { value, label: "杭州市" }]]), options), "image/svg+xml")
        .querySelector('path[data-adcode="330100"]')
        ?.getAttribute("fill");
    expect(render(-1000)).toBe(render(FAKE_DOMAIN[0]));
    expect(render(1000)).toBe(render(FAKE_DOMAIN[1]));
    expect(render(1000)).not.toBe(render(-1000));
  });

  it("labels every city inside the drawing", () => {
    const labels = [...doc.querySelectorAll("g.labels text")];
    expect(labels.map((t) => t.textContent).sort()).toEqual(
      ["杭州市", "宁波市", "温州市", "嘉兴市", "湖州市", "绍兴市", "金华市", "衢州市", "舟山市", "台州市", "丽水市"].sort(),
    );
    for (const t of labels) {
      const x = Number(t.getAttribute("x"));
      const y = Number(t.getAttribute("y"));
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(400);
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThan(440 - 56);
    }
  });

  it("has a legend with the domain ends and a hatched no-data swatch", () => {
    const legend = doc.querySelector("g.legend");
    expect(legend).not.toBeNull();
    const texts = [...legend!.querySelectorAll("text")].map((t) => t.textContent);
    expect(texts).toContain("0");
    expect(texts).toContain("80");
    expect(texts).toContain("无数据");
    const swatchFills = [...legend!.querySelectorAll("rect")].map((r) => r.getAttribute("fill"));
    expect(swatchFills).toContain(cityPath(330400).getAttribute("fill"));
  });

  it("escapes text", () => {
    const out = renderCityMap(topo, new Map(), { ...options, title: `A < B & "C"` });
    expect(out).toContain("A &lt; B &amp; &quot;C&quot;");
    const parsed = new DOMParser().parseFromString(out, "image/svg+xml");
    expect(parsed.querySelector("title")?.textContent).toBe(`A < B & "C"`);
  });

  it("is deterministic and rounds path coordinates to one decimal", () => {
    expect(renderCityMap(topo, fakeCityValues, options)).toBe(svgText);
    for (const p of doc.querySelectorAll("path[data-adcode]")) {
      const numbers = (p.getAttribute("d") ?? "").match(/-?\d+(\.\d+)?/g) ?? [];
      expect(numbers.length).toBeGreaterThan(6);
      for (const n of numbers) expect(n).toMatch(/^-?\d+(\.\d)?$/);
    }
  });

  it("matches the snapshot (fake fixture values)", async () => {
    await expect(svgText).toMatchFileSnapshot("../snapshots/city-map.svg");
  });
});
