/** Citations name the versioned URL in the three styles; patterns and versions behave as documented. */
import { describe, expect, it } from "vitest";
import { citations, citationCff, indicatorCitationUrl, releaseCitationUrl } from "../../src/export/citation.ts";
import { anchoredBody, valuePattern, xsdPattern } from "../../src/export/fields.ts";
import { exportDefs } from "../../src/export/tables.ts";
import { fieldsOf } from "../../src/export/fields.ts";
import { bumpOf, compareVersions } from "../../src/export/semver.ts";
import { SITE_URL } from "../../src/export/site.ts";
import { release } from "./export-support.ts";

describe("citations", () => {
  const url = releaseCitationUrl("1.2.3");
  const c = citations({ version: "1.2.3", date: "2026-03-04", url, accessed: "2026-05-06" });

  it("name the immutable, versioned URL", () => {
    expect(url).toBe(`${SITE_URL}/data/v1.2.3/zj-eco-tracker.zip`);
    for (const text of [c.gbt, c.apa, c.bibtex]) expect(text).toContain(url);
    expect(indicatorCitationUrl("1.2.3", "pm25")).toBe(`${SITE_URL}/data/v1.2.3/by-indicator/pm25.json`);
  });

  it("GB/T 7714-2015: dataset [DS/OL], version, year (update date)[access date], URL", () => {
    expect(c.gbt).toMatch(/^\S.*\. .*\[DS\/OL\]\. 1\.2\.3版\. 2026\(2026-03-04\)\[2026-05-06\]\. https:\/\/\S+\.$/);
  });

  it("APA 7: Author. (Year). Title (Version x) [Data set]. URL", () => {
    expect(c.apa).toMatch(/^.+\. \(2026\)\. \*.+\* \(Version 1\.2\.3\) \[Data set\]\. https:\/\/\S+$/);
  });

  it("BibTeX: one entry with balanced braces, a key naming the version and the fields", () => {
    expect(c.bibtex.startsWith("@misc{zj-eco-tracker-1.2.3,")).toBe(true);
    let depth = 0;
    for (const ch of c.bibtex.replace(/\\[{}]/g, "")) {
      depth += ch === "{" ? 1 : ch === "}" ? -1 : 0;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
    for (const field of ["author", "title", "year", "version", "url"]) expect(c.bibtex).toMatch(new RegExp(`^  ${field} +=`, "m"));
    expect(c.bibtex).toMatch(/^  urldate += \{2026-05-06\},$/m);
  });

  it("biblatex users get the same as @dataset, with urldate", () => {
    expect(c.biblatex.startsWith("@dataset{zj-eco-tracker-1.2.3,")).toBe(true);
    expect(c.biblatex).toMatch(/^  urldate += \{2026-05-06\},$/m);
    expect(c.biblatex).toContain(`url          = {${url}}`);
  });

  it("BibTeX is LaTeX-safe: printable ASCII only, typographic names given in ASCII, specials escaped", () => {
    const typographic = { id: "pm25", zh: "细颗粒物（PM₂.₅）", en: "PM₂.₅ & CO₂ in Class Ⅲ – 100% of μg/m³ #1" };
    const one = citations({ version: "1.2.3", date: "2026-03-04", url: indicatorCitationUrl("1.2.3", "pm25"), indicator: typographic, accessed: "2026-05-06" });
    for (const entry of [one.bibtex, one.biblatex, c.bibtex]) {
      expect(entry, entry).toMatch(/^[\x20-\x7e\n]*$/);
      // Outside \url{} and url = {…}, no unescaped LaTeX special character.
      const text = entry.split("\n").filter((l) => !/^\s+(url|howpublished) /.test(l)).join("\n");
      expect(text.replace(/\\[&%#_$]/g, "")).not.toMatch(/[&%#_$~^]/);
    }
    expect(one.bibtex).toContain("PM2.5 \\& CO2 in Class III - 100\\% of ug/m3 \\#1");
  });

  it("an indicator's citation names the indicator and its own file", () => {
    const one = citations({ version: "1.2.3", date: "2026-03-04", url: indicatorCitationUrl("1.2.3", "pm25"), indicator: { id: "pm25", zh: "细颗粒物", en: "PM2.5" }, accessed: "2026-05-06" });
    expect(one.gbt).toContain("细颗粒物");
    expect(one.apa).toContain("PM2.5");
    expect(one.bibtex).toContain("@misc{zj-eco-tracker-pm25-1.2.3,");
  });

  it("CITATION.cff carries version and date only once there is a release", () => {
    expect(citationCff(null)).not.toMatch(/^version:/m);
    expect(citationCff({ version: "1.2.3", date: "2026-03-04" })).toMatch(/^date-released: 2026-03-04$/m);
  });
});

describe("patterns in Table Schema (XML Schema syntax) mean what the loader's patterns mean", () => {
  it("for every patterned field, the data's values match both, and near-misses match neither", async () => {
    const { files } = await release();
    const text = (p: string) => new TextDecoder().decode(files.get(p)!);
    for (const def of exportDefs) {
      const records = JSON.parse(text(`${def.name}.json`)) as Record<string, unknown>[];
      for (const f of fieldsOf(def)) {
        const js = valuePattern(f.doc);
        if (!js) continue;
        const xsd = new RegExp(`^(?:${xsdPattern(js)})$`, "u");
        const original = new RegExp(js, "u");
        for (const r of records) {
          const v = r[f.name];
          if (v === null || (Array.isArray(v) && v.length === 0)) continue;
          const cell = Array.isArray(v) ? v.join(";") : String(v);
          expect(original.test(cell), `${def.name}.${f.name} ${cell}`).toBe(true);
          expect(xsd.test(cell), `${def.name}.${f.name} ${cell} (xsd)`).toBe(true);
          for (const miss of [` ${cell}`, `${cell} `, `${cell};`, `;${cell}`, `X${cell}`.toUpperCase()]) {
            if (f.doc.pattern?.startsWith("^https?://")) continue;
            expect(xsd.test(miss), `${def.name}.${f.name} ${JSON.stringify(miss)}`).toBe(original.test(miss));
          }
        }
      }
    }
  }, 60_000); // builds a release first: slow on a loaded 2-core machine

  it("an unanchored pattern becomes .* at its open end", () => {
    expect(anchoredBody("^https?://")).toBe("https?://.*");
    expect(xsdPattern("^(?:a|b)$")).toBe("(a|b)");
  });
});

describe("versions", () => {
  it("compare numerically and classify steps", () => {
    expect(compareVersions("1.10.0", "1.9.9")).toBeGreaterThan(0);
    expect(compareVersions("2.0.0", "10.0.0")).toBeLessThan(0);
    expect([bumpOf("1.2.3", "2.0.0"), bumpOf("1.2.3", "1.3.0"), bumpOf("1.2.3", "1.2.4")]).toEqual(["major", "minor", "patch"]);
  });
});
