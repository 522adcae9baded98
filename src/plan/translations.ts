/**
 * English titles for the plan and its chapters (the Chinese is authoritative). The import fails
 * if a chapter title has no entry here, so a new or renamed chapter cannot ship untranslated.
 */

export const PLAN_TITLE_EN = "Zhejiang Province 14th Five-Year Plan for Ecological and Environmental Protection";

export const CHAPTER_TITLES_EN: Readonly<Record<string, string>> = {
  背景与形势: "Background and Current Situation",
  总体要求: "General Requirements",
  重点任务: "Key Tasks",
  保障措施: "Safeguards for Implementation",
};

export function chapterTitleEn(titleZh: string): string {
  const en = CHAPTER_TITLES_EN[titleZh];
  if (en === undefined) throw new Error(`translations: no English title for chapter ${JSON.stringify(titleZh)}; add it to src/plan/translations.ts`);
  return en;
}

/** URL-safe slug of an English title: `Key Tasks` → `key-tasks`. */
export function slugify(english: string): string {
  return english
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
