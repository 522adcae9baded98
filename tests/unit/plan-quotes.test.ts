/**
 * The data quote the plan verbatim (src/plan/quotes.ts, src/data/planQuotes.ts): the real data pass,
 * against the importer's text and, independently, against the generated MDX read back through the
 * MDX compiler; and altered records are reported with their file, line, column and rule.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { formatIssue } from "../../src/data/issue.ts";
import { loadDataset } from "../../src/data/load.ts";
import { assertPlanQuotes, planQuoteIssues, readPlanText } from "../../src/data/planQuotes.ts";
import { findQuoteProblems, type PlanText, type RecordLocator } from "../../src/plan/quotes.ts";
import type { Project, Target } from "../../src/schema/tables.ts";
import { MANIFEST_PATH, renderAll, ROOT } from "./plan-support.ts";

const DATA = join(ROOT, "data");
const data = loadDataset(DATA);
const plan = readPlanText(join(ROOT, "content", "plan-source"));
const anchors = (JSON.parse(readFileSync(MANIFEST_PATH, "utf8")) as { anchors: { id: string; kind: string }[] }).anchors;

/** Line of the record with this id, found by reading the file as text (records never span lines). */
function lineOf(file: string, id: string): number {
  const index = readFileSync(join(DATA, file), "utf8").split("\n").findIndex((line) => line.startsWith(`${id},`));
  if (index < 0) throw new Error(`test setup: no record ${id} in ${file}`);
  return index + 1;
}
/** For records changed in memory, an id may be in no file: line 0 (the whole file), as formatIssue prints it. */
const locate: RecordLocator = (table, id) => {
  const file = table === "targets" ? "targets.csv" : "projects.csv";
  const known = readFileSync(join(DATA, file), "utf8").includes(`\n${id},`);
  return { file: `data/${file}`, line: known ? lineOf(file, id) : 0 };
};
const problems = (targets: readonly Target[], projects: readonly Project[], text: PlanText = plan) =>
  findQuoteProblems(text, targets, projects, locate).map(formatIssue);

/** Changes the character in the middle of `s` to one the plan never uses. */
function alter(s: string): string {
  const chars = Array.from(s);
  chars[Math.floor(chars.length / 2)] = "〇";
  return chars.join("");
}
const target = (id: string) => {
  const found = data.targets.find((t) => t.id === id);
  if (!found) throw new Error(`test setup: no target ${id}`);
  return found;
};
const project = (id: string) => {
  const found = data.projects.find((p) => p.id === id);
  if (!found) throw new Error(`test setup: no project ${id}`);
  return found;
};

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe("the data quote the plan verbatim", () => {
  it("the plan text used for the checks has exactly the anchors of anchors.json", () => {
    expect([...plan.text.keys()].sort()).toEqual(anchors.map((a) => a.id).sort());
    expect([...plan.boxItems].sort()).toEqual(anchors.filter((a) => a.kind === "box-item").map((a) => a.id).sort());
  });

  it("finds no problem in data/ (targets.csv and projects.csv)", () => {
    expect(problems(data.targets, data.projects)).toEqual([]);
    expect(planQuoteIssues(data, DATA, join(ROOT, "content", "plan-source")).map(formatIssue)).toEqual([]);
  });

  it("finds no problem either against the generated MDX read back by the MDX compiler", () => {
    const { elements } = renderAll();
    const text = new Map(elements.filter((e) => e.id !== undefined).map((e) => [e.id!, e.text] as const));
    const boxes = elements.filter((e) => e.name === "PlanBox");
    const fromMdx: PlanText = {
      text,
      boxItems: new Set([...text.keys()].filter((id) => /^box-\d+-i\d+$/.test(id))),
      boxTitles: new Map(boxes.map((b) => [Number(/^专栏(\d+)/.exec(b.text)?.[1]), b.text.replace(/^专栏\d+/, "")] as const)),
    };
    expect(fromMdx.boxItems.size).toBe(plan.boxItems.size);
    expect(problems(data.targets, data.projects, fromMdx)).toEqual([]);
  });

  it("has one projects.csv record for every 专栏 item of the plan, and every text target carries a quote", () => {
    expect(data.projects.map((p) => p.id).sort()).toEqual([...plan.boxItems].sort());
    const text = data.targets.filter((t) => t.source_table === "text");
    expect(text.length).toBeGreaterThan(0);
    for (const t of text) expect([t.id, t.quote_zh !== null && t.paragraph_id !== null]).toEqual([t.id, true]);
  });
});

