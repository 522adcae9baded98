/**
 * The story check, run by the MDX processor on every file under content/stories/ (a Sätteri mdast plugin):
 *
 * - every component a story uses is one of the story components, and each gets an `at` prop naming its
 *   file, line and column, so that a component whose data reference no longer resolves fails the build
 *   there (see ./cite.ts);
 * - prose carries no typed number: an ASCII digit in text, in an expression or in a chart note is an
 *   error, because every number a story states must come from the data through a component.
 *
 * The node and context types are the few fields used here (structural, so the unit test can drive the
 * plugin with plain objects).
 */
import { relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

/** Components a story may use; each one is given `at`. */
export const STORY_COMPONENTS = [
  "Obs",
  "Latest",
  "Target",
  "LaterTarget",
  "Status",
  "Missing",
  "Gaps",
  "Tally",
  "Count",
  "SeriesName",
  "PlanName",
  "Ind",
  "PlanRef",
  "StoryChart",
  "Scorecard",
  "CityValues",
  "TargetList",
  "Term",
] as const;
export type StoryComponent = (typeof STORY_COMPONENTS)[number];

/** Attributes whose `text` strings are prose shown to the reader (chart notes). */
const PROSE_ATTRIBUTES = new Set(["notes"]);
const DIGIT = /[0-9]/;

interface Position { start: { line: number; column: number } }
interface Attribute { type: string; name?: string; value?: string | { type: string; value: string } | null }
export interface StoryNode {
  type: string;
  name?: string | null;
  value?: string;
  attributes?: Attribute[];
  children?: unknown[];
  position?: Position;
}
export interface StoryContext {
  replaceNode: (node: StoryNode, replacement: StoryNode) => void;
}

export class StoryCheckError extends Error {}

/** "content/stories/air.zh.mdx:12:3" */
export const locate = (file: string, node: StoryNode) => `${file}:${node.position?.start.line ?? 0}:${node.position?.start.column ?? 0}`;

/** The `text: "…"` strings of an attribute expression (ids such as plan: "fyp14" are references, not prose). */
const proseStrings = (source: string) => [...source.matchAll(/\btext\s*:\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)')/g)].map((m) => m[1] ?? m[2] ?? "");

function element(file: string, node: StoryNode, ctx: StoryContext) {
  const at = locate(file, node);
  const name = node.name ?? "";
  // Lower-case names are HTML elements (no data behind them); anything else must be a story component.
  if (/^[A-Z]/.test(name) && !(STORY_COMPONENTS as readonly string[]).includes(name)) {
    throw new StoryCheckError(`${at} <${name}> is not a story component (use one of: ${STORY_COMPONENTS.join(", ")})`);
  }
  for (const a of node.attributes ?? []) {
    if (a.type !== "mdxJsxAttribute" || !PROSE_ATTRIBUTES.has(a.name ?? "") || typeof a.value !== "object" || a.value === null) continue;
    const typed = proseStrings(a.value.value).find((s) => DIGIT.test(s));
    if (typed !== undefined) throw new StoryCheckError(`${at} <${name} ${a.name}>: the note "${typed}" types a number; cite it with a component in the text instead`);
  }
  if (!/^[A-Z]/.test(name)) return;
  ctx.replaceNode(node, { type: node.type, name: node.name, children: node.children ?? [], attributes: [...(node.attributes ?? []).filter((a) => a.name !== "at"), { type: "mdxJsxAttribute", name: "at", value: at }] });
}

function prose(file: string, node: StoryNode) {
  if (node.value !== undefined && DIGIT.test(node.value)) {
    const what = node.type === "text" ? "text" : "expression";
    throw new StoryCheckError(`${locate(file, node)} the ${what} "${node.value.trim()}" types a number; every number in a story must come from the data through a component (${STORY_COMPONENTS.join(", ")})`);
  }
}

/** The mdast visitors for one story file (`file` is its path relative to the project, for messages). */
export function storyVisitors(file: string) {
  return {
    name: "story-check",
    options: { position: true },
    mdxJsxFlowElement: (node: StoryNode, ctx: StoryContext) => element(file, node, ctx),
    mdxJsxTextElement: (node: StoryNode, ctx: StoryContext) => element(file, node, ctx),
    text: (node: StoryNode) => prose(file, node),
    inlineCode: (node: StoryNode) => prose(file, node),
    mdxFlowExpression: (node: StoryNode) => prose(file, node),
    mdxTextExpression: (node: StoryNode) => prose(file, node),
  };
}

export const STORIES_DIR = "content/stories";

/** The plugin factory: the check for files under content/stories/, nothing for any other file. */
export function storyCheck(root: string = process.cwd()) {
  return ({ fileURL }: { fileURL: URL | undefined }) => {
    if (!fileURL || fileURL.protocol !== "file:") return null;
    const file = relative(root, fileURLToPath(fileURL)).split(sep).join("/");
    return file.startsWith(`${STORIES_DIR}/`) ? storyVisitors(file) : null;
  };
}
