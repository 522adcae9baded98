/**
 * The whole conversion as one pure function: source text + errata → parsed plan, MDX files and
 * anchor manifest. No file system access; scripts/import-plan.ts does the reading and writing.
 */
import { collectAnchors, serialiseManifest, type AnchorEntry } from "./anchors.ts";
import { applyErrata, type AppliedErratum, type Erratum } from "./errata.ts";
import { renderPlan, type GeneratedFile } from "./mdx.ts";
import type { PlanDocument } from "./model.ts";
import { parsePlan, walkBlocks } from "./structure.ts";

export interface PlanBuild {
  readonly document: PlanDocument;
  readonly files: GeneratedFile[];
  readonly anchors: AnchorEntry[];
  readonly manifest: string;
  readonly applied: AppliedErratum[];
}

export function splitLines(sourceText: string): string[] {
  return sourceText.split(/\r?\n/);
}

export function buildPlan(sourceText: string, errata: readonly Erratum[]): PlanBuild {
  const { lines, applied } = applyErrata(splitLines(sourceText), errata);
  const document = parsePlan(lines);
  const anchors = collectAnchors(document);
  return { document, files: renderPlan(document), anchors, manifest: serialiseManifest(anchors), applied };
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
