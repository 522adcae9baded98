import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { z } from "astro/zod";

/** Hand-written prose pages, one MDX file per page and locale: `<page>.<locale>.mdx`. */
const pages = defineCollection({
  loader: glob({ pattern: "*.mdx", base: "./content/pages", generateId: ({ entry }) => entry.replace(/\.mdx$/, "") }),
  schema: z.object({ title: z.string().min(1), description: z.string().min(1) }),
});

/** The plan's chapters, generated from the plan text by `npm run plan:import` (never edited by hand). */
const chapterSchema = z.object({
  chapter: z.number().int().min(0),
  id: z.string().regex(/^(preamble|ch\d+)$/),
  title_zh: z.string().min(1),
  title_en: z.string().min(1),
  order: z.number().int(),
});
const plan = defineCollection({ loader: glob({ pattern: "*.mdx", base: "./content/plan" }), schema: chapterSchema });

/** The same chapters in the project's English translation (content/plan-source/translation.en.json), same anchors. */
const planEn = defineCollection({ loader: glob({ pattern: "*.mdx", base: "./content/plan-en" }), schema: chapterSchema });

export const collections = { pages, plan, planEn };
