/** The project's unofficial English section titles and chapter summaries (content/plan-source/english.json). */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";

const englishSchema = z.object({
  note: z.string(),
  sections: z.record(z.string().regex(/^ch\d+-s\d+(-i\d+)?$/), z.string().min(1)),
  summaries: z.record(z.string().regex(/^(preamble|ch\d+)$/), z.string().min(1)),
});

export type PlanEnglish = z.output<typeof englishSchema>;

let cached: PlanEnglish | undefined;
export function planEnglish(): PlanEnglish {
  cached ??= englishSchema.parse(JSON.parse(readFileSync(join(process.cwd(), "content/plan-source/english.json"), "utf-8")));
  return cached;
}
