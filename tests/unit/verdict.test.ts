import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { updatedLine, verdictFacts, verdictSentences, type VerdictInput, type VerdictRow } from "../../src/status/verdict.ts";
import { buildSite } from "../../src/data/dataset.ts";
import { loadDataset } from "../../src/data/load.ts";
import { planRows } from "../../src/data/overview.ts";
import type { Rule, StatusCode } from "../../src/status/computeStatus.ts";

const DIR = join(process.cwd(), "tests", "fixtures", "verdict");

interface Expected { zh: string[]; en: string[]; updated_zh: string; updated_en: string }
interface Case extends Omit<VerdictInput, "rows"> {
  rows: { target_year: number; status: StatusCode; rule: Rule; latest_year: number | null; caveats: string[] }[];
  expected: Expected;
}
const read = <T,>(file: string) => JSON.parse(readFileSync(join(DIR, file), "utf8")) as T;

/** A compact fixture row as the engine's result: only the fields the verdict reads are filled. */
const row = (r: Case["rows"][number]): VerdictRow => ({
  target: { target_year: r.target_year },
  status: {
    status: r.status,
    working: { rule: r.rule, caveats: r.caveats, latest: r.latest_year === null ? null : { year: r.latest_year, value: 0, flags: [], sourceId: "s" } },
  },
});

function expectVerdict(input: VerdictInput, expected: Expected) {
  const facts = verdictFacts(input);
  expect(verdictSentences(facts, "zh")).toEqual(expected.zh);
  expect(verdictSentences(facts, "en")).toEqual(expected.en);
  expect(updatedLine(facts, "zh")).toBe(expected.updated_zh);
  expect(updatedLine(facts, "en")).toBe(expected.updated_en);
}

describe("the verdict", () => {
  const cases = readdirSync(DIR).filter((f) => f.endsWith(".json") && f !== "good-dataset.json");
  it("has the golden cases it promises (no data, all met, mixed, running)", () => {
    expect(cases.sort()).toEqual(["all-met.json", "mixed-ended.json", "no-data.json", "running.json"]);
  });

  for (const file of cases) {
    it(`tells ${file} as written by hand`, () => {
      const c = read<Case>(file);
      expectVerdict({ ...c, rows: c.rows.map(row) }, c.expected);
    });
  }

  it("tells the good fixture dataset, through the loader and the status engine", () => {
    const c = read<{ date: string; expected: Expected }>("good-dataset.json");
    const site = buildSite(loadDataset(join(process.cwd(), "tests", "fixtures", "good")), "test", c.date);
    const plan = site.plans.current;
    expectVerdict({ date: c.date, plan, rows: planRows(site, plan), sources: site.data.sources }, c.expected);
  });

  it("refuses a result it has no words for instead of dropping it from the counts", () => {
    const c = read<Case>("no-data.json");
    const odd = row({ target_year: 2025, status: "insufficient-data", rule: "final-value", latest_year: null, caveats: [] });
    expect(() => verdictFacts({ ...c, rows: [odd] })).toThrow(/no wording for status "insufficient-data" with rule "final-value"/);
  });
});
