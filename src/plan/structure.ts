/**
 * Parse the repaired plan text (errata already applied, one string per source line) into the
 * plan's structure: title and preamble, chapters 一、…, sections （一）…, numbered sub-items,
 * paragraphs, 专栏 boxes with their items, and the places of the tables with their captions and
 * notes.
 *
 * Page-break joins: a paragraph-like block (paragraph, box item, table note) whose text does not
 * end in sentence-final punctuation (see {@link endsSentence}) was cut by a page break; the next
 * non-blank line continues it and is appended without a separator (a single space only if both
 * sides are Latin letters or digits). If that next line is a heading or other structural line the
 * parse fails instead of guessing.
 *
 * Numbering is checked as it is read (chapters, sections, sub-items, boxes, box items, tables,
 * notes must each count 1, 2, 3 … in order), so a mis-recognised line fails loudly.
 */
import type { Block, Box, BoxItem, Chapter, Join, Paragraph, PlanDocument, Section, SubItem, TableNote, TableRef } from "./model.ts";
import { endsSentence, normaliseLine, parseInline, plainText } from "./normalise.ts";
import { parseChineseNumeral } from "./numeral.ts";

export class StructureError extends Error {
  constructor(line: number, message: string) {
    super(`line ${line}: ${message}`);
    this.name = "StructureError";
  }
}

const CHAPTER = /^([一二三四五六七八九十]+)、(.+)$/;
const SECTION = /^（([一二三四五六七八九十]+)）(.+)$/;
const NUMBERED = /^(\d+)\.(?!\d)\s*(.*)$/;
const BOX = /^专栏\s*(\d+)\s*(.+)$/;
const TABLE = /^表\s*(\d+)\s*(.+)$/;
const NOTE = /^注：/;
const NOTE_NUMBERED = /^注：\s*1\.(?!\d)/;
/** Headings are short and carry no sentence punctuation. */
const HEADING_PUNCTUATION = /[。；！？]/;

function isHeadingTitle(title: string, maxLength: number): boolean {
  return !HEADING_PUNCTUATION.test(title) && Array.from(title).length <= maxLength;
}

/** Kinds of line that can never continue a paragraph cut by a page break. */
function structuralKind(text: string): string | null {
  const chapter = CHAPTER.exec(text);
  if (chapter !== null && isHeadingTitle(chapter[2] ?? "", 20)) return "chapter heading";
  const section = SECTION.exec(text);
  if (section !== null && isHeadingTitle(section[2] ?? "", 30)) return "section heading";
  if (BOX.test(text)) return "专栏 heading";
  if (TABLE.test(text)) return "table caption";
  if (NOTE.test(text)) return "table note";
  if (NUMBERED.test(text)) return "numbered item";
  return null;
}

type TextBlock = Paragraph | BoxItem | TableNote;

interface Container {
  readonly id: string;
  readonly blocks: Block[];
}

function paragraphCount(container: Container): number {
  return container.blocks.filter((block) => block.kind === "paragraph").length;
}

function excerpt(text: string, fromEnd: boolean): string {
  const chars = Array.from(plainText(text));
  return (fromEnd ? chars.slice(-6) : chars.slice(0, 6)).join("");
}

/**
 * @param lines the source lines after errata, index 0 = line 1.
 */