describe("altered records are reported with file, line, column and rule", () => {
  it("reports a quote with one character changed", () => {
    const t = target("fyp14-text-water-use-total-196");
    const quote = alter(t.quote_zh!);
    expect(plan.text.get(t.paragraph_id!)!.includes(quote)).toBe(false);
    const found = problems([{ ...t, quote_zh: quote }], []);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(
      new RegExp(`^data/targets\\.csv:${lineOf("targets.csv", t.id)} column "quote_zh" = "${quote}": is not found verbatim in the text of ${t.paragraph_id} .*\\[rule: quote-verbatim\\]$`),
    );
  });

  it("reports the quote as missing when it is checked against another paragraph", () => {
    const t = target("fyp14-text-straw-utilization-95");
    expect(problems([{ ...t, paragraph_id: "ch3-s7-p3" }], [])).toEqual([
      expect.stringMatching(/^data\/targets\.csv:\d+ column "quote_zh" = .*\[rule: quote-verbatim\]$/),
    ]);
  });

  it("reports a paragraph_id that is not an anchor, and a table row pointing at the wrong table", () => {
    const t = target("fyp14-text-straw-utilization-95");
    expect(problems([{ ...t, paragraph_id: "ch3-s7-p99" }], [])).toEqual([
      `data/targets.csv:${lineOf("targets.csv", t.id)} column "paragraph_id" = "ch3-s7-p99": is not an anchor of the plan (see content/plan-source/anchors.json) [rule: plan-anchor]`,
    ]);
    const row = target("fyp14-t2-r12");
    expect(problems([{ ...row, paragraph_id: "table-1" }], [])).toEqual([expect.stringContaining("[rule: table-anchor]")]);
  });

  it("reports a text target without a quote, and a target_text that is not in the quote", () => {
    const t = target("fyp14-text-livestock-manure-utilization-92");
    expect(problems([{ ...t, quote_zh: null }], [])).toEqual([expect.stringContaining('column "quote_zh" = "": a target taken from the plan')]);
    expect(problems([{ ...t, target_text: "93%以上" }], [])).toEqual([expect.stringContaining("[rule: target-text-verbatim]")]);
  });

  it("reports a project whose description, name, place or quantity has one character changed", () => {
    const p = project("box-4-i1");
    const line = lineOf("projects.csv", p.id);
    const description = alter(p.description_zh);
    expect(problems([], [{ ...p, description_zh: description }])).toEqual([
      expect.stringMatching(new RegExp(`^data/projects\\.csv:${line} column "description_zh" = "${description}": is not found verbatim in the text of box-4-i1 .*\\[rule: description-verbatim\\]$`)),
    ]);
    expect(problems([], [{ ...p, name_zh: alter(p.name_zh) }])).toEqual([expect.stringMatching(new RegExp(`^data/projects\\.csv:${line} column "name_zh" = .*\\[rule: name-verbatim\\]$`))]);
    expect(problems([], [{ ...p, places_named_zh: "台州湾;梅山湾;沿浦湾;舟山北部海域" }])).toEqual([expect.stringContaining('column "places_named_zh" = "舟山北部海域"')]);
    expect(problems([], [{ ...p, quantities_zh: "“美丽海湾”10个左右;岸线长度不少于500千米" }])).toEqual([expect.stringContaining("[rule: quantity-verbatim]")]);
  });

  it("reports a description cut short, an id that is not a 专栏 item and numbers that disagree with the id", () => {
    const p = project("box-8-i1");
    const cut = p.description_zh.slice(0, p.description_zh.indexOf("。") + 1);
    expect(problems([], [{ ...p, description_zh: cut }])).toEqual([expect.stringContaining("[rule: description-complete]")]);
    expect(problems([], [{ ...p, id: "box-8-i9" }])).toEqual([`data/projects.csv column "id" = "box-8-i9": is not the anchor of a 专栏 item (box-N-iK, see content/plan-source/anchors.json) [rule: box-item-anchor]`]);
    expect(problems([], [{ ...p, id: "ch3-s8-p1" }])).toEqual([expect.stringContaining("[rule: box-item-anchor]")]);
    expect(problems([], [{ ...p, item_number: 2, box_title_zh: "生态文明示范领域重大工程" }])).toEqual([
      expect.stringContaining('column "item_number" = "2"'),
      expect.stringContaining("[rule: box-title]"),
    ]);
  });

  it("assertPlanQuotes fails on a copy of data/ whose targets.csv has one quote altered, naming its file and line", () => {
    const dir = mkdtempSync(join(tmpdir(), "zj-quotes-"));
    dirs.push(dir);
    cpSync(DATA, dir, { recursive: true });
    const t = target("fyp14-text-eco-civilization-demo-80");
    const csv = readFileSync(join(dir, "targets.csv"), "utf8");
    const altered = alter(t.quote_zh!);
    expect(csv.split(t.quote_zh!)).toHaveLength(2);
    writeFileSync(join(dir, "targets.csv"), csv.replace(t.quote_zh!, altered));
    const copy = loadDataset(dir);
    const file = relative(process.cwd(), join(dir, "targets.csv"));
    expect(() => assertPlanQuotes(copy, dir, join(ROOT, "content", "plan-source"))).toThrow(
      `${file}:${lineOf("targets.csv", t.id)} column "quote_zh" = "${altered}"`,
    );
  });
});
