/**
 * The story check (the MDX plugin that gives each story component its file:line and refuses typed numbers),
 * driven with hand-built mdast nodes as the MDX processor hands them over.
 */
import { describe, expect, it } from "vitest";
import { pathToFileURL } from "node:url";
import { join } from "node:path";
import { StoryCheckError, storyCheck, storyVisitors, type StoryNode } from "../../src/stories/storyCheck.ts";

const FILE = "content/stories/air.zh.mdx";
const at = (line: number, column: number) => ({ start: { line, column } });

function run(kind: "mdxJsxFlowElement" | "mdxJsxTextElement", node: StoryNode) {
  const replaced: StoryNode[] = [];
  storyVisitors(FILE)[kind](node, { replaceNode: (_old, replacement) => replaced.push(replacement) });
  return replaced;
}

describe("story components", () => {
  it("gives a story component an `at` prop with the file, line and column where it stands", () => {
    const node: StoryNode = {
      type: "mdxJsxTextElement",
      name: "Obs",
      attributes: [
        { type: "mdxJsxAttribute", name: "series", value: "pm25--main" },
        { type: "mdxJsxAttribute", name: "year", value: { type: "mdxJsxAttributeValueExpression", value: "2022" } },
      ],
      children: [],
      position: at(12, 7),
    };
    const [replacement] = run("mdxJsxTextElement", node);
    expect(replacement?.name).toBe("Obs");
    expect(replacement?.attributes).toEqual([
      ...node.attributes!,
      { type: "mdxJsxAttribute", name: "at", value: "content/stories/air.zh.mdx:12:7" },
    ]);
  });

  it("leaves HTML elements alone", () => {
    expect(run("mdxJsxFlowElement", { type: "mdxJsxFlowElement", name: "div", attributes: [], children: [], position: at(3, 1) })).toEqual([]);
  });

  it("refuses a component that is not a story component, naming where", () => {
    expect(() => run("mdxJsxFlowElement", { type: "mdxJsxFlowElement", name: "Value", attributes: [], children: [], position: at(20, 1) })).toThrow(
      /^content\/stories\/air\.zh\.mdx:20:1 <Value> is not a story component/,
    );
  });

  it("refuses a chart note that types a number, but not an id with digits", () => {
    const note = (source: string): StoryNode => ({
      type: "mdxJsxFlowElement",
      name: "StoryChart",
      attributes: [{ type: "mdxJsxAttribute", name: "notes", value: { type: "mdxJsxAttributeValueExpression", value: source } }],
      children: [],
      position: at(30, 1),
    });
    expect(run("mdxJsxFlowElement", note(`[{ plan: "fyp14", edge: "start", text: "“十四五”开始" }]`))).toHaveLength(1);
    expect(() => run("mdxJsxFlowElement", note(`[{ plan: "fyp14", edge: "start", text: "the 14th plan begins" }]`))).toThrow(
      'content/stories/air.zh.mdx:30:1 <StoryChart notes>: the note "the 14th plan begins" types a number',
    );
  });
});

describe("typed numbers in prose", () => {
  const visitors = storyVisitors(FILE);

  it("accepts prose without ASCII digits (subscripts and Chinese numerals are names, not figures)", () => {
    expect(() => visitors.text({ type: "text", value: "PM₂.₅ 与“十四五”", position: at(5, 1) })).not.toThrow();
  });

  it("refuses a digit in text, with file, line and column", () => {
    expect(() => visitors.text({ type: "text", value: "浓度为24微克", position: at(9, 4) })).toThrow(
      /^content\/stories\/air\.zh\.mdx:9:4 the text "浓度为24微克" types a number/,
    );
  });

  it("refuses a digit in an expression or in inline code", () => {
    expect(() => visitors.mdxTextExpression({ type: "mdxTextExpression", value: "2022", position: at(4, 10) })).toThrow(StoryCheckError);
    expect(() => visitors.inlineCode({ type: "inlineCode", value: "95%", position: at(4, 20) })).toThrow(/air\.zh\.mdx:4:20/);
  });
});

describe("which files are checked", () => {
  const root = "/project";
  const factory = storyCheck(root);
  it("checks files under content/stories/ and nothing else", () => {
    expect(factory({ fileURL: pathToFileURL(join(root, "content/stories/water.en.mdx")) })?.name).toBe("story-check");
    expect(factory({ fileURL: pathToFileURL(join(root, "content/plan/03-key-tasks.mdx")) })).toBeNull();
    expect(factory({ fileURL: undefined })).toBeNull();
  });
});
