/**
 * Fidelity: every character of the plan (after the reviewed errata and the documented notation
 * rules) is in the generated MDX exactly once and in order; only the table cell lines are left
 * out, and those are exactly the two table regions.
 */
import { describe, expect, it } from "vitest";
import { buildPlan } from "../../src/plan/build.ts";
import { parseErrata } from "../../src/plan/errata.ts";
import { walkBlocks } from "../../src/plan/structure.ts";
import {
  expectedText,
  firstDifference,
  generatedFiles,
  readErrataJson,
  readSource,
  renderAll,
  sourceLines,
  squeeze,
  strippedText,
  TABLE_LINE,
} from "./plan-support.ts";

/** Table regions read off the raw source: from the line after a `表 N` caption up to its `注：` line. */
function tableRegions(): { number: number; lines: number[] }[] {
  const lines = sourceLines();
  const regions: { number: number; lines: number[] }[] = [];
  lines.forEach((line, index) => {
    if (!TABLE_LINE.test(line)) return;
    const caption = /^表\s*(\d+)/.exec(line) ?? [];
    const end = lines.findIndex((l, j) => j > index && l.startsWith("注："));
    expect(end, `表 ${caption[1]} has a 注 line after it`).toBeGreaterThan(index);
    const region: number[] = [];
    for (let j = index + 1; j < end; j += 1) if ((lines[j] ?? "").trim() !== "") region.push(j + 1);
    regions.push({ number: Number(caption[1]), lines: region });
  });
  return regions;
}

describe("plan text fidelity", () => {
  const expected = expectedText();

  it("the expected text is the whole plan, not a fragment", () => {
    const rawTextChars = squeeze(sourceLines().filter((line) => !line.includes("\t")).join("")).length;
    expect(rawTextChars).toBeGreaterThan(25000);
    // The repairs only shorten the text slightly (" and " → 和, "**" removed, "_{2.5}" → "₂.₅").
    expect(expected.length).toBeGreaterThan(rawTextChars * 0.99);
    expect(expected.length).toBeLessThanOrEqual(rawTextChars);
    expect(expected.startsWith("浙江省生态环境保护“十四五”规划为推进")).toBe(true);
    expect(expected.endsWith("评估结果向社会公开。")).toBe(true);
  });

  it("the MDX with its markup stripped equals the repaired source, character for character", () => {
    const actual = generatedFiles()
      .map((file) => strippedText(file.content))
      .join("");
    expect(firstDifference(actual, expected)).toBeNull();
  });

  it("the MDX compiled the way Astro compiles it renders the same text, with nothing read as markup", () => {
    const { files, text } = renderAll();
    for (const file of files) expect(file.rendered.unexpected, file.name).toEqual([]);
    expect(firstDifference(text, expected)).toBeNull();
  });

  it("excludes exactly the table cell lines, which are exactly the two table regions", () => {
    const regions = tableRegions();
    expect(regions.map((r) => r.number)).toEqual([1, 2]);
    const lines = sourceLines();
    const regionLines = regions.flatMap((r) => r.lines);
    // Every line of a region is a tab-separated cell line, and no tab line lies outside the regions.
    for (const n of regionLines) expect(lines[n - 1], `line ${n}`).toContain("\t");
    const tabLines = lines.flatMap((line, index) => (line.includes("\t") ? [index + 1] : []));
    expect(tabLines).toEqual(regionLines);
    // The importer set aside exactly these lines.
    const { document } = buildPlan(readSource(), parseErrata(readErrataJson()));
    const tables = [...walkBlocks(document)].flatMap((block) => (block.kind === "table" ? [block] : []));
    expect(tables.map((t) => ({ number: t.number, lines: t.cellLines }))).toEqual(regions);
  });

  it("the table regions are complete: 表 1 numbers 13 indicators and 表 2 numbers 18", () => {
    const lines = sourceLines();
    const [table1, table2] = tableRegions();
    // 序号 is the third column of 表 1 and the second of 表 2 (facts from the source README).
    const numbers = (region: number[], column: number): number[] =>
      region.map((n) => (lines[n - 1] ?? "").split("\t")[column] ?? "").filter((cell) => /^\d+$/.test(cell)).map(Number);
    expect(numbers(table1?.lines ?? [], 2)).toEqual(Array.from({ length: 13 }, (_, i) => i + 1));
    expect(numbers(table2?.lines ?? [], 1)).toEqual(Array.from({ length: 18 }, (_, i) => i + 1));
  });

  it("keeps each table's caption and notes as text next to a PlanTable placeholder", () => {
    const all = generatedFiles()
      .map((f) => f.content)
      .join("\n");
    expect(all.match(/<PlanTable table="\d+" \/>/g)).toEqual(['<PlanTable table="1" />', '<PlanTable table="2" />']);
    expect(all).toMatch(/<p id="table-1" class="plan-table-caption">表 1 “十三五”主要指标完成情况<\/p>\n\n<PlanTable table="1" \/>\n\n<p id="table-1-n1"/);
    expect(all).toContain('<p id="table-2-n1" class="plan-table-note">注：带\\*的指标“十四五”统计口径较“十三五”有调整。</p>');
    // No cell content leaks into the MDX.
    expect(all).not.toContain("省控断面 I -III类水质比例");
    expect(all).not.toContain("\t");
  });
});
