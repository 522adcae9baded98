/**
 * The plan's structure as parsed from the repaired source text.
 *
 * Every node that can be linked to carries an `id` derived from its place in the plan's own
 * numbering (chapter 三 → `ch3`, section （二） of it → `ch3-s2`, its fourth paragraph →
 * `ch3-s2-p4`, 专栏 3 → `box-3`, its second item → `box-3-i2`, 表 1 → `table-1`). `lines` are
 * the 1-based line numbers in the source file the node's text came from (more than one when a
 * page break split it).
 */

/** A run of inline text: plain, or emphasised (the source's `**…**`). */
export interface Inline {
  readonly kind: "text" | "strong";
  readonly text: string;
}

interface TextNode {
  readonly id: string;
  /** Normalised text, still carrying the source's `**` emphasis markers. */
  text: string;
  /** `text` split into inline runs (emphasis markers removed). */
  inlines: Inline[];
  readonly lines: number[];
}

export interface Paragraph extends TextNode {
  readonly kind: "paragraph";
}

export interface TableNote extends TextNode {
  readonly kind: "table-note";
}

export interface BoxItem extends TextNode {
  readonly kind: "box-item";
  readonly number: number;
}

/** Where a table stands. Its cells are not rendered from the text (see data records). */
export interface TableRef {
  readonly kind: "table";
  readonly id: string;
  readonly number: number;
  /** The caption as printed, e.g. `表 1 “十三五”主要指标完成情况`. */
  readonly heading: string;
  readonly line: number;
  /** 1-based source lines holding the table's tab-separated cells (excluded from the text). */
  readonly cellLines: number[];
  readonly notes: TableNote[];
}

/** A 专栏 box: a titled list of numbered items. */
export interface Box {
  readonly kind: "box";
  readonly id: string;
  readonly number: number;
  /** Title without the `专栏 N` prefix. */
  readonly title: string;
  /** The heading line as printed, normalised, e.g. `专栏 1 应对气候变化领域重大项目和重大政策`. */
  readonly heading: string;
  readonly line: number;
  readonly items: BoxItem[];
}

export type Block = Paragraph | TableRef | Box;

/** A numbered sub-item heading inside a section (`1. 总体目标`) and the blocks under it. */
export interface SubItem {
  readonly kind: "subitem";
  readonly id: string;
  readonly number: number;
  readonly title: string;
  readonly heading: string;
  readonly line: number;
  readonly blocks: Block[];
}

/** What chapters and sections share: the plan's numbering, the printed heading and the blocks before the next level. */
interface NumberedPart {
  readonly id: string;
  readonly number: number;
  /** The Chinese numeral as printed, e.g. `十一`. */
  readonly numeral: string;
  readonly title: string;
  /** Heading as printed, e.g. `一、背景与形势` or `（一）“十三五”规划实施情况`. */
  readonly heading: string;
  readonly line: number;
  /** Blocks before the first part of the next level. */
  readonly blocks: Block[];
}

export interface Section extends NumberedPart {
  readonly kind: "section";
  readonly subitems: SubItem[];
}

export interface Chapter extends NumberedPart {
  readonly kind: "chapter";
  readonly sections: Section[];
}

export interface Preamble {
  readonly title: string;
  readonly titleLine: number;
  readonly blocks: Block[];
}

/** A page-break split that was joined: `line` ended mid-sentence and `nextLine` continued it. */
export interface Join {
  readonly line: number;
  readonly nextLine: number;
  /** Last characters before the break and first characters after it (for review). */
  readonly tail: string;
  readonly head: string;
}

export interface PlanDocument {
  readonly preamble: Preamble;
  readonly chapters: Chapter[];
  readonly joins: Join[];
}
