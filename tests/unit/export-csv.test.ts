/**
 * CSV round trips: every released CSV, read back with papaparse and the table's own schema, gives exactly
 * the records the loader validated; the release's tables are themselves a dataset the loader accepts.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { loadDataset } from "../../src/data/load.ts";
import { tables } from "../../src/schema/tables.ts";
import { csvText } from "../../src/export/csv.ts";
import { statusesTable } from "../../src/export/statuses.ts";
import { csvFiles, parseCsv, recordsOf, release, utf8 } from "./export-support.ts";
import { exportTables } from "../../src/export/tables.ts";
import { INDICATOR_CSV_COLUMNS } from "../../src/export/indicatorPackage.ts";
import { derivedColumns } from "../../src/export/derived.ts";

const { data, site, files } = await release();
const exported = exportTables(site);
/** Whether a released CSV's column holds text: from the table's documented fields, or for an indicator's self-contained CSV, its column list. */
function isText(path: string, column: string): boolean {
  if (/^by-indicator\/[a-z0-9-]+\.csv$/.test(path)) {
    const c = INDICATOR_CSV_COLUMNS.find((x) => x.name === column);
    if (!c) throw new Error(`${path}: unknown column ${column}`);
    return c.text;
  }
  const name = path.replace(/^by-indicator\/[^.]+\./, "").replace(/\.csv$/, "");
  const f = exported.find((t) => t.def.name === name)?.fields.find((x) => x.name === column);
  if (!f) throw new Error(`${path}: no documented field ${column}`);
  return ["string", "date", "list"].includes(f.doc.type);
}
const file = (path: string) => {
  const bytes = files.get(path);
  expect(bytes, `${path} is part of the release`).toBeDefined();
  return bytes!;
};

describe("CSV dialect", () => {
  it("every CSV is UTF-8 without BOM, LF only, with a final line end", () => {
    const paths = csvFiles(files);
    expect(paths.length).toBeGreaterThan(9);
    for (const path of paths) {
      const bytes = file(path);
      expect([...bytes.subarray(0, 3)], path).not.toEqual([0xef, 0xbb, 0xbf]);
      expect(bytes.includes(0x0d), `${path} contains CR`).toBe(false);
      expect(bytes.at(-1), path).toBe(0x0a);
      expect(() => parseCsv(bytes, path)).not.toThrow();
    }
  });

  it("quotes per RFC 4180 so that papaparse reads back any text (commas, quotes, line breaks, Chinese, ;)", () => {
    // A deterministic pseudo-random sample of awkward texts.
    let seed = 42;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const alphabet = ["a", "Z", "0", ",", '"', "\n", "\r\n", ";", " ", "中", "〔", "²", "'", "\t"];
    const records = Array.from({ length: 200 }, () =>
      Array.from({ length: 4 }, () => Array.from({ length: Math.floor(rand() * 8) }, () => alphabet[Math.floor(rand() * alphabet.length)]).join("")),
    );
    const header = ["a", "b", "c", "d"];
    const text = csvText(header, records, [true, false, true, false]);
    const parsed = Papa.parse<string[]>(text.slice(0, -1), { delimiter: ",", newline: "\n", quoteChar: '"' });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toEqual([header, ...records]);
  });

  it("quotes the header and every non-empty text cell; numbers, booleans and empty cells bare", () => {
    expect(csvText(["x", "y", "n", "b"], [["plain 中文", 'say "hi", ok', "92.10", "true"], ["", "a", "", ""]], [true, true, false, false])).toBe(
      '"x","y","n","b"\n"plain 中文","say ""hi"", ok",92.10,true\n,"a",,\n',
    );
  });

  it("every released CSV quotes its header and every non-empty text cell, and no number or boolean cell", () => {
    for (const path of csvFiles(files)) {
      const { header, rows } = rawCells(utf8(file(path)));
      expect(header.every((h) => h.quoted), path).toBe(true);
      const textColumn = header.map((h) => isText(path, h.text));
      for (const [r, row] of rows.entries()) {
        for (const [i, cell] of row.entries()) {
          if (cell.text === "") expect(cell.quoted, `${path}:${r + 2} ${header[i]!.text} empty`).toBe(false);
          else expect(cell.quoted, `${path}:${r + 2} ${header[i]!.text} = ${cell.text}`).toBe(textColumn[i]);
        }
      }
    }
  });

  it("a dialect sniffer (Python's csv.Sniffer, as csvkit uses it) finds the comma and the double quote in every released CSV", () => {
    for (const path of csvFiles(files)) {
      // csvkit sniffs the first 1024 characters by default.
      expect(sniff(utf8(file(path)).slice(0, 1024)), path).toEqual({ delimiter: ",", quotechar: '"' });
    }
    // The check can fail: the unquoted text that misled csvkit before.
    expect(sniff("indicator_id,note\nair,'2021年 94.4%' in 'the' report\nwater,'a' b 'c'\n")).not.toEqual({ delimiter: ",", quotechar: '"' });
  });
});