export function parsePlan(lines: readonly string[]): PlanDocument {
  let title: { text: string; line: number } | null = null;
  const preamble: Container = { id: "preamble", blocks: [] };
  const chapters: Chapter[] = [];
  const joins: Join[] = [];
  const textBlocks: TextBlock[] = [];

  let chapter: Chapter | null = null;
  let section: Section | null = null;
  let subitem: SubItem | null = null;
  let box: Box | null = null;
  let boxCount = 0;
  let tableCount = 0;
  /** The table whose cell lines are being read. */
  let tableRegion: TableRef | null = null;
  /** The table whose notes may follow, and the next expected note number (null: no numbered notes). */
  let notesFor: { table: TableRef; next: number | null } | null = null;
  /** The last paragraph-like block, which a page-break continuation would extend. */
  let open: TextBlock | null = null;

  const container = (): Container => subitem ?? section ?? chapter ?? preamble;
  const newText = <T extends TextBlock>(block: T): T => {
    textBlocks.push(block);
    open = block;
    return block;
  };

  lines.forEach((rawLine, index) => {
    const lineNo = index + 1;
    if (rawLine.trim() === "") return;

    if (tableRegion !== null) {
      if (rawLine.includes("\t")) {
        tableRegion.cellLines.push(lineNo);
        return;
      }
      if (tableRegion.cellLines.length === 0) throw new StructureError(lineNo, `table ${tableRegion.number} has no tab-separated cell lines`);
      notesFor = { table: tableRegion, next: null };
      tableRegion = null;
    }
    if (rawLine.includes("\t")) throw new StructureError(lineNo, "tab-separated line outside a table");

    const text = normaliseLine(rawLine);

    // Page-break continuation of the previous paragraph-like block.
    if (open !== null && !endsSentence(open.text)) {
      const previous: TextBlock = open;
      const kind = structuralKind(text);
      if (kind !== null) {
        throw new StructureError(
          lineNo,
          `the ${previous.kind} ending on line ${previous.lines.at(-1)} (…${excerpt(previous.text, true)}) has no sentence-final ` +
            `punctuation but is followed by a ${kind}; add an erratum to repair it`,
        );
      }
      const separator = /[A-Za-z0-9]$/.test(previous.text) && /^[A-Za-z0-9]/.test(text) ? " " : "";
      joins.push({ line: previous.lines.at(-1) ?? lineNo, nextLine: lineNo, tail: excerpt(previous.text, true), head: excerpt(text, false) });
      previous.text += separator + text;
      previous.lines.push(lineNo);
      return;
    }
    open = null;

    if (title === null) {
      if (structuralKind(text) !== null) throw new StructureError(lineNo, "expected the plan's title as the first line");
      title = { text, line: lineNo };
      return;
    }

    const chapterMatch = CHAPTER.exec(text);
    if (chapterMatch !== null && isHeadingTitle(chapterMatch[2] ?? "", 20)) {
      const [, numeral = "", chapterTitle = ""] = chapterMatch;
      const number = parseChineseNumeral(numeral);
      if (number !== chapters.length + 1) throw new StructureError(lineNo, `chapter ${numeral}、 out of order (expected chapter ${chapters.length + 1})`);
      chapter = { kind: "chapter", id: `ch${number}`, number, numeral, title: chapterTitle, heading: text, line: lineNo, blocks: [], sections: [] };
      chapters.push(chapter);
      section = null;
      subitem = null;
      box = null;
      notesFor = null;
      return;
    }

    const sectionMatch = SECTION.exec(text);
    if (sectionMatch !== null && isHeadingTitle(sectionMatch[2] ?? "", 30)) {
      if (chapter === null) throw new StructureError(lineNo, "section heading before the first chapter");
      const [, numeral = "", sectionTitle = ""] = sectionMatch;
      const number = parseChineseNumeral(numeral);
      if (number !== chapter.sections.length + 1) {
        throw new StructureError(lineNo, `section （${numeral}） out of order in chapter ${chapter.numeral} (expected ${chapter.sections.length + 1})`);
      }
      section = {
        kind: "section",
        id: `${chapter.id}-s${number}`,
        number,
        numeral,
        title: sectionTitle,
        heading: text,
        line: lineNo,
        blocks: [],
        subitems: [],
      };
      chapter.sections.push(section);
      subitem = null;
      box = null;
      notesFor = null;
      return;
    }

    const tableMatch = TABLE.exec(text);
    if (tableMatch !== null) {
      const number = Number(tableMatch[1]);
      if (number !== tableCount + 1) throw new StructureError(lineNo, `表 ${number} out of order (expected 表 ${tableCount + 1})`);
      tableCount = number;
      const table: TableRef = { kind: "table", id: `table-${number}`, number, heading: text, line: lineNo, cellLines: [], notes: [] };
      container().blocks.push(table);
      tableRegion = table;
      box = null;
      notesFor = null;
      return;
    }

    if (NOTE.test(text)) {
      if (notesFor === null || notesFor.table.notes.length > 0) throw new StructureError(lineNo, "注： line that does not follow a table");
      const table = notesFor.table;
      table.notes.push(newText({ kind: "table-note", id: `${table.id}-n1`, text, inlines: [], lines: [lineNo] }));
      notesFor.next = NOTE_NUMBERED.test(text) ? 2 : null;
      return;
    }

    const boxMatch = BOX.exec(text);
    if (boxMatch !== null) {
      if (section === null) throw new StructureError(lineNo, "专栏 outside a section");
      const number = Number(boxMatch[1]);
      if (number !== boxCount + 1) throw new StructureError(lineNo, `专栏 ${number} out of order (expected 专栏 ${boxCount + 1})`);
      boxCount = number;
      box = { kind: "box", id: `box-${number}`, number, title: boxMatch[2] ?? "", heading: text, line: lineNo, items: [] };
      container().blocks.push(box);
      notesFor = null;
      return;
    }

    const numberedMatch = NUMBERED.exec(text);
    if (numberedMatch !== null) {
      const number = Number(numberedMatch[1]);
      const rest = numberedMatch[2] ?? "";
      if (notesFor !== null && notesFor.next === number) {
        const table = notesFor.table;
        table.notes.push(newText({ kind: "table-note", id: `${table.id}-n${table.notes.length + 1}`, text, inlines: [], lines: [lineNo] }));
        notesFor.next = number + 1;
        return;
      }
      notesFor = null;
      if (box !== null) {
        if (number !== box.items.length + 1) throw new StructureError(lineNo, `专栏 ${box.number} item ${number} out of order (expected ${box.items.length + 1})`);
        box.items.push(newText({ kind: "box-item", id: `${box.id}-i${number}`, number, text, inlines: [], lines: [lineNo] }));
        return;
      }
      if (section !== null && isHeadingTitle(rest, 20)) {
        if (number !== section.subitems.length + 1) {
          throw new StructureError(lineNo, `sub-item ${number}. out of order in ${section.id} (expected ${section.subitems.length + 1})`);
        }
        subitem = { kind: "subitem", id: `${section.id}-i${number}`, number, title: rest, heading: text, line: lineNo, blocks: [] };
        section.subitems.push(subitem);
        return;
      }
      throw new StructureError(lineNo, `numbered line ${number}. is neither a 专栏 item, a table note nor a sub-item heading`);
    }

    // A plain paragraph ends any 专栏 and any table notes.
    box = null;
    notesFor = null;
    const target = container();
    const paragraph = newText<Paragraph>({
      kind: "paragraph",
      id: `${target.id}-p${paragraphCount(target) + 1}`,
      text,
      inlines: [],
      lines: [lineNo],
    });
    target.blocks.push(paragraph);
  });

  const last = open as TextBlock | null;
  if (last !== null && !endsSentence(last.text)) {
    throw new StructureError(last.lines.at(-1) ?? 0, "the text ends without sentence-final punctuation");
  }
  if (tableRegion !== null) throw new StructureError(lines.length, "the text ends inside a table");
  const finalTitle = title as { text: string; line: number } | null;
  if (finalTitle === null) throw new StructureError(1, "empty source");
  if (chapters.length === 0) throw new StructureError(lines.length, "no chapter headings (一、…) found");
  for (const item of textBlocks) item.inlines = parseInline(item.text);
  const boxes = chapters.flatMap((c) => c.sections).flatMap((s) => [...s.blocks, ...s.subitems.flatMap((i) => i.blocks)]);
  for (const block of boxes) {
    if (block.kind === "box" && block.items.length === 0) throw new StructureError(block.line, `专栏 ${block.number} has no items`);
  }

  return {
    preamble: { title: finalTitle.text, titleLine: finalTitle.line, blocks: preamble.blocks },
    chapters,
    joins,
  };
}

/** Every block of the document (paragraphs, tables, boxes) in reading order. */
export function* walkBlocks(doc: PlanDocument): Generator<Block> {
  yield* doc.preamble.blocks;
  for (const chapter of doc.chapters) {
    yield* chapter.blocks;
    for (const section of chapter.sections) {
      yield* section.blocks;
      for (const subitem of section.subitems) yield* subitem.blocks;
    }
  }
}
