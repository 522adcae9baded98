/**
 * Structure counts checked against facts read directly off the raw source, and an accounting
 * invariant: every non-blank text line of the source ends up in exactly one rendered element or
 * was joined to the previous one across a page break.
 */
import { describe, expect, it } from "vitest";
import { buildPlan, countPlan } from "../../src/plan/build.ts";
import { parseErrata } from "../../src/plan/errata.ts";
import { BOX_LINE, CHAPTER_LINE, readErrataJson, readSource, renderAll, SECTION_LINE, sourceLines, TABLE_LINE } from "./plan-support.ts";

const lines = sourceLines();
const numbered = (line: string): boolean => /^\d+\.\s/.test(line);
/** `1. 总体目标`: a numbered line that is a short title rather than a sentence. */
const numberedHeading = (line: string): boolean => /^\d+\.\s*[^。；，]{1,10}$/.test(line);
const countLines = (test: (line: string) => boolean): number => lines.filter(test).length;

/** Lines cut by a page break, found independently: text lines (not headings, captions, tables) without a sentence end. */
function expectedJoinLines(): number[] {
  const firstText = lines.findIndex((line) => line.trim() !== "");
  return lines.flatMap((line, index) => {
    if (index === firstText || line.trim() === "" || line.includes("\t")) return [];
    if ([CHAPTER_LINE, SECTION_LINE, BOX_LINE, TABLE_LINE].some((re) => re.test(line)) || numberedHeading(line)) return [];
    return /[。！？；]$/.test(line.replaceAll("**", "").trim()) ? [] : [index + 1];
  });
}

describe("plan structure counts", () => {
  const build = buildPlan(readSource(), parseErrata(readErrataJson()));
  const counts = countPlan(build.document);
  const rendered = renderAll();
  const named = (name: string) => rendered.elements.filter((e) => e.name === name);

  it("has one chapter per 一、… heading line of the source (four)", () => {
    expect(countLines((line) => CHAPTER_LINE.test(line))).toBe(4);
    expect(counts.chapters).toBe(countLines((line) => CHAPTER_LINE.test(line)));
    expect(named("h2").filter((e) => e.id !== "plan-title").map((e) => e.id)).toEqual(["ch1", "ch2", "ch3", "ch4"]);
    expect(rendered.files.map((f) => f.name)).toHaveLength(1 + counts.chapters);
  });

  it("has one section per （N） or (N) heading line of the source", () => {
    const expected = countLines((line) => SECTION_LINE.test(line));
    expect(counts.sections).toBe(expected);
    expect(named("h3")).toHaveLength(expected);
  });

  it("has the 12 专栏 boxes, numbered 1–12, one per 专栏 line of the source", () => {
    expect(countLines((line) => BOX_LINE.test(line))).toBe(12);
    expect(counts.boxes).toBe(12);
    expect(named("PlanBox").map((e) => e.id)).toEqual(Array.from({ length: 12 }, (_, i) => `box-${i + 1}`));
  });

  it("has the two tables, one per 表 N caption line", () => {
    expect(countLines((line) => TABLE_LINE.test(line))).toBe(2);
    expect(counts.tables).toBe(2);
    expect(named("PlanTable")).toHaveLength(2);
  });

  it("turns every numbered line of the source into a 专栏 item or a sub-item heading", () => {
    const expected = countLines(numbered);
    const boxItems = named("p").filter((e) => /^box-\d+-i\d+$/.test(e.id ?? ""));
    expect(boxItems.length + named("h4").length).toBe(expected);
    expect(counts.boxItems + counts.subitems).toBe(expected);
    expect(counts.subitems).toBe(countLines(numberedHeading));
    // Each box item keeps its printed number: item k of a box starts with "k.".
    for (const item of boxItems) expect(item.text.startsWith(`${/-i(\d+)$/.exec(item.id ?? "")?.[1]}.`), item.id).toBe(true);
  });

  it("joins exactly the lines that a page break cut mid-sentence, each across a blank line", () => {
    const expected = expectedJoinLines();
    expect(expected).toContain(13); // "…比2015年分" / "别降低…"
    expect(build.document.joins.map((j) => j.line)).toEqual(expected);
    for (const join of build.document.joins) {
      expect(join.nextLine, `join after line ${join.line}`).toBeGreaterThan(join.line + 1);
      for (let n = join.line + 1; n < join.nextLine; n += 1) expect(lines[n - 1]?.trim(), `line ${n} is blank`).toBe("");
    }
  });

  it("accounts for every non-blank text line exactly once", () => {
    const textLines = countLines((line) => line.trim() !== "" && !line.includes("\t"));
    const elementCount = rendered.elements.filter((e) => e.name !== "PlanTable").length;
    expect(elementCount + expectedJoinLines().length).toBe(textLines);
  });

  it("has paragraphs in every section, and ids numbered 1, 2, 3 … within each container", () => {
    const paragraphs = named("p").filter((e) => /-p\d+$/.test(e.id ?? ""));
    expect(paragraphs).toHaveLength(counts.paragraphs);
    const byContainer = new Map<string, number[]>();
    for (const p of paragraphs) {
      const [, container = "", n = ""] = /^(.*)-p(\d+)$/.exec(p.id ?? "") ?? [];
      byContainer.set(container, [...(byContainer.get(container) ?? []), Number(n)]);
    }
    for (const [container, numbers] of byContainer) expect(numbers, container).toEqual(numbers.map((_, i) => i + 1));
    for (const section of named("h3")) {
      const has = [...byContainer.keys()].some((c) => c === section.id || c.startsWith(`${section.id}-i`));
      expect(has, `${section.id} has paragraphs`).toBe(true);
    }
  });
});
