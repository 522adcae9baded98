/**
 * Verbatim checks between the data and the plan text: every quotation in targets.csv and every 专栏
 * item in projects.csv must be found, character for character, in the plan paragraph it points to.
 * Pure: the plan text and a way to locate records come in, the problems go out (as DataIssues, so
 * that they print like every other data problem: `file:line column "x" = "value": reason [rule: …]`).
 *
 * The plan text is the importer's parsed document (the same text the generated MDX renders), read
 * through {@link planText}; src/data/planQuotes.ts does the file reading for the site build.
 */
import type { DataIssue } from "../data/issue.ts";
import type { Project, Target } from "../schema/tables.ts";
import type { Block, PlanDocument } from "./model.ts";
import { plainText } from "./normalise.ts";

/** The plan's anchored text: what a reader sees under each anchor id, with the emphasis markers removed. */
export interface PlanText {
  /** Every anchor id (headings, paragraphs, table captions and notes, 专栏 and their items) → its plain text. */
  readonly text: ReadonlyMap<string, string>;
  /** The ids of 专栏 items (`box-N-iK`). */
  readonly boxItems: ReadonlySet<string>;
  /** 专栏 number → its title as printed, without `专栏 N`. */
  readonly boxTitles: ReadonlyMap<number, string>;
}

/** The tables whose records are checked. */
export type QuotedTable = "targets" | "projects";

/** Where a record is: the data file (as it should be printed) and the 1-based line it starts on. */
export type RecordLocator = (table: QuotedTable, id: string) => { file: string; line: number };

/** Collects the plain text under every anchor of the parsed plan (ids as in src/plan/anchors.ts). */
export function planText(doc: PlanDocument): PlanText {
  const text = new Map<string, string>();
  const boxItems = new Set<string>();
  const boxTitles = new Map<number, string>();
  const blocks = (list: readonly Block[]) => {
    for (const block of list) {
      switch (block.kind) {
        case "paragraph":
          text.set(block.id, plainText(block.text));
          break;
        case "table":
          text.set(block.id, block.heading);
          for (const note of block.notes) text.set(note.id, plainText(note.text));
          break;
        case "box":
          text.set(block.id, block.heading);
          boxTitles.set(block.number, block.title);
          for (const item of block.items) {
            text.set(item.id, plainText(item.text));
            boxItems.add(item.id);
          }
          break;
      }
    }
  };
  text.set("plan-title", doc.preamble.title);
  blocks(doc.preamble.blocks);
  for (const chapter of doc.chapters) {
    text.set(chapter.id, chapter.heading);
    blocks(chapter.blocks);
    for (const section of chapter.sections) {
      text.set(section.id, section.heading);
      blocks(section.blocks);
      for (const subitem of section.subitems) {
        text.set(subitem.id, subitem.heading);
        blocks(subitem.blocks);
      }
    }
  }
  return { text, boxItems, boxTitles };
}

/** The longest start of `quote` that does occur in `text`, to show where a quotation stops matching. */
function matchingStart(quote: string, text: string): string {
  const chars = Array.from(quote);
  let lo = 0;
  let hi = chars.length;
  // Every prefix of an occurring prefix occurs too, so the longest one can be found by bisection.
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (text.includes(chars.slice(0, mid).join(""))) lo = mid;
    else hi = mid - 1;
  }
  return chars.slice(0, lo).join("");
}

function notFound(quote: string, text: string, where: string): string {
  const start = matchingStart(quote, text);
  const hint = start === "" ? "not even its first character occurs there" : `it matches up to “${start}” and differs after that`;
  return `is not found verbatim in the text of ${where} (${hint})`;
}

const BOX_ITEM_ID = /^box-(\d+)-i(\d+)$/;
const TABLE_ANCHOR: Readonly<Record<string, string>> = { "table-1": "table-1", "table-2": "table-2" };

/**
 * Every way in which the targets and projects fail to quote the plan verbatim. Rules:
 *
 * - targets: `plan-anchor` (paragraph_id is not an anchor of the plan), `table-anchor` (a Table 1/2
 *   row points at another anchor than its table), `quote-verbatim` (quote_zh not in its paragraph's
 *   text), `quote-paragraph` (a quote without a paragraph_id), `quote-required` (a target from the
 *   text without quote_zh or paragraph_id), `target-text-verbatim` (a text target's target_text is not
 *   part of its quote);
 * - projects: `box-item-anchor` (id is not the anchor of a 专栏 item), `box-item-number` (box_number /
 *   item_number disagree with the id), `box-title` (box_title_zh is not the box's printed title),
 *   `name-verbatim` / `description-verbatim` (name_zh / description_zh not in the item's text),
 *   `description-complete` (the item's text is not exactly “K. name。description”: the description
 *   was cut short), `place-verbatim` / `quantity-verbatim` (an entry of places_named_zh /
 *   quantities_zh is not in the item's text).
 */
