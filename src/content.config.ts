import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { z } from "astro/zod";

/** Hand-written prose pages, one MDX file per page and locale: `<page>.<locale>.mdx`. */
const pages = defineCollection({
  loader: glob({ pattern: "*.mdx", base: "./content/pages", generateId: ({ entry }) => entry.replace(/\.mdx$/, "") }),
  schema: z.object({ title: z.string().min(1), description: z.string().min(1) }),
});

export const collections = { pages };
