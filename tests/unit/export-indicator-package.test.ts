/**
 * An indicator's self-contained download (pm25 and every other): the CSV carries place names, unit, flags
 * and the source's publisher, title, date, URL and access on every row, taken from the release's own
 * places and sources; the metadata and README give licence, versioned URL, citation and credit; the
 * ZIP holds exactly those three files.
 */
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { INDICATOR_CSV_COLUMNS } from "../../src/export/indicatorPackage.ts";
import { SITE_URL } from "../../src/export/site.ts";
import { parseCsv, recordsOf, release, utf8, VERSION } from "./export-support.ts";

const { data, files } = await release();
const get = (path: string) => {
  const b = files.get(path);
  expect(b, path).toBeDefined();
  return b!;
};

describe("per-indicator self-contained download", () => {
  it("exists for every indicator: CSV, metadata JSON, README and ZIP", () => {
    for (const i of data.indicators) for (const f of [".csv", ".metadata.json", ".README.md", ".zip"]) get(`by-indicator/${i.id}${f}`);
  });

  it("its CSV has one row per observation, each with the place's names and the source's publisher, title, date, URL and access", () => {
    const csv = parseCsv(get("by-indicator/pm25.csv"));
    expect(csv.header).toEqual(INDICATOR_CSV_COLUMNS.map((c) => c.name));
    const rows = recordsOf(csv);
    const observations = data.observations.filter((o) => o.indicator_id === "pm25");
    expect(rows.length).toBe(observations.length);
    expect(rows.length).toBeGreaterThan(3);
    for (const [k, row] of rows.entries()) {
      const o = observations[k]!;
      const source = data.sources.find((s) => s.id === o.source_id)!;
      const place = data.places.find((p) => p.id === o.place_id)!;
      expect([row["year"], row["value"], row["unit"], row["source_id"]]).toEqual([String(o.year), String(o.value), o.unit, o.source_id]);
      expect([row["place_zh"], row["place_en"]]).toEqual([place.name_zh, place.name_en]);
      expect([row["source_publisher"], row["source_title"], row["source_url"], row["source_access"]]).toEqual([source.publisher, source.title, source.url, source.access]);
      expect(row["source_date"]).toBe(source.date ?? "");
      expect(row["indicator_en"]).toBe(data.indicators.find((i) => i.id === "pm25")!.name_en);
    }
  });

  it("its metadata gives licence, versioned URL, citation of that URL and a one-line chart credit naming the publishers", () => {
    const meta = JSON.parse(utf8(get("by-indicator/pm25.metadata.json"))) as {
      url: string;
      version: string;
      license: { id: string };
      credit: { zh: string; en: string };
      citation: { apa: string; gbt_7714: string };
      sources: { publisher: string }[];
    };
    expect(meta.url).toBe(`${SITE_URL}/data/v${VERSION}/by-indicator/pm25.zip`);
    expect(meta.version).toBe(VERSION);
    expect(meta.license.id).toBe("CC-BY-4.0");
    expect(meta.citation.apa).toContain(meta.url);
    expect(meta.citation.gbt_7714).toContain(meta.url);
    for (const s of meta.sources) expect(meta.credit.en).toContain(s.publisher);
    expect(meta.credit.en).toContain("CC BY 4.0");
    expect(meta.credit.en.includes("\n")).toBe(false);
    const readme = utf8(get("by-indicator/pm25.README.md"));
    for (const phrase of [meta.url, meta.credit.zh, meta.credit.en, "CC BY 4.0", "@misc{"]) expect(readme).toContain(phrase);
  });

  it("its ZIP holds exactly the CSV, metadata and README, byte for byte, and is small", () => {
    for (const i of data.indicators) {
      const zip = get(`by-indicator/${i.id}.zip`);
      const entries = unzipSync(zip);
      expect(Object.keys(entries).sort()).toEqual([`${i.id}.README.md`, `${i.id}.csv`, `${i.id}.metadata.json`]);
      for (const [name, bytes] of Object.entries(entries)) expect(Buffer.compare(Buffer.from(bytes), Buffer.from(get(`by-indicator/${name}`))), name).toBe(0);
      expect(zip.length, i.id).toBeLessThan(32 * 1024);
    }
  });
});