export function findQuoteProblems(
  plan: PlanText,
  targets: readonly Target[],
  projects: readonly Project[],
  locate: RecordLocator,
): DataIssue[] {
  const issues: DataIssue[] = [];
  const report = (table: QuotedTable, id: string, column: string, value: string, rule: string, message: string) =>
    issues.push({ ...locate(table, id), column, value, rule, message });

  for (const t of targets) {
    const paragraph = t.paragraph_id === null ? undefined : plan.text.get(t.paragraph_id);
    if (t.paragraph_id !== null && paragraph === undefined) {
      report("targets", t.id, "paragraph_id", t.paragraph_id, "plan-anchor", "is not an anchor of the plan (see content/plan-source/anchors.json)");
    }
    const table = TABLE_ANCHOR[t.source_table];
    if (table !== undefined && t.paragraph_id !== null && t.paragraph_id !== table) {
      report("targets", t.id, "paragraph_id", t.paragraph_id, "table-anchor", `a row of ${t.source_table} must point at the anchor "${table}"`);
    }
    if (t.source_table === "text" && (t.quote_zh === null || t.paragraph_id === null)) {
      const column = t.quote_zh === null ? "quote_zh" : "paragraph_id";
      report("targets", t.id, column, "", "quote-required", "a target taken from the plan's text needs the verbatim quote_zh and the paragraph_id it comes from");
    }
    if (t.quote_zh === null) continue;
    if (t.paragraph_id === null) {
      if (t.source_table !== "text") report("targets", t.id, "paragraph_id", "", "quote-paragraph", "a quote needs the paragraph_id of the paragraph it comes from");
      continue;
    }
    if (paragraph !== undefined && !paragraph.includes(t.quote_zh)) {
      report("targets", t.id, "quote_zh", t.quote_zh, "quote-verbatim", notFound(t.quote_zh, paragraph, t.paragraph_id));
    }
    if (t.source_table === "text" && !t.quote_zh.includes(t.target_text)) {
      report("targets", t.id, "target_text", t.target_text, "target-text-verbatim", "is not part of the target's quote_zh (it must be the quote's wording of the target)");
    }
  }

  for (const p of projects) {
    const text = plan.boxItems.has(p.id) ? plan.text.get(p.id) : undefined;
    if (text === undefined) {
      report("projects", p.id, "id", p.id, "box-item-anchor", "is not the anchor of a 专栏 item (box-N-iK, see content/plan-source/anchors.json)");
      continue;
    }
    const [, box = "", item = ""] = BOX_ITEM_ID.exec(p.id) ?? [];
    if (p.box_number !== Number(box)) {
      report("projects", p.id, "box_number", String(p.box_number), "box-item-number", `the id ${p.id} is an item of 专栏 ${box}`);
    }
    if (p.item_number !== Number(item)) {
      report("projects", p.id, "item_number", String(p.item_number), "box-item-number", `the id ${p.id} is item ${item} of its 专栏`);
    }
    const title = plan.boxTitles.get(Number(box));
    if (title !== undefined && p.box_title_zh !== title) {
      report("projects", p.id, "box_title_zh", p.box_title_zh, "box-title", `专栏 ${box} is titled “${title}”`);
    }
    const nameFound = text.includes(p.name_zh);
    const descriptionFound = text.includes(p.description_zh);
    if (!nameFound) report("projects", p.id, "name_zh", p.name_zh, "name-verbatim", notFound(p.name_zh, text, p.id));
    if (!descriptionFound) {
      report("projects", p.id, "description_zh", p.description_zh, "description-verbatim", notFound(p.description_zh, text, p.id));
    }
    const whole = `${p.name_zh}。${p.description_zh}`;
    const numbering = text.endsWith(whole) ? text.slice(0, text.length - whole.length) : null;
    if (nameFound && descriptionFound && (numbering === null || !new RegExp(`^${item}\\.\\s*$`).test(numbering))) {
      report("projects", p.id, "description_zh", p.description_zh, "description-complete", `the text of ${p.id} is not exactly “${item}. ${p.name_zh}。” followed by description_zh (is part of it missing?)`);
    }
    for (const [column, list, rule] of [
      ["places_named_zh", p.places_named_zh, "place-verbatim"],
      ["quantities_zh", p.quantities_zh, "quantity-verbatim"],
    ] as const) {
      for (const entry of list === null ? [] : list.split(";")) {
        if (!text.includes(entry)) report("projects", p.id, column, entry, rule, `is not found verbatim in the text of ${p.id}`);
      }
    }
  }
  return issues;
}
