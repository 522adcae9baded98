/** csv-metadata.json (CSVW) describes the released CSVs: their columns, datatypes, keys, as they are. */
import { describe, expect, it } from "vitest";
import { parseCsv, recordsOf, release, utf8 } from "./export-support.ts";

const { files } = await release();
interface Column {
  name: string;
  titles: string;
  datatype: string | { base: string; format?: string };
  required: boolean;
  separator?: string;
}
interface Table {
  url: string;
  tableSchema: { columns: Column[]; primaryKey: string[]; foreignKeys?: { columnReference: string[]; reference: { resource: string; columnReference: string[] } }[] };
}
const meta = JSON.parse(utf8(files.get("csv-metadata.json")!)) as { "@context": unknown; tables: Table[]; dialect: Record<string, unknown> };

describe("csv-metadata.json", () => {
  it("is CSVW metadata for every table file of the release", () => {
    expect((meta["@context"] as unknown[])[0]).toBe("http://www.w3.org/ns/csvw");
    const csvs = [...files.keys()].filter((p) => p.endsWith(".csv") && !p.includes("/"));
    expect(meta.tables.map((t) => t.url).sort()).toEqual(csvs.sort());
    expect(meta.dialect).toMatchObject({ encoding: "utf-8", delimiter: ",", header: true, lineTerminators: ["\n"] });
  });

  it("its columns match each file's header (CSVW requires titles to match the header row)", () => {
    for (const t of meta.tables) {
      expect(t.tableSchema.columns.map((c) => c.titles), t.url).toEqual(parseCsv(files.get(t.url)!).header);
    }
  });

  it("every value matches its column's datatype, format and required flag; keys hold", () => {
    const rowsOf = new Map(meta.tables.map((t) => [t.url, recordsOf(parseCsv(files.get(t.url)!))]));
    for (const t of meta.tables) {
      const rows = rowsOf.get(t.url)!;
      for (const c of t.tableSchema.columns) {
        const base = typeof c.datatype === "string" ? c.datatype : c.datatype.base;
        const format = typeof c.datatype === "string" ? undefined : c.datatype.format;
        for (const row of rows) {
          const v = row[c.name] ?? "";
          if (v === "") {
            expect(c.required, `${t.url} ${c.name} empty`).toBe(false);
            continue;
          }
          for (const item of c.separator ? v.split(c.separator) : [v]) {
            if (base === "integer") expect(item, `${t.url} ${c.name}`).toMatch(/^-?\d+$/);
            if (base === "decimal") expect(item, `${t.url} ${c.name}`).toMatch(/^-?\d+(\.\d+)?$/);
            if (base === "boolean") expect(format!.split("|"), `${t.url} ${c.name}`).toContain(item);
            else if (format) expect(item, `${t.url} ${c.name}`).toMatch(new RegExp(format, "u"));
          }
        }
      }
      const key = rows.map((r) => t.tableSchema.primaryKey.map((k) => r[k]).join("\u0000"));
      expect(new Set(key).size, `${t.url} primary key`).toBe(key.length);
      for (const fk of t.tableSchema.foreignKeys ?? []) {
        const target = rowsOf.get(fk.reference.resource);
        expect(target, fk.reference.resource).toBeDefined();
        const allowed = new Set(target!.map((r) => fk.reference.columnReference.map((k) => r[k]).join("\u0000")));
        for (const r of rows) {
          const v = fk.columnReference.map((k) => r[k]).join("\u0000");
          if (v !== "") expect(allowed.has(v), `${t.url} ${fk.columnReference.join()}=${v}`).toBe(true);
        }
      }
    }
  });
});
