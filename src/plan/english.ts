/**
 * The project's unofficial English for the plan pages: chapter summaries (content/plan-source/english.json)
 * and the translation (content/plan-source/translation.en.json, see src/plan/translation.ts).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { parseTranslation, type Translation } from "./translation.ts";

const englishSchema = z.object({
  note: z.string(),
  summaries: z.record(z.string().regex(/^(preamble|ch\d+)$/), z.string().min(1)),
});

export type PlanEnglish = z.output<typeof englishSchema>;

const SOURCE = join(process.cwd(), "content/plan-source");

let cached: PlanEnglish | undefined;
export function planEnglish(): PlanEnglish {
  cached ??= englishSchema.parse(JSON.parse(readFileSync(join(SOURCE, "english.json"), "utf-8")));
  return cached;
}

let cachedTranslation: Translation | undefined;
export function planTranslation(): Translation {
  cachedTranslation ??= parseTranslation(readFileSync(join(SOURCE, "translation.en.json"), "utf-8"));
  return cachedTranslation;
}

