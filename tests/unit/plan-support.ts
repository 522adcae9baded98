/**
 * Shared helpers for the plan import tests. Deliberately independent of src/plan where it matters:
 * the expected text is derived from the raw source with the errata applied naively and the known
 * notation artefacts replaced literally, and the generated MDX is read back either by stripping its
 * markup or by compiling it with the same MDX engine Astro uses (satteri).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { mdxToHast } from "satteri";

export const ROOT = resolve(import.meta.dirname, "..", "..");
export const SOURCE_PATH = join(ROOT, "content", "plan-source", "zj-eco-14fyp.zh.txt");
export const ERRATA_PATH = join(ROOT, "content", "plan-source", "errata.json");
export const MANIFEST_PATH = join(ROOT, "content", "plan-source", "anchors.json");
export const PLAN_DIR = join(ROOT, "content", "plan");
export const SCRIPT_PATH = join(ROOT, "scripts", "import-plan.ts");

export interface RawErratum {
  id: string;
  line: number;
  original: string;
  replacement: string;
  reason: string;
}

export const readSource = (): string => readFileSync(SOURCE_PATH, "utf8");
export const readErrataJson = (): RawErratum[] => JSON.parse(readFileSync(ERRATA_PATH, "utf8")) as RawErratum[];
export const sourceLines = (): string[] => readSource().split("\n");

/** The generated MDX files in order (their names start with a two-digit order). */
export function generatedFiles(dir = PLAN_DIR): { name: string; content: string }[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".mdx"))
    .sort()
    .map((name) => ({ name, content: readFileSync(join(dir, name), "utf8") }));
}

export const CHAPTER_LINE = /^[一二三四五六七八九十]+、/;
export const SECTION_LINE = /^[（(][一二三四五六七八九十]+[）)]/;
export const BOX_LINE = /^专栏\s*\d+/;
export const TABLE_LINE = /^表\s*\d+/;

/** Remove all whitespace (the fidelity comparison ignores layout). */
export const squeeze = (text: string): string => text.replace(/\s+/gu, "");

/**
 * The expected text: raw source → errata (plain string replacement at the stated line) → table
 * cell lines (those with tabs) dropped → the known notation artefacts replaced literally.
 */
export function expectedText(): string {
  const lines = sourceLines();
  for (const erratum of readErrataJson()) {
    const line = lines[erratum.line - 1];
    if (line === undefined || !line.includes(erratum.original)) throw new Error(`test setup: ${erratum.id} does not match`);
    lines[erratum.line - 1] = line.replace(erratum.original, erratum.replacement);
  }
  const text = lines
    .filter((line) => !line.includes("\t"))
    .map((line) => line.replace(/^\(([一二三四五六七八九十]+)\)/, "（$1）"))
    .join("\n")
    .replaceAll("PM _{2.5}", "PM₂.₅")
    .replaceAll("PM_{2.5}", "PM₂.₅")
    .replaceAll("NO_x", "NOₓ")
    .replaceAll("μg/m ³", "μg/m³")
    .replaceAll("**", "")
    .replace(/(?<=[^\x00-\x7f]) ?,/g, "，");
  return squeeze(text);
}

