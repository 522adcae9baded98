/**
 * Render the parsed plan as MDX: one file for the title and preamble, one per chapter.
 *
 * Output is plain MDX with no imports: headings and paragraphs are JSX elements carrying their
 * anchor ids (`<p id="ch3-s2-p4">…</p>`); tables are `<PlanTable table="N" />` placeholders and
 * 专栏 boxes are `<PlanBox number="N" id="box-N" title="…">…</PlanBox>`, both supplied at render
 * time through `<Content components={{ PlanTable, PlanBox }} />`. Text is escaped so that no
 * character of the plan is read as Markdown, JSX or expression syntax (nor altered by smart
 * punctuation).
 */
import type { Block, Box, Chapter, Inline, PlanDocument, SubItem, TableRef } from "./model.ts";
import { parseInline } from "./normalise.ts";
import type { Translation } from "./translation.ts";
import { chapterTitleEn, PLAN_TITLE_EN, slugify } from "./translations.ts";

export interface GeneratedFile {
  /** File name inside content/plan/. */
  readonly name: string;
  readonly content: string;
}

export const REGENERATE_COMMAND = "npm run plan:import";
/** First line of the body of every generated file; also how stale generated files are recognised. */
export const GENERATED_MARKER =
  `{/* GENERATED FILE, do not edit. Made by scripts/import-plan.ts from content/plan-source/ ` +
  `(source text + errata.json). Regenerate with: ${REGENERATE_COMMAND} */}`;

/**
 * Backslash-escape every ASCII character that MDX (CommonMark + GFM + JSX + expressions) or
 * smart punctuation could interpret: always the syntax characters, and `-`/`.` where doubled
 * (`--`, `...`). Autolink literals need more than escaping: see {@link textToMdx}.
 */