/** Cells of a CSV with whether each was quoted: a small RFC 4180 tokenizer for the test. */
function rawCells(text: string): { header: { text: string; quoted: boolean }[]; rows: { text: string; quoted: boolean }[][] } {
  const records: { text: string; quoted: boolean }[][] = [];
  let record: { text: string; quoted: boolean }[] = [];
  let i = 0;
  while (i < text.length) {
    let cell = "";
    let quoted = false;
    if (text[i] === '"') {
      quoted = true;
      i++;
      for (;;) {
        if (text[i] === '"' && text[i + 1] === '"') (cell += '"'), (i += 2);
        else if (text[i] === '"') { i++; break; }
        else cell += text[i++];
      }
    } else while (i < text.length && text[i] !== "," && text[i] !== "\n") cell += text[i++];
    record.push({ text: cell, quoted });
    if (text[i] === ",") i++;
    else if (text[i] === "\n") (records.push(record), (record = []), i++);
  }
  const [header, ...rows] = records;
  return { header: header!, rows };
}

/**
 * Python's csv.Sniffer._guess_quote_and_delimiter, ported: the first of its four patterns that matches
 * (a quoted field between delimiters, at a line start, at a line end, alone on a line) gives the quote
 * and the delimiter seen most often. Python's \w is Unicode-aware, hence \p{L}\p{N}_ here.
 */
function sniff(sample: string): { delimiter: string; quotechar: string } | null {
  const W = "\\p{L}\\p{N}_";
  const patterns = [
    `(?<delim>[^${W}\\n"'])(?<space> ?)(?<quote>["']).*?\\k<quote>\\k<delim>`,
    `(?:^|\\n)(?<quote>["']).*?\\k<quote>(?<delim>[^${W}\\n"'])(?<space> ?)`,
    `(?<delim>[^${W}\\n"'])(?<space> ?)(?<quote>["']).*?\\k<quote>(?:$|\\n)`,
    `(?:^|\\n)(?<quote>["']).*?\\k<quote>(?:$|\\n)`,
  ];
  for (const p of patterns) {
    const matches = [...sample.matchAll(new RegExp(p, "gsmu"))];
    if (matches.length === 0) continue;
    const most = (key: "quote" | "delim") => {
      const counts = new Map<string, number>();
      for (const m of matches) {
        const v = m.groups?.[key];
        if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
      }
      return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "";
    };
    return { delimiter: most("delim"), quotechar: most("quote") };
  }
  return null;
}

describe("derived search columns", () => {
  it("give each typographic name a plain form that a search for PM2.5, CO2 or Class III finds", () => {
    const indicators = recordsOf(parseCsv(file("indicators.csv")));
    const ascii = indicators.map((r) => r["name_ascii"]!);
    for (const q of ["PM2.5", "CO2", "Class III"]) expect(ascii.some((n) => n.includes(q)), q).toBe(true);
    for (const n of ascii) expect(n).toMatch(/^[\x20-\x7e]+$/);
    expect(indicators.map((r) => r["name_zh_plain"]).some((n) => n!.includes("PM2.5"))).toBe(true);
    const typographic = indicators.filter((r) => /[₀-₉⁰-⁹²³Ⅰ-ⅿ]/.test(r["name_en"]!));
    expect(typographic.length).toBeGreaterThanOrEqual(5);
    for (const r of typographic) expect(r["name_ascii"], r["id"]).not.toBe(r["name_en"]);
  });

  it("give each plan anchor its URL on the site", () => {
    const targets = recordsOf(parseCsv(file("targets.csv")));
    const anchored = targets.filter((t) => t["paragraph_id"]);
    expect(anchored.length).toBeGreaterThan(10);
    for (const t of anchored) expect(t["paragraph_url"], t["id"]).toMatch(new RegExp(`^https?://[^ ]+/plan/(preamble|ch\\d+)/#${t["paragraph_id"]}$`));
  });
});