/** Strip MDX markup with regular expressions: frontmatter, comments, tags; undo backslash escapes. */
export function strippedText(mdx: string): string {
  const literals: string[] = [];
  const body = mdx
    .replace(/^---\n[\s\S]*?\n---\n/, "")
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, "")
    // String-literal expressions {"…"} hold literal text; park it so that nothing below touches it.
    .replace(/(?<!\\)\{("(?:[^"\\]|\\.)*")\}/g, (_m, literal: string) => `\u0000${literals.push(JSON.parse(literal) as string) - 1}\u0000`)
    .replace(/<PlanBox number="(\d+)" id="[^"]*" title="([^"]*)">/g, "专栏$1$2")
    .replace(/(?<!\\)<\/?[A-Za-z][^<>]*>/g, "")
    .replace(/\\([\s\S])/g, "$1")
    .replace(/\u0000(\d+)\u0000/g, (_m, index: string) => literals[Number(index)] ?? "");
  return squeeze(body);
}

/* ------------------------------------------------------------------------------------------ */
/* Reading the MDX back through the MDX compiler                                               */

interface HastLike {
  type: string;
  name?: string | null;
  tagName?: string;
  value?: string;
  attributes?: { type: string; name: string; value?: unknown }[];
  children?: HastLike[];
}

export interface RenderedElement {
  /** JSX element name (h2, p, PlanBox …). */
  name: string;
  id: string | undefined;
  className: string | undefined;
  /** Text content; for PlanBox only its own title (`专栏N title`). */
  text: string;
  file: string;
}

export interface RenderedFile {
  /** Full text in reading order, PlanBox rendered as `专栏N title` followed by its items. */
  text: string;
  elements: RenderedElement[];
  /** Node types or element names the plan MDX must never produce, found in this file. */
  unexpected: string[];
}

const ALLOWED_JSX = new Set(["h2", "h3", "h4", "p", "strong", "PlanBox", "PlanTable"]);

function attr(node: HastLike, name: string): string | undefined {
  const found = node.attributes?.find((a) => a.type === "mdxJsxAttribute" && a.name === name);
  return typeof found?.value === "string" ? found.value : undefined;
}

/** Compile with the features Astro enables for MDX (GFM and smart punctuation) and read back. */
export function renderMdx(mdx: string, file: string): RenderedFile {
  const tree = mdxToHast(mdx, { features: { gfm: true, smartPunctuation: true, frontmatter: true }, position: false }) as HastLike;
  const elements: RenderedElement[] = [];
  const unexpected: string[] = [];

  const textOf = (node: HastLike): string => {
    switch (node.type) {
      case "text":
        return node.value ?? "";
      case "mdxFlowExpression":
        if (!/^\/\*[\s\S]*\*\/$/.test((node.value ?? "").trim())) unexpected.push(`expression {${node.value}}`);
        return "";
      case "mdxTextExpression": {
        // Only plain string literals are allowed: the generator writes autolink-like runs this way.
        const value = (node.value ?? "").trim();
        if (!/^"(?:[^"\\]|\\.)*"$/.test(value)) {
          unexpected.push(`expression {${value}}`);
          return "";
        }
        return JSON.parse(value) as string;
      }
      case "root":
        return (node.children ?? []).map(textOf).join("");
      case "mdxJsxFlowElement":
      case "mdxJsxTextElement": {
        const name = node.name ?? "";
        if (!ALLOWED_JSX.has(name)) unexpected.push(`<${name}>`);
        const element: RenderedElement = { name, id: attr(node, "id"), className: attr(node, "class"), text: "", file };
        if (name !== "strong") elements.push(element);
        const inner = (node.children ?? []).map(textOf).join("");
        if (name !== "PlanBox") {
          element.text = inner;
          return inner;
        }
        element.text = `专栏${attr(node, "number") ?? "?"}${attr(node, "title") ?? ""}`;
        return element.text + inner;
      }
      default:
        // Markdown-made elements (paragraphs, emphasis, links, lists…) or raw HTML: the text was
        // read as syntax. Frontmatter nodes are not part of the hast body.
        unexpected.push(node.type === "element" ? `markdown <${node.tagName ?? "?"}>` : node.type);
        return (node.children ?? []).map(textOf).join("") + (node.value ?? "");
    }
  };

  const text = textOf(tree);
  return { text, elements, unexpected };
}

export function renderAll(dir = PLAN_DIR): { files: { name: string; rendered: RenderedFile }[]; text: string; elements: RenderedElement[] } {
  const files = generatedFiles(dir).map(({ name, content }) => ({ name, rendered: renderMdx(content, name) }));
  return {
    files,
    text: squeeze(files.map((f) => f.rendered.text).join("")),
    elements: files.flatMap((f) => f.rendered.elements),
  };
}

/** Position and context of the first difference between two strings, for readable failures. */
export function firstDifference(actual: string, expected: string): string | null {
  if (actual === expected) return null;
  const a = Array.from(actual);
  const e = Array.from(expected);
  let i = 0;
  while (i < a.length && i < e.length && a[i] === e[i]) i += 1;
  return `first difference at character ${i}: actual …${a.slice(Math.max(0, i - 15), i + 15).join("")}… expected …${e
    .slice(Math.max(0, i - 15), i + 15)
    .join("")}… (lengths ${a.length} vs ${e.length})`;
}

/* ------------------------------------------------------------------------------------------ */
/* Running the import script                                                                   */


export function runImport(args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [SCRIPT_PATH, ...args], { cwd: ROOT, encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const tempDirs: string[] = [];

export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "plan-import-"));
  tempDirs.push(dir);
  return dir;
}

/** Remove the temporary directories this test file created (call from afterAll). */
export function removeTempDirs(): void {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}
