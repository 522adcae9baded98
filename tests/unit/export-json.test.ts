/** JSON files equal the CSV files: same records, with numbers as numbers, lists as arrays and empty as null. */
import { describe, expect, it } from "vitest";
import { exportDefs } from "../../src/export/tables.ts";
import { fieldsOf } from "../../src/export/fields.ts";
import { parseCsv, recordsOf, release, utf8 } from "./export-support.ts";

const { data, files } = await release();
const json = (path: string): unknown => JSON.parse(utf8(files.get(path)!));

/** How a CSV cell writes a JSON value (stated here independently of the writers). */
function asCell(v: unknown): string {
  if (v === null) return "";
  if (Array.isArray(v)) return v.join(";");
  if (typeof v === "boolean" || typeof v === "number") return String(v);
  if (typeof v === "string") return v;
  throw new Error(`unexpected JSON value ${JSON.stringify(v)}`);
}

describe("JSON = CSV", () => {
  for (const def of exportDefs) {
    it(`${def.name}.json has the records of ${def.file}, typed`, () => {
      const records = json(`${def.name}.json`) as Record<string, unknown>[];
      const csv = recordsOf(parseCsv(files.get(def.file)!));
      expect(Array.isArray(records)).toBe(true);
      expect(records.length).toBe(csv.length);
      for (const [i, r] of records.entries()) {
        expect(Object.keys(r)).toEqual(Object.keys(csv[i]!));
        expect(Object.fromEntries(Object.entries(r).map(([k, v]) => [k, asCell(v)]))).toEqual(csv[i]);
      }
      for (const f of fieldsOf(def)) {
        const values = records.map((r) => r[f.name]).filter((v) => v !== null);
        const kind = f.doc.type === "list" ? "object" : f.doc.type === "number" || f.doc.type === "integer" ? "number" : f.doc.type === "boolean" ? "boolean" : "string";
        for (const v of values) expect(typeof v, `${def.name}.${f.name}`).toBe(kind);
        if (f.doc.type === "integer") for (const v of values) expect(Number.isInteger(v), `${def.name}.${f.name}`).toBe(true);
        if (f.doc.type === "list") for (const v of values) expect(Array.isArray(v)).toBe(true);
        if (f.doc.required) expect(values.length, `${def.name}.${f.name} required`).toBe(records.length);
      }
    });
  }

  it("each indicator's JSON holds its indicator, targets, statuses and observations exactly as the table files", () => {
    const all = (name: string) => json(`${name}.json`) as Record<string, unknown>[];
    for (const indicator of data.indicators) {
      const mine = json(`by-indicator/${indicator.id}.json`) as Record<string, unknown>;
      expect(mine["version"]).toBe("1.0.0");
      expect(mine["indicator"]).toEqual(all("indicators").find((r) => r["id"] === indicator.id));
      for (const name of ["targets", "statuses", "observations", "series"]) {
        expect(mine[name], `${indicator.id} ${name}`).toEqual(all(name).filter((r) => r["indicator_id"] === indicator.id));
      }
      const used = new Set((mine["observations"] as Record<string, unknown>[]).flatMap((o) => [o["source_id"], ...(o["corroborating_source_ids"] as string[])]));
      expect(mine["sources"]).toEqual(all("sources").filter((s) => used.has(s["id"])));
    }
  });
});
