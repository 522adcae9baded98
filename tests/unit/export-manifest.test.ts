/**
 * The committed releases in data/releases/ are exactly as released (runs on every `npm test`), and the
 * files derived from them (CITATION.cff) are current.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { checkReleases, readReleaseList } from "../../src/export/store.ts";
import { citationCff } from "../../src/export/citation.ts";

const RELEASES = join(process.cwd(), "data", "releases");

describe("data/releases/", () => {
  it("every released file still has the SHA-256 recorded in the manifest, and nothing was added or removed", () => {
    expect(checkReleases(RELEASES)).toEqual([]);
  });

  it("CITATION.cff is the one generated for the newest release (cff-version 1.2.0, type dataset)", () => {
    const text = readFileSync(join(process.cwd(), "CITATION.cff"), "utf-8");
    const latest = readReleaseList(RELEASES).at(-1) ?? null;
    expect(text).toBe(citationCff(latest ? { version: latest.version, date: latest.date } : null));
    const cff = parse(text) as Record<string, unknown>;
    expect(cff["cff-version"]).toBe("1.2.0");
    expect(cff["type"]).toBe("dataset");
    for (const key of ["message", "title", "authors", "license"]) expect(cff[key], key).toBeDefined();
    expect(cff["license"]).toBe("CC-BY-4.0");
    if (latest) {
      expect(cff["version"]).toBe(latest.version);
      expect(String(cff["date-released"])).toContain(latest.date);
    }
  });

  it("LICENSE-DATA.txt is the CC BY 4.0 legal code", () => {
    const text = readFileSync(join(process.cwd(), "LICENSE-DATA.txt"), "utf-8");
    expect(text.startsWith("Attribution 4.0 International")).toBe(true);
    for (const heading of ["Creative Commons Attribution 4.0 International Public License", "Section 1 -- Definitions.", "Section 4 -- Sui Generis Database Rights.", "Section 8 -- Interpretation."]) {
      expect(text).toContain(heading);
    }
  });
});