describe("round trip: CSV → papaparse → schema = the loader's records", () => {
  for (const def of tables) {
    it(`${def.file}`, () => {
      const csv = parseCsv(file(def.file), def.file);
      expect(csv.header).toEqual(exported.find((t) => t.def === def)!.fields.map((f) => f.name));
      const derived = derivedColumns(def.name).map((d) => d.name);
      expect(csv.header.filter((h) => !derived.includes(h))).toEqual(Object.keys(def.schema.shape));
      const reread = recordsOf(csv).map((cells) => (def.schema as z.ZodType).parse(cells));
      expect(reread).toEqual(data[def.name as keyof typeof data]);
    });
  }

  it("statuses.csv holds the engine's result for every target, field by field", () => {
    const csv = parseCsv(file("statuses.csv"));
    expect(csv.header).toEqual(Object.keys(statusesTable.schema.shape));
    const rows = recordsOf(csv).map((cells) => statusesTable.schema.parse(cells));
    expect(rows.map((r) => r.target_id)).toEqual(data.targets.map((t) => t.id));
    for (const [i, t] of data.targets.entries()) {
      const row = rows[i]!;
      const { status, working: w } = site.statusOf(t);
      expect(row.status, t.id).toBe(status);
      expect(row.rule, t.id).toBe(w.rule);
      expect(row.indicator_id).toBe(t.indicator_id);
      expect(row.plan_id).toBe(t.plan_id);
      expect(row.series_id).toBe(t.series_id);
      expect([row.baseline_year, row.baseline_value], t.id).toEqual([w.baseline?.year ?? null, w.baseline?.value ?? null]);
      expect([row.latest_year, row.latest_value, row.latest_source_id], t.id).toEqual([w.latest?.year ?? null, w.latest?.value ?? null, w.latest?.sourceId ?? null]);
      expect([row.target_year, row.target_kind, row.target_value]).toEqual([w.target.year, w.target.kind, w.target.value]);
      expect([row.expected_share, row.covered_share, row.ratio, row.broken_year, row.change]).toEqual([w.expectedShare, w.coveredShare, w.ratio, w.brokenYear, w.change]);
      expect(row.caveats).toEqual(w.caveats);
      expect(row.other_series_ids).toEqual(w.otherSeries);
      expect(row.data_version).toBe("1.0.0");
    }
  });

  it("the release's table CSVs, put in a folder, load with the loader to the same dataset", () => {
    const dir = mkdtempSync(join(tmpdir(), "zj-export-csv-"));
    try {
      for (const def of tables) writeFileSync(join(dir, def.file), file(def.file));
      expect(loadDataset(dir, { released: true })).toEqual(data);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("the per-indicator CSVs split observations, targets and statuses without loss or overlap", () => {
    for (const table of ["observations", "targets", "statuses"]) {
      const whole = parseCsv(file(`${table}.csv`));
      const parts = data.indicators.map((i) => parseCsv(file(`by-indicator/${i.id}.${table}.csv`)));
      for (const [n, part] of parts.entries()) {
        expect(part.header, table).toEqual(whole.header);
        const column = part.header.indexOf("indicator_id");
        for (const r of part.rows) expect(r[column]).toBe(data.indicators[n]!.id);
      }
      const joined = parts.flatMap((p) => p.rows.map((r) => r.join("\u0000"))).sort();
      expect(joined).toEqual(whole.rows.map((r) => r.join("\u0000")).sort());
    }
  });
});
