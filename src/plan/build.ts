/**
 * The whole conversion as one pure function: source text + errata → parsed plan, MDX files and
 * anchor manifest. No file system access; scripts/import-plan.ts does the reading and writing.
 */
import { collectAnchors, serialiseManifest, type AnchorEntry } from "./anchors.ts";
import { applyErrata, type AppliedErratum, type Erratum } from "./errata.ts";
import { renderPlan, renderPlanEnglish, type GeneratedFile } from "./mdx.ts";
import type { PlanDocument } from "./model.ts";
import { planText } from "./quotes.ts";
import { parsePlan, walkBlocks } from "./structure.ts";
import { translationProblems, type Translation } from "./translation.ts";

export interface PlanBuild {
  readonly document: PlanDocument;
  readonly files: GeneratedFile[];
  /** The English chapters (content/plan-en/), when a translation was given. */
  readonly filesEn: GeneratedFile[];
  readonly anchors: AnchorEntry[];
  readonly manifest: string;
  readonly applied: AppliedErratum[];
}

export function splitLines(sourceText: string): string[] {
  return sourceText.split(/\r?\n/);
}

/**
 * Throws if the translation names an unknown anchor or was written from a Chinese text that has
 * since changed: such English must not be rendered. (Missing English is rendered as the Chinese with
 * a note; quotations are checked against the data by the site build and the tests.)
 */
function assertTranslationCurrent(document: PlanDocument, translation: Translation): void {
  const problems = translationProblems(planText(document).text, translation, []).filter((p) => p.rule === "unknown-anchor" || p.rule === "stale");
  if (problems.length > 0) throw new Error(`content/plan-source/translation.en.json:\n  ${problems.map((p) => p.message).join("\n  ")}`);
}

export function buildPlan(sourceText: string, errata: readonly Erratum[], translation?: Translation): PlanBuild {
  const { lines, applied } = applyErrata(splitLines(sourceText), errata);
  const document = parsePlan(lines);
  const anchors = collectAnchors(document);
  if (translation !== undefined) assertTranslationCurrent(document, translation);
  const filesEn = translation === undefined ? [] : renderPlanEnglish(document, translation);
  return { document, files: renderPlan(document), filesEn, anchors, manifest: serialiseManifest(anchors), applied };
}

export interface PlanCounts {
  readonly chapters: number;
  readonly sections: number;
  readonly subitems: number;
  /** Paragraphs of running text (preamble included; table notes and 专栏 items excluded). */
  readonly paragraphs: number;
  readonly boxes: number;
  readonly boxItems: number;
  readonly tables: number;
  readonly tableNotes: number;
  readonly joins: number;
}

export function countPlan(doc: PlanDocument): PlanCounts {
  const blocks = [...walkBlocks(doc)];
  const sections = doc.chapters.flatMap((chapter) => chapter.sections);
  return {
    chapters: doc.chapters.length,
    sections: sections.length,
    subitems: sections.reduce((sum, section) => sum + section.subitems.length, 0),
    paragraphs: blocks.filter((block) => block.kind === "paragraph").length,
    boxes: blocks.filter((block) => block.kind === "box").length,
    boxItems: blocks.reduce((sum, block) => sum + (block.kind === "box" ? block.items.length : 0), 0),
    tables: blocks.filter((block) => block.kind === "table").length,
    tableNotes: blocks.reduce((sum, block) => sum + (block.kind === "table" ? block.notes.length : 0), 0),
    joins: doc.joins.length,
  };
}
