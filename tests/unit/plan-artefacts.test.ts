/**
 * The extraction artefacts listed in the source README are gone from the generated MDX, and no
 * paragraph is left cut by a page break. Each check is first shown to fire on the raw source, so
 * it cannot pass vacuously.
 */
import { describe, expect, it } from "vitest";
import { generatedFiles, readErrataJson, renderAll, sourceLines } from "./plan-support.ts";

const HAN = "\\u3400-\\u9fff";
const ARTEFACTS: { name: string; pattern: RegExp; inRawSource: number }[] = [
  // Counts in the raw source, outside the tables, read off the file (see the source README).
  { name: "English ' and ' between Chinese characters", pattern: new RegExp(`[${HAN}] and [${HAN}]`, "g"), inRawSource: 3 },
  { name: "** emphasis markers", pattern: /\*\*/g, inRawSource: 18 },
  { name: "TeX subscript _{…}", pattern: /_\{/g, inRawSource: 7 },
  { name: "TeX subscript _x", pattern: /[A-Za-z]_[a-z]/g, inRawSource: 1 },
  { name: "detached superscript μg/m ³", pattern: /m ³/g, inRawSource: 0 },
  { name: "half-width comma after Chinese", pattern: new RegExp(`[${HAN}”）],`, "g"), inRawSource: 19 },
];

/** A heading in half-width brackets at the start of a line, e.g. `(二) 当前存在的主要问题`. */
const HALF_WIDTH_HEADING = /^\([一二三四五六七八九十]+\)/;
const SENTENCE_FINAL = /[。！？；…][”’）》」』】]*$/;

describe("extraction artefacts", () => {
  const rawText = sourceLines()
    .filter((line) => !line.includes("\t"))
    .join("\n");
  const rendered = renderAll();

  for (const artefact of ARTEFACTS) {
    it(`no ${artefact.name} is left`, () => {
      expect(rawText.match(artefact.pattern)?.length ?? 0).toBe(artefact.inRawSource);
      for (const element of rendered.elements) {
        expect(element.text.match(artefact.pattern), `${element.id ?? element.name}: ${element.text.slice(0, 40)}`).toBeNull();
      }
    });
  }

  it("the tables' μg/m ³ and PM _{2.5} are artefacts of the cell lines only (not rendered)", () => {
    const tableText = sourceLines()
      .filter((line) => line.includes("\t"))
      .join("\n");
    expect(tableText).toContain("μg/m ³");
    expect(tableText).toContain("PM _{2.5}");
    expect(rendered.text).not.toContain("μg/m³"); // the units are only in the tables, which are not rendered here
  });

  it("the repaired forms are present where the artefacts were", () => {
    for (const text of ["重点行业和产业布局", "具有带动作用和典型性", "社交平台和数字媒介", "细颗粒物（PM₂.₅）", "氮氧化物（NOₓ）与挥发性有机物（VOCs）协同减排，实现PM₂.₅和O₃"]) {
      expect(rendered.text).toContain(text);
    }
  });

  it("no section heading keeps half-width brackets, and all are （N） headings", () => {
    const raw = sourceLines().filter((line) => HALF_WIDTH_HEADING.test(line));
    expect(raw.length).toBe(3);
    const headings = rendered.elements.filter((e) => e.name === "h3");
    expect(headings.length).toBeGreaterThan(0);
    for (const heading of headings) {
      expect(heading.text).not.toMatch(HALF_WIDTH_HEADING);
      expect(heading.text).toMatch(/^（[一二三四五六七八九十]+）\S/);
    }
  });

  it("emphasis is rendered as <strong>, one per ** pair of the source and of the errata", () => {
    const pairs = (text: string): number => (text.match(/\*\*/g)?.length ?? 0) / 2;
    const fromErrata = readErrataJson().reduce((sum, e) => sum + pairs(e.replacement) - pairs(e.original), 0);
    const mdx = rendered.files.length === 5 ? generatedFiles().map((f) => f.content).join("\n") : "";
    const strong = [...mdx.matchAll(/<strong>([^<]*)<\/strong>/g)].map((m) => m[1]);
    expect(strong.length).toBe(pairs(rawText) + fromErrata);
    expect(strong.slice(0, 5)).toEqual(["一是", "二是", "三是", "四是", "五是"]);
    expect(mdx).not.toContain("\\*\\*");
  });

  it("no paragraph is left cut by a page break (every paragraph, note and 专栏 item ends a sentence)", () => {
    // Proof the check bites: the raw source has lines cut mid-sentence (e.g. line 13 "…比2015年分").
    expect(SENTENCE_FINAL.test(sourceLines()[12] ?? "")).toBe(false);
    const paragraphs = rendered.elements.filter((e) => e.name === "p" && e.className !== "plan-table-caption");
    expect(paragraphs.length).toBeGreaterThan(100);
    const cut = paragraphs.filter((p) => !SENTENCE_FINAL.test(p.text.trim()));
    expect(cut.map((p) => `${p.id}: …${p.text.slice(-20)}`)).toEqual([]);
  });

  it("the page-break example from the README is joined into one word", () => {
    expect(rendered.text).toContain("比2015年分别降低43.2%和提高9.5个百分点");
    expect(rendered.text).not.toMatch(/分\s+别降低/);
  });

  it("every heading or title that lacks sentence-final punctuation is a heading, caption or 专栏", () => {
    const unterminated = rendered.elements.filter((e) => e.text !== "" && !SENTENCE_FINAL.test(e.text.trim()));
    const kinds = new Set(unterminated.map((e) => (e.name === "p" ? `p.${e.className ?? ""}` : e.name)));
    expect([...kinds].sort()).toEqual(["PlanBox", "h2", "h3", "h4", "p.plan-table-caption"]);
  });
});
