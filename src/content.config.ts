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

/** Progress stories, one MDX file per story and locale: `<slug>.<locale>.mdx` (numbers only through data components). */
const noDigits = (what: string) => z.string().min(1).refine((s) => !/[0-9]/.test(s), { error: `${what} must not type a number (state numbers in the text, through components)` });
const stories = defineCollection({
  loader: glob({ pattern: "*.mdx", base: "./content/stories", generateId: ({ entry }) => entry.replace(/\.mdx$/, "") }),
  schema: z.object({
    title: noDigits("title"),
    description: noDigits("description"),
    /** Publication date of the story (YAML reads YYYY-MM-DD as a date); kept as YYYY-MM-DD. */
    date: z.coerce.date().transform((d) => d.toISOString().slice(0, 10)),
    /** Position in the stories index. */
    order: z.number().int().min(1),
    /** Indicator pages the story is about (listed at its end; the build fails on an unknown id). */
    indicators: z.array(z.string()).default([]),
    /** Anchors of the plan paragraphs and tables it cites (listed at its end; the build fails on an unknown anchor). */
    paragraphs: z.array(z.string()).default([]),
  }),
});

/** The same chapters in the project's English translation (content/plan-source/translation.en.json), same anchors. */
const planEn = defineCollection({ loader: glob({ pattern: "*.mdx", base: "./content/plan-en" }), schema: chapterSchema });

export const collections = { pages, plan, planEn, stories };