const ESCAPE = /[\\`*_{}[\]<>#~|&!$"'^:@]|-(?=-)|(?<=-)-|\.(?=\.)|(?<=\.)\./g;

export function escapeText(text: string): string {
  return text.replace(ESCAPE, (ch) => `\\${ch}`);
}

/**
 * GFM autolink literals (`www.…`, `http://…`, e-mail addresses) are recognised even when
 * backslash-escaped, so such runs are written as JavaScript string expressions (`{"www.x.org"}`),
 * which MDX renders as literal text.
 */
const AUTOLINK_CANDIDATE = /(?:www\.|[a-z][a-z0-9+.-]*:\/\/|[A-Za-z0-9._+-]+@[A-Za-z0-9_-]+\.)[^\s<>{}]*/gi;

export function textToMdx(text: string): string {
  let out = "";
  let last = 0;
  for (const match of text.matchAll(AUTOLINK_CANDIDATE)) {
    out += escapeText(text.slice(last, match.index)) + `{${JSON.stringify(match[0])}}`;
    last = match.index + match[0].length;
  }
  return out + escapeText(text.slice(last));
}

function attribute(name: string, value: string): string {
  if (/["&<>{}\n]/.test(value)) throw new Error(`mdx: attribute ${name} value cannot be written safely: ${JSON.stringify(value)}`);
  return `${name}="${value}"`;
}

function inlines(runs: readonly Inline[]): string {
  return runs.map((run) => (run.kind === "strong" ? `<strong>${textToMdx(run.text)}</strong>` : textToMdx(run.text))).join("");
}

function element(tag: string, id: string, content: string, className?: string): string {
  const attrs = [attribute("id", id), ...(className === undefined ? [] : [attribute("class", className)])].join(" ");
  return `<${tag} ${attrs}>${content}</${tag}>`;
}

/**
 * What the text under each anchor is in one language: the Chinese as parsed, or the English of the
 * translation. Structure, ids and the order of blocks are the same in both.
 */
interface Voice {
  /** MDX of a heading, caption or 专栏 heading (`zh` is the Chinese as printed). */
  heading(id: string, zh: string): string;
  /** MDX of a paragraph, note or item. */
  text(id: string, runs: readonly Inline[]): string;
  /** The `title` attribute of a 专栏 box. */
  boxTitle(box: Box): string;
}

const chinese: Voice = {
  heading: (_id, zh) => textToMdx(zh),
  text: (_id, runs) => inlines(runs),
  boxTitle: (box) => box.title,
};

/** Text still awaiting its English: the Chinese, marked as such, with a note in English. */
function untranslatedMdx(chineseMdx: string): string {
  return `<span lang="zh-CN">${chineseMdx}</span> <span class="untranslated">(English translation not yet available)</span>`;
}

function english(translation: Translation): Voice {
  const en = (id: string) => translation.entries[id]?.en;
  return {
    heading: (id, zh) => {
      const text = en(id);
      return text === undefined ? untranslatedMdx(textToMdx(zh)) : inlines(parseInline(text));
    },
    text: (id, runs) => {
      const text = en(id);
      return text === undefined ? untranslatedMdx(inlines(runs)) : inlines(parseInline(text));
    },
    // The component prints "Box N" before the title, so the English heading "Box N …" loses its prefix.
    boxTitle: (box) => {
      const text = en(box.id);
      if (text === undefined) return box.title;
      const prefix = `Box ${box.number} `;
      if (!text.startsWith(prefix)) throw new Error(`mdx: the English of ${box.id} must start with "${prefix}": ${JSON.stringify(text)}`);
      return text.slice(prefix.length);
    },
  };
}

function renderTable(table: TableRef, voice: Voice): string[] {
  return [
    element("p", table.id, voice.heading(table.id, table.heading), "plan-table-caption"),
    `<PlanTable ${attribute("table", String(table.number))} />`,
    ...table.notes.map((note) => element("p", note.id, voice.text(note.id, note.inlines), "plan-table-note")),
  ];
}

function renderBox(box: Box, voice: Voice): string[] {
  return [
    `<PlanBox ${attribute("number", String(box.number))} ${attribute("id", box.id)} ${attribute("title", voice.boxTitle(box))}>`,
    ...box.items.map((item) => element("p", item.id, voice.text(item.id, item.inlines))),
    "</PlanBox>",
  ];
}

function renderBlocks(blocks: readonly Block[], voice: Voice): string[] {
  return blocks.flatMap((block) => {
    switch (block.kind) {
      case "paragraph":
        return [element("p", block.id, voice.text(block.id, block.inlines))];
      case "table":
        return renderTable(block, voice);
      case "box":
        return renderBox(block, voice);
    }
  });
}

function renderSubItem(subitem: SubItem, voice: Voice): string[] {
  return [element("h4", subitem.id, voice.heading(subitem.id, subitem.heading)), ...renderBlocks(subitem.blocks, voice)];
}

function frontmatter(fields: Readonly<Record<string, string | number>>): string {
  const lines = Object.entries(fields).map(([key, value]) => `${key}: ${typeof value === "number" ? String(value) : JSON.stringify(value)}`);
  return ["---", ...lines, "---"].join("\n");
}

function file(name: string, fields: Readonly<Record<string, string | number>>, body: readonly string[]): GeneratedFile {
  return { name, content: `${[frontmatter(fields), GENERATED_MARKER, ...body].join("\n\n")}\n` };
}

export const PREAMBLE_FILE = "00-preamble.mdx";

export function chapterFileName(chapter: Chapter): string {
  return `${String(chapter.number).padStart(2, "0")}-${slugify(chapterTitleEn(chapter.title))}.mdx`;
}

export function renderPreamble(doc: PlanDocument, voice: Voice = chinese): GeneratedFile {
  return file(
    PREAMBLE_FILE,
    { chapter: 0, id: "preamble", title_zh: doc.preamble.title, title_en: PLAN_TITLE_EN, order: 0 },
    [element("h2", "plan-title", voice.heading("plan-title", doc.preamble.title)), ...renderBlocks(doc.preamble.blocks, voice)],
  );
}

export function renderChapter(chapter: Chapter, voice: Voice = chinese): GeneratedFile {
  const body = [
    element("h2", chapter.id, voice.heading(chapter.id, chapter.heading)),
    ...renderBlocks(chapter.blocks, voice),
    ...chapter.sections.flatMap((section) => [
      element("h3", section.id, voice.heading(section.id, section.heading)),
      ...renderBlocks(section.blocks, voice),
      ...section.subitems.flatMap((subitem) => renderSubItem(subitem, voice)),
    ]),
  ];
  return file(
    chapterFileName(chapter),
    { chapter: chapter.number, id: chapter.id, title_zh: chapter.title, title_en: chapterTitleEn(chapter.title), order: chapter.number },
    body,
  );
}

export function renderPlan(doc: PlanDocument): GeneratedFile[] {
  return [renderPreamble(doc), ...doc.chapters.map((chapter) => renderChapter(chapter))];
}

/** The same files in English (content/plan-en/): the translation's text under the same anchor ids. */
export function renderPlanEnglish(doc: PlanDocument, translation: Translation): GeneratedFile[] {
  const voice = english(translation);
  return [renderPreamble(doc, voice), ...doc.chapters.map((chapter) => renderChapter(chapter, voice))];
}
