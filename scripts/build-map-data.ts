/**
 * Build data/geo/zhejiang-cities.topo.json from the ECharts 4.9.0 map of Zhejiang
 * (node_modules/echarts/map/json/province/zhejiang.json, Apache-2.0).
 *
 *   node scripts/build-map-data.ts          (write the file and print a report)
 *   node scripts/build-map-data.ts --check  (fail if the committed file differs from a fresh build)
 *
 * Deterministic: the same input gives the same bytes. See data/geo/README.md and src/geo/.
 */
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { gzipSync } from "node:zlib";
import { feature } from "topojson-client";
import { geoBounds } from "d3";
import type { EChartsMapFile } from "../src/geo/echartsDecode.ts";
import { buildCityTopology, cleanCities, DEFAULT_TOPOLOGY_OPTIONS, polygonsOf } from "../src/geo/cityTopology.ts";
import type { CityGeometry, CityProperties } from "../src/geo/cityTopology.ts";
import { sphericalAreaKm2 } from "../src/geo/area.ts";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const source = require.resolve("echarts/map/json/province/zhejiang.json");
const echartsVersion = (JSON.parse(readFileSync(require.resolve("echarts/package.json"), "utf8")) as { version: string }).version;
const output = join(root, "data/geo/zhejiang-cities.topo.json");
const check = process.argv.includes("--check");

const file = JSON.parse(readFileSync(source, "utf8")) as EChartsMapFile;
const { features, dropped } = cleanCities(file);
const topo = buildCityTopology(features, DEFAULT_TOPOLOGY_OPTIONS);
const text = `${JSON.stringify(topo)}\n`;

// Sanity checks on the result: every city present, no ring wound the wrong way (which would
// enclose the rest of the globe), areas plausible.
const collection = feature(topo, topo.objects.cities);
const problems: string[] = [];
if (collection.features.length !== 11) problems.push(`expected 11 cities, got ${collection.features.length}`);
const rows = collection.features.map((f) => {
  const p = f.properties as CityProperties;
  const geometry = f.geometry as CityGeometry | null;
  if (geometry === null) {
    problems.push(`${p.adcode} lost its geometry`);
    return { adcode: p.adcode, name_zh: p.name_zh, polygons: 0, km2: 0, sourceKm2: 0 };
  }
  for (const polygon of polygonsOf(geometry)) {
    const [[w, s], [e, n]] = geoBounds({ type: "Polygon", coordinates: polygon });
    if (e - w > 5 || n - s > 5) problems.push(`${p.adcode}: a ring spans ${(e - w).toFixed(1)}° × ${(n - s).toFixed(1)}°`);
  }
  const km2 = sphericalAreaKm2(geometry);
  if (!(km2 > 0 && km2 < 25_000)) problems.push(`${p.adcode}: implausible area ${km2.toFixed(0)} km²`);
  const before = features.find((g) => g.properties.adcode === p.adcode);
  return {
    adcode: p.adcode,
    name_zh: p.name_zh,
    polygons: polygonsOf(geometry).length,
    km2: Math.round(km2),
    sourceKm2: before === undefined ? 0 : Math.round(sphericalAreaKm2(before)),
  };
});
const total = rows.reduce((sum, r) => sum + r.km2, 0);
if (!(total > 100_000 && total < 110_000)) problems.push(`implausible total area ${total} km²`);

console.log(`source: echarts@${echartsVersion} ${relative(root, source)}`);
console.log(`dropped ${dropped.length} degenerate (zero-area) rings:`);
for (const d of dropped) console.log(`  ${d.adcode} ${d.name_zh} ${d.role}, ${d.positions} positions at ${d.at.join(",")} (GCJ-02)`);
console.log(`options: ${JSON.stringify(DEFAULT_TOPOLOGY_OPTIONS)}`);
console.table(rows);
console.log(`total ${total} km²; ${topo.arcs.length} arcs; ${Buffer.byteLength(text)} bytes, ${gzipSync(text, { level: 9 }).length} gzipped`);

if (problems.length > 0) {
  console.error(`\nrefusing to write ${relative(root, output)}:\n  ${problems.join("\n  ")}`);
  process.exit(1);
}

if (check) {
  let current = "";
  try {
    current = readFileSync(output, "utf8");
  } catch {
    // missing file: reported below
  }
  if (current !== text) {
    console.error(`${relative(root, output)} is out of date: run \`npm run map:build\``);
    process.exit(1);
  }
  console.log(`${relative(root, output)} is up to date`);
} else {
  mkdirSync(dirname(output), { recursive: true });
  writeFileSync(output, text);
  console.log(`wrote ${relative(root, output)}`);
}
