/**
 * The changelog between two releases, on fixture releases written here by hand (a datapackage.json and
 * small CSVs): values added, revised and removed; a change of precision only is no revision; targets and
 * sources added; columns added and removed; the first release; the summary and the Markdown.
 */
import { describe, expect, it } from "vitest";
import { changeSummary, changelogMarkdown, computeChangelog, type ReleaseReader } from "../../src/export/changelog.ts";

const OBS_KEY = ["indicator_id", "place_id", "year", "series_id"];
function fixture(tables: Record<string, { key: string[]; csv: string }>): ReleaseReader {
  const files = new Map<string, Uint8Array>();
  const enc = new TextEncoder();
  const resources = Object.entries(tables).map(([name, t]) => {
    files.set(`${name}.csv`, enc.encode(t.csv));
    return { name, path: `${name}.csv`, schema: { fields: t.csv.split("\n")[0]!.split(",").map((f) => ({ name: f })), primaryKey: t.key } };
  });
  files.set("datapackage.json", enc.encode(JSON.stringify({ resources })));
  return (path) => files.get(path);
}

const v1 = fixture({
  sources: { key: ["id"], csv: "id,title\ns1,Bulletin 2021\n" },
  targets: { key: ["id"], csv: "id,label_zh,target_value\nt1,PM2.5浓度,24\n" },
  observations: {
    key: OBS_KEY,
    csv: [
      "indicator_id,place_id,year,value,unit,series_id,source_id",
      "pm25,zhejiang,2021,24,μg/m³,pm25--main,s1",
      "pm25,zhejiang,2022,25,μg/m³,pm25--main,s1",
      "water,zhejiang,2021,92.1,%,water--main,s1",
      "forest,zhejiang,2021,61.2,%,forest--main,s1",
    ].join("\n") + "\n",
  },
});
const v2 = fixture({
  sources: { key: ["id"], csv: "id,title\ns1,Bulletin 2021\ns2,\"Bulletin, 2023\"\n" },
  targets: { key: ["id"], csv: "id,label_zh,target_value\nt1,PM2.5浓度,24\nt2,地表水,95\n" },
  observations: {
    key: OBS_KEY,
    csv: [
      "indicator_id,place_id,year,value,value_text,unit,series_id,source_id",
      "pm25,zhejiang,2021,23,23,μg/m³,pm25--main,s1", // revised 24 → 23
      "water,zhejiang,2021,92.1,92.10,%,water--main,s1", // precision now given: not a revision
      "forest,zhejiang,2021,61.2,61.2,%,forest--main,s1",
      "pm25,zhejiang,2023,22,22,μg/m³,pm25--main,s2", // added
    ].join("\n") + "\n", // pm25 2022 removed
  },
});

describe("computeChangelog", () => {
  const c = computeChangelog("1.1.0", { version: "1.0.0", read: v1 }, v2);

  it("finds the values added, revised (old → new) and removed, by primary key", () => {
    expect(c.values.added).toEqual([{ indicator_id: "pm25", place_id: "zhejiang", year: "2023", series_id: "pm25--main", unit: "μg/m³", value: "22" }]);
    expect(c.values.revised).toEqual([{ indicator_id: "pm25", place_id: "zhejiang", year: "2021", series_id: "pm25--main", unit: "μg/m³", old: "24", new: "23" }]);
    expect(c.values.removed).toEqual([{ indicator_id: "pm25", place_id: "zhejiang", year: "2022", series_id: "pm25--main", unit: "μg/m³", value: "25" }]);
  });

  it("does not call a value revised when only its published precision is now given (92.1 → 92.10)", () => {
    expect(c.values.revised.some((r) => r.indicator_id === "water")).toBe(false);
  });

  it("names the targets and sources added, and the columns added", () => {
    expect(c.rows).toEqual([
      { table: "sources", added: [{ key: "s2", label: "Bulletin, 2023" }], removed: [], changed: [] },
      { table: "targets", added: [{ key: "t2", label: "地表水" }], removed: [], changed: [] },
    ]);
    expect(c.schema).toEqual({ tablesAdded: [], tablesRemoved: [], columnsAdded: [{ table: "observations", column: "value_text" }], columnsRemoved: [] });
  });

  it("sees a removed column and a changed row", () => {
    const v3 = fixture({
      sources: { key: ["id"], csv: "id,title\ns1,Bulletin 2021 (corrected)\ns2,\"Bulletin, 2023\"\n" },
      targets: { key: ["id"], csv: "id,label_zh\nt1,PM2.5浓度\nt2,地表水\n" },
      observations: { key: OBS_KEY, csv: "indicator_id,place_id,year,value,value_text,unit,series_id,source_id\n" },
    });
    const d = computeChangelog("2.0.0", { version: "1.1.0", read: v2 }, v3);
    expect(d.schema.columnsRemoved).toEqual([{ table: "targets", column: "target_value" }]);
    expect(d.rows.find((r) => r.table === "sources")?.changed).toEqual([{ key: "s1", label: "Bulletin 2021 (corrected)" }]);
    expect(d.rows.find((r) => r.table === "targets")).toBeUndefined(); // the remaining columns are unchanged
    expect(d.values.removed).toHaveLength(4);
  });

  it("summarises the counts in both languages", () => {
    expect(changeSummary(c)).toEqual({
      zh: "相对 1.0.0：新增数值 1 个，修订 1 个，删除 1 个；新增目标 1 项；新增来源 1 个；表结构变更 1 处。",
      en: "Against 1.0.0: 1 values added, 1 revised, 1 removed; 1 targets added; 1 sources added; 1 changes to tables and columns.",
    });
  });

  it("writes every change into CHANGELOG.md in Chinese and in English", () => {
    const md = changelogMarkdown(c);
    expect(md).toContain("## 中文");
    expect(md).toContain("## English");
    expect(md.match(/pm25 · zhejiang · 2021 · pm25--main: 24 → 23 μg\/m³/g)).toHaveLength(2);
    expect(md).toContain("### 新增数值 (1)");
    expect(md).toContain("### Values removed (1)");
    expect(md).toContain("- s2: Bulletin, 2023");
    expect(md).toContain("column observations.value_text added");
  });

  it("treats the first release as all new, with no comparison", () => {
    const first = computeChangelog("1.0.0", null, v1);
    expect(first.previous).toBeNull();
    expect(first.values.added).toHaveLength(4);
    expect(first.schema.columnsAdded).toEqual([]);
    expect(changeSummary(first).en).toBe("First release: everything is new.");
  });
});
